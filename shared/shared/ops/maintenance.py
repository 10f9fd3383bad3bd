"""Worker, re-publication of a period, audit-chain check: what ``mic worker``, ``mic republish``
and ``mic audit-verify`` run against a service's own database and broker."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt

from shared.app import ServiceSpec, run_worker
from shared.audit.chain import ChainReport, verify_chain
from shared.audit.entries import AuditMixin
from shared.db import create_engine, create_sessionmaker
from shared.outbox import Outbox
from shared.platform import SERVICES, service_module, service_settings
from shared.relay import republish_period


def utc(value: str) -> dt.datetime:
    """An ISO time from the command line; UTC when it names no offset."""
    parsed = dt.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def worker(service: str) -> None:
    """The service's relay and consumer without HTTP, until Ctrl-C."""
    spec: ServiceSpec = service_module(service, "main").SPEC
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run_worker(service_settings(service), spec))


async def republish(service: str, *, since: dt.datetime, until: dt.datetime, database_url: str | None) -> int:
    """Mark the period's outbox rows unsent; the running relay publishes them again."""
    outbox: Outbox = service_module(service, "messaging").outbox
    engine = create_engine(database_url or service_settings(service).database_url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            return await republish_period(session, outbox, since=since, until=until)
    finally:
        await engine.dispose()


async def _audit_report(service: str, database_url: str | None) -> ChainReport:
    model: type[AuditMixin] = service_module(service, "audit").AuditEntry
    engine = create_engine(database_url or service_settings(service).database_url)
    try:
        async with engine.connect() as connection:
            return await verify_chain(connection, model)
    finally:
        await engine.dispose()


def audit_verify(services: list[str] | None, database_url: str | None) -> int:
    """Check each service's chain and print what was found; 1 when any is broken, else 0."""
    broken = 0
    for service in services or SERVICES:
        report = asyncio.run(_audit_report(service, database_url))
        if report.intact:
            print(f"{service}: intact, {report.checked} entries, head {report.head_seq} {report.head_hash}")
        else:
            broken += 1
            print(f"{service}: BROKEN at entry {report.broken_at}: {report.reason}")
            print(f"{service}: the {report.checked} entries before it check out")
    return 1 if broken else 0
