"""Ops commands: ``python -m shared.cli token ...`` and ``python -m shared.cli republish ...``."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import importlib

from shared.auth import Role, issue_token
from shared.db import create_engine, create_sessionmaker
from shared.outbox import Outbox
from shared.relay import republish_period
from shared.settings import ServiceSettings


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


async def _republish(args: argparse.Namespace) -> int:
    outbox: Outbox = importlib.import_module(f"{args.service}.messaging").outbox
    config = importlib.import_module(f"{args.service}.config")
    settings: ServiceSettings = getattr(config, f"{args.service.capitalize()}Settings")()
    engine = create_engine(args.database_url or settings.database_url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            return await republish_period(session, outbox, since=_utc(args.since), until=_utc(args.until))
    finally:
        await engine.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m shared.cli")
    commands = parser.add_subparsers(dest="command", required=True)
    token = commands.add_parser("token", help="print a development JWT")
    token.add_argument("--role", required=True, choices=[r.value for r in Role])
    token.add_argument("--sub", help="the user the token names (tells two officers apart)")
    token.add_argument("--district", help="district code, for district_admin")
    token.add_argument("--center", help="center UUID, for center_user")
    republish = commands.add_parser(
        "republish",
        help="mark a period's outbox rows unsent; the running relay publishes them "
        "again (after a broker that lost its data, e.g. the bundled one restarted)",
    )
    republish.add_argument("--service", required=True, choices=["registry", "funding", "talent", "scenarios"])
    republish.add_argument("--since", required=True, help="ISO time, UTC if no offset")
    republish.add_argument("--until", required=True, help="ISO time, exclusive")
    republish.add_argument("--database-url", help="defaults to the service's setting")
    args = parser.parse_args(argv)
    if args.command == "token":
        _token(args)
    else:
        count = asyncio.run(_republish(args))
        print(f"{count} outbox rows of {args.service} marked for re-publication")


if __name__ == "__main__":
    main()
