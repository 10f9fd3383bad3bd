"""10,000 upgrade events through funding's consumer into support cases, against a consumer that
only reads the same messages, in the same run.

Starts its own PostgreSQL database, its own bundled broker; writes 10,000 ``center.upgraded``
events (distinct centers) onto ``registry.center`` first; then reads them all with a bare
aiokafka consumer (the baseline), and runs funding's own consumer (the one the service runs:
inbox, batched transactions, set-based upgrade handler) until every case exists. Both rates
count from the moment the consumer has its partitions (joining a group is start-up, not
throughput). Prints events/s of both, the ratio, and checks there are exactly 10,000 cases.

    make bench    (or: PYTHONPATH=. uv run python bench/funding_throughput.py [--events 10000])
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import time
import uuid

import asyncpg

from funding.config import FundingSettings
from funding.main import SPEC
from funding.messaging import InboxRecord
from shared.consumer import EventConsumer
from shared.contracts.registry import CENTER_TOPIC
from shared.db import create_engine, create_sessionmaker
from shared.events import encode_binary
from shared.kafka import create_consumer, create_producer, ensure_topics
from shared.localbroker import LocalBroker
from shared.migrations import upgrade
from shared.testing.postgres import find_or_start
from shared.testing.services import service_dir
from tests.events import upgraded_event

TARGET_EVENTS_PER_S = 2000.0


async def produce(settings: FundingSettings, count: int) -> None:
    await ensure_topics(settings, [CENTER_TOPIC, f"{CENTER_TOPIC}.dlq"])
    producer = create_producer(settings, linger_ms=5)
    await producer.start()
    try:
        pending = []
        for _ in range(count):
            event = upgraded_event(to_tier="national")
            headers, value = encode_binary(event)
            key = (event.subject or "").encode()
            pending.append(await producer.send(CENTER_TOPIC, value=value, key=key, headers=headers))
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


async def bare_read(settings: FundingSettings, count: int) -> float:
    """Events/s of a consumer that only reads (no decoding, no database)."""
    consumer = create_consumer(settings, CENTER_TOPIC, group_id=f"bench-bare-{uuid.uuid4().hex[:6]}")
    await consumer.start()
    try:
        seen = 0
        started: float | None = None
        while seen < count:
            batches = await consumer.getmany(timeout_ms=200, max_records=settings.consumer_batch_size)
            if started is None and consumer.assignment():
                started = time.perf_counter()
            seen += sum(len(records) for records in batches.values())
        assert started is not None
        return count / (time.perf_counter() - started)
    finally:
        await consumer.stop()


async def count_cases(conn: asyncpg.Connection) -> int:
    return int(await conn.fetchval("SELECT count(*) FROM support_case"))


async def funding_consume(settings: FundingSettings, dsn: str, count: int) -> tuple[float, float, int]:
    """Funding's consumer until ``count`` cases exist: (events/s, seconds, cases)."""
    engine = create_engine(settings.database_url, pool_size=5)
    consumer = EventConsumer(
        settings=settings,
        sessionmaker=create_sessionmaker(engine),
        inbox_model=InboxRecord,
        group_id=f"bench-funding-{uuid.uuid4().hex[:6]}",
        topics=[CENTER_TOPIC],
        handlers=SPEC.handlers,
        batch_handlers=SPEC.batch_handlers,
    )
    conn = await asyncpg.connect(dsn)
    gc.freeze()  # what the service does once it has started (shared.app)
    task = asyncio.create_task(consumer.run())
    try:
        await asyncio.wait_for(consumer.assigned.wait(), timeout=60)
        started = time.perf_counter()
        # Polling is the point: the bench observes the database from outside the consumer.
        while await count_cases(conn) < count:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        elapsed = time.perf_counter() - started
        await asyncio.sleep(1.0)  # anything made twice would show now
        return count / elapsed, elapsed, await count_cases(conn)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await conn.close()
        await engine.dispose()


async def main(count: int) -> None:
    pg = await find_or_start()
    broker = LocalBroker()
    broker.start()
    name = f"mic_bench_{uuid.uuid4().hex[:8]}_funding"
    await pg.execute(f'CREATE DATABASE "{name}"')
    try:
        await asyncio.to_thread(upgrade, service_dir("funding"), pg.sqlalchemy_url(name))
        settings = FundingSettings(
            database_url=pg.sqlalchemy_url(name),
            kafka_bootstrap_servers=broker.bootstrap_servers,
            environment="test",
            log_level="WARNING",
        )
        await produce(settings, count)
        bare = await bare_read(settings, count)
        rate, seconds, cases = await funding_consume(settings, pg.dsn(name), count)
    finally:
        broker.stop()
        await pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        pg.stop()
    print(f"bare consumer (read only)      {bare:9.0f} events/s")
    print(f"funding consumer → cases       {rate:9.0f} events/s  ({count} events in {seconds:.2f} s)")
    print(f"ratio {rate / bare:5.3f} of the bare read rate")
    print(
        f"target ≥ {TARGET_EVENTS_PER_S:.0f} events/s into cases: "
        f"{'OK' if rate >= TARGET_EVENTS_PER_S else 'MISSED'}; "
        f"cases at the end: {cases} (expected exactly {count}: {'OK' if cases == count else 'WRONG'})"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    asyncio.run(main(parser.parse_args().events))
