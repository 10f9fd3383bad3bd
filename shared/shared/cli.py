"""Ops commands: ``python -m shared.cli token|republish|worker|audit-verify ...`` (``--help`` for each)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import importlib

from shared.app import ServiceSpec, run_worker
from shared.audit.chain import ChainReport, verify_chain
from shared.audit.entries import AuditMixin
from shared.auth import Role, issue_token
from shared.db import create_engine, create_sessionmaker
from shared.outbox import Outbox
from shared.relay import republish_period
from shared.settings import ServiceSettings

SERVICES = ["registry", "funding", "talent", "scenarios", "notifications"]


def _token(args: argparse.Namespace) -> None:
    print(
        issue_token(
            ServiceSettings(),
            sub=args.sub or f"{args.role}-dev",
            roles=[args.role],
            district=args.district,
            center_id=args.center,
        )
    )


def _utc(value: str) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _service_settings(service: str) -> ServiceSettings:
    """The service's own settings class (``<service>.config.<Service>Settings``), from its env."""
    config = importlib.import_module(f"{service}.config")
    settings: ServiceSettings = getattr(config, f"{service.capitalize()}Settings")()
    return settings


def _worker(args: argparse.Namespace) -> None:
    spec: ServiceSpec = importlib.import_module(f"{args.service}.main").SPEC
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run_worker(_service_settings(args.service), spec))


async def _republish(args: argparse.Namespace) -> int:
    outbox: Outbox = importlib.import_module(f"{args.service}.messaging").outbox
    settings = _service_settings(args.service)
    engine = create_engine(args.database_url or settings.database_url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            return await republish_period(session, outbox, since=_utc(args.since), until=_utc(args.until))
    finally:
        await engine.dispose()


async def _audit_verify(service: str, database_url: str | None) -> ChainReport:
    model: type[AuditMixin] = importlib.import_module(f"{service}.audit").AuditEntry
    engine = create_engine(database_url or _service_settings(service).database_url)
    try:
        async with engine.connect() as connection:
            return await verify_chain(connection, model)
    finally:
        await engine.dispose()


def _audit_verify_all(args: argparse.Namespace) -> int:
    """Check each service's chain; the exit status is 1 when any is broken."""
    broken = 0
    for service in args.service or SERVICES:
        report = asyncio.run(_audit_verify(service, args.database_url))
        if report.intact:
            print(f"{service}: intact, {report.checked} entries, head {report.head_seq} {report.head_hash}")
        else:
            broken += 1
            print(f"{service}: BROKEN at entry {report.broken_at}: {report.reason}")
            print(f"{service}: the {report.checked} entries before it check out")
    return 1 if broken else 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m shared.cli")
    commands = parser.add_subparsers(dest="command", required=True)
    token = commands.add_parser("token", help="print a development JWT")
    token.add_argument("--role", required=True, choices=[r.value for r in Role])
    token.add_argument("--sub", help="the user the token names (tells two officers apart)")
    token.add_argument("--district", help="district code, for district_admin")
    token.add_argument("--center", help="center UUID, for center_user")
    worker = commands.add_parser(
        "worker",
        help="run a service's relay and consumer without HTTP (API replicas then set "
        "<SERVICE>_RUN_RELAY=false and <SERVICE>_RUN_CONSUMER=false)",
    )
    worker.add_argument("--service", required=True, choices=SERVICES)
    republish = commands.add_parser(
        "republish",
        help="mark a period's outbox rows unsent; the running relay publishes them "
        "again (after a broker that lost its data, e.g. the bundled one restarted)",
    )
    republish.add_argument("--service", required=True, choices=SERVICES)
    republish.add_argument("--since", required=True, help="ISO time, UTC if no offset")
    republish.add_argument("--until", required=True, help="ISO time, exclusive")
    republish.add_argument("--database-url", help="defaults to the service's setting")
    audit = commands.add_parser(
        "audit-verify",
        help="check each service's audit chain and name the first broken link (exit 1 if any)",
    )
    audit.add_argument("--service", action="append", choices=SERVICES, help="this one only (repeatable)")
    audit.add_argument("--database-url", help="defaults to the service's setting")
    args = parser.parse_args(argv)
    if args.command == "token":
        _token(args)
    elif args.command == "worker":
        _worker(args)
    elif args.command == "audit-verify":
        raise SystemExit(_audit_verify_all(args))
    else:
        count = asyncio.run(_republish(args))
        print(f"{count} outbox rows of {args.service} marked for re-publication")


if __name__ == "__main__":
    main()
