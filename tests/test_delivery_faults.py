"""Faults lose nothing and pay nothing twice: duplicates, a consumer dying between its commits,
poison messages, and a broker that is down while an upgrade is made."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select

from funding.config import FundingSettings
from funding.main import SPEC as FUNDING_SPEC
from funding.messaging import InboxRecord
from funding.support_cases.models import SupportCase
from registry.messaging import OutboxRecord as RegistryOutbox
from shared.consumer import CONSUMED, EventConsumer
from shared.db import create_engine, create_sessionmaker
from shared.events import CloudEvent
from shared.kafka import (
    AIOKafkaConsumer,
    AIOKafkaProducer,
    TopicPartition,
    committed_offsets,
    create_consumer,
    create_producer,
    ensure_topics,
)
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually, runtime_of
from tests.events import publish, upgraded_event
from tests.flows import operating_center, upgrade_payload
from tests.stack import running_stack


class SimulatedCrash(BaseException):
    """Raised between the database commit and the offset commit: the process 'dies' there."""


@pytest.fixture
async def funding_db(fresh_databases: DatabaseFactory) -> AsyncIterator[Any]:
    engine = create_engine((await fresh_databases())["funding"])
    yield create_sessionmaker(engine)
    await engine.dispose()


@pytest.fixture
async def topic(broker: LocalBroker) -> str:
    name = f"test-{uuid.uuid4().hex[:10]}.registry.center"
    await ensure_topics(settings(broker), [name, f"{name}.dlq"], partitions=1)
    return name


@pytest.fixture
async def producer(broker: LocalBroker) -> AsyncIterator[AIOKafkaProducer]:
    instance = create_producer(settings(broker))
    await instance.start()
    yield instance
    await instance.stop()


def settings(broker: LocalBroker) -> FundingSettings:
    return FundingSettings(
        kafka_bootstrap_servers=broker.bootstrap_servers,
        environment="test",
        consumer_max_attempts=2,
        consumer_retry_backoff_s=0.01,
    )


def funding_consumer(
    broker: LocalBroker, sessionmaker: Any, topic: str, group: str, **kwargs: Any
) -> EventConsumer:
    return EventConsumer(
        settings=settings(broker),
        sessionmaker=sessionmaker,
        inbox_model=InboxRecord,
        group_id=group,
        topics=[topic],
        handlers=FUNDING_SPEC.handlers,
        **kwargs,
    )


@contextlib.asynccontextmanager
async def consuming(consumer: EventConsumer) -> AsyncIterator[asyncio.Task[None]]:
    task = asyncio.create_task(consumer.run())
    try:
        yield task
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, SimulatedCrash):
            # The consumer's own shutdown is bounded; a hang here is a bug to see, not to wait on.
            await asyncio.wait_for(task, timeout=30)


async def case_count(sessionmaker: Any, center_id: uuid.UUID) -> int:
    async with sessionmaker() as session:
        return int(
            await session.scalar(
                select(func.count()).select_from(SupportCase).where(SupportCase.center_id == center_id)
            )
            or 0
        )


async def test_the_same_event_delivered_twice_makes_one_case(
    broker: LocalBroker, funding_db: Any, topic: str, producer: AIOKafkaProducer
) -> None:
    event = upgraded_event()
    center_id = uuid.UUID(event.subject or "")
    replayed_with_new_id = upgraded_event(center_id=center_id)  # a duplicated upgrade
    for message in (event, event, replayed_with_new_id):
        await publish(producer, topic, message)
    marker = upgraded_event()  # handled after the three above (one partition, in order)
    await publish(producer, topic, marker)
    consumer = funding_consumer(broker, funding_db, topic, f"dup-{uuid.uuid4().hex[:6]}")
    async with consuming(consumer):
        await eventually(
            lambda: case_count(funding_db, uuid.UUID(marker.subject or "")), what="the marker's case"
        )
    assert await case_count(funding_db, center_id) == 1
    assert CONSUMED.labels(consumer.group_id, "duplicate")._value.get() == 1


async def test_a_redelivered_event_whose_handler_refuses_it_counts_as_a_duplicate_not_as_poison(
    broker: LocalBroker, funding_db: Any, topic: str, producer: AIOKafkaProducer
) -> None:
    """The claim goes out with the handler's writes, so a handler meets a redelivered event before
    the inbox does; if it refuses one it has seen, the inbox still calls that a duplicate."""
    event = upgraded_event()
    center_id = uuid.UUID(event.subject or "")
    group = f"refuses-{uuid.uuid4().hex[:6]}"

    async def refuses_what_it_has_seen(session: Any, seen: CloudEvent) -> None:
        cases = await session.scalar(
            select(func.count()).select_from(SupportCase).where(SupportCase.center_id == center_id)
        )
        if cases:
            raise RuntimeError("this upgrade was evaluated already")
        await FUNDING_SPEC.handlers[seen.type](session, seen)

    consumer = EventConsumer(
        settings=settings(broker),
        sessionmaker=funding_db,
        inbox_model=InboxRecord,
        group_id=group,
        topics=[topic],
        handlers={event.type: refuses_what_it_has_seen},
    )
    async with consuming(consumer):
        await publish(producer, topic, event)
        await eventually(lambda: case_count(funding_db, center_id), what="the case")
        await publish(producer, topic, event)  # delivered again, on its own
        await eventually(lambda: _value(CONSUMED.labels(group, "duplicate")), what="the duplicate")
    assert CONSUMED.labels(group, "dead_lettered")._value.get() == 0
    assert await case_count(funding_db, center_id) == 1


async def test_a_consumer_dying_between_database_and_offset_commit_still_makes_one_case(
    broker: LocalBroker, funding_db: Any, topic: str, producer: AIOKafkaProducer
) -> None:
    event = upgraded_event(to_tier="national")
    center_id = uuid.UUID(event.subject or "")
    await publish(producer, topic, event)
    group = f"crash-{uuid.uuid4().hex[:6]}"

    def crash(_event: CloudEvent) -> None:
        raise SimulatedCrash

    first = funding_consumer(broker, funding_db, topic, group, after_db_commit=crash)
    task = asyncio.create_task(first.run())
    with pytest.raises(SimulatedCrash):
        await asyncio.wait_for(task, timeout=30)
    assert await case_count(funding_db, center_id) == 1  # the database commit happened

    second = funding_consumer(broker, funding_db, topic, group)  # same group: redelivery
    async with consuming(second):
        await eventually(lambda: _value(CONSUMED.labels(group, "duplicate")), what="the redelivered event")
    assert await case_count(funding_db, center_id) == 1
    async with funding_db() as session:
        inbox_rows = await session.scalar(
            select(func.count()).select_from(InboxRecord).where(InboxRecord.event_id == event.id)
        )
    assert inbox_rows == 1


async def test_handled_offsets_are_committed_now_and_then_and_when_the_consumer_stops(
    broker: LocalBroker, funding_db: Any, topic: str, producer: AIOKafkaProducer
) -> None:
    group = f"offsets-{uuid.uuid4().hex[:6]}"
    partition = TopicPartition(topic, 0)

    async def committed() -> int | None:
        return (await committed_offsets(settings(broker), group, [partition]))[partition]

    async def committed_up_to(offset: int) -> bool:
        return await committed() == offset

    def consumer(interval_s: float) -> EventConsumer:
        return EventConsumer(
            settings=settings(broker).model_copy(update={"consumer_commit_interval_s": interval_s}),
            sessionmaker=funding_db,
            inbox_model=InboxRecord,
            group_id=group,
            topics=[topic],
            handlers=FUNDING_SPEC.handlers,
        )

    first = upgraded_event()
    await publish(producer, topic, first)
    async with consuming(consumer(interval_s=3600)):
        await eventually(
            lambda: case_count(funding_db, uuid.UUID(first.subject or "")), what="the first case"
        )
        assert await committed() is None  # handled, and its offset not committed yet
    assert await committed() == 1  # committed on the way out

    second = upgraded_event()
    await publish(producer, topic, second)
    async with consuming(consumer(interval_s=0)):  # 0: after every batch
        await eventually(lambda: committed_up_to(2), what="the second offset, while running")
    assert await case_count(funding_db, uuid.UUID(second.subject or "")) == 1


def _value(metric: Any) -> Any:
    async def probe() -> Any:
        return metric._value.get()

    return probe()


async def test_a_poison_message_goes_to_the_dead_letter_topic_and_the_consumer_goes_on(
    broker: LocalBroker, funding_db: Any, topic: str, producer: AIOKafkaProducer
) -> None:
    await producer.send_and_wait(topic, value=b"not a cloudevent", key=b"x")
    broken = CloudEvent(
        source="/test",
        type="gz.mic.registry.center.upgraded.v1",
        subject="x",
        data={"center": {"id": "not-a-uuid"}},
    )
    await publish(producer, topic, broken)
    good = upgraded_event()
    await publish(producer, topic, good)
    consumer = funding_consumer(broker, funding_db, topic, f"poison-{uuid.uuid4().hex[:6]}")
    async with consuming(consumer):
        await eventually(
            lambda: case_count(funding_db, uuid.UUID(good.subject or "")),
            what="the good event's case after two poison messages",
        )
    dead = await read_all(broker, f"{topic}.dlq", expected=2)
    assert dead[0].value == b"not a cloudevent"
    errors = [dict(m.headers)["dlq_error"].decode() for m in dead]
    assert "MalformedEvent" in errors[0]
    assert "ValidationError" in errors[1]
    assert dict(dead[1].headers)["ce_id"] == str(broken.id).encode()


async def read_all(broker: LocalBroker, topic: str, *, expected: int) -> list[Any]:
    reader: AIOKafkaConsumer = create_consumer(
        settings(broker), topic, group_id=f"reader-{uuid.uuid4().hex[:6]}"
    )
    await reader.start()
    try:
        seen: list[Any] = []

        async def collect() -> list[Any] | None:
            batches = await reader.getmany(timeout_ms=200)
            for records in batches.values():
                seen.extend(records)
            return seen if len(seen) >= expected else None

        await eventually(collect, what=f"{expected} messages on {topic}")
        return seen
    finally:
        await reader.stop()


async def test_an_upgrade_made_while_the_broker_is_down_arrives_once_it_is_back(
    fresh_databases: DatabaseFactory, token: TokenFactory
) -> None:
    own_broker = LocalBroker()  # this test kills its broker: never the shared one
    own_broker.start()
    try:
        async with running_stack(
            await fresh_databases(), own_broker.bootstrap_servers, services=("registry", "funding")
        ) as stack:
            admin = token("municipal_admin")
            center = await operating_center(stack.registry, admin)
            own_broker.kill()
            response = await stack.registry.post(
                f"/api/v1/centers/{center['id']}/upgrades", json=upgrade_payload(), headers=bearer(admin)
            )
            assert response.status_code == 201  # the outbox row is the durable record

            registry = runtime_of(stack.apps["registry"])

            async def unsent_upgrade() -> int:
                async with registry.sessionmaker() as session:
                    return int(
                        await session.scalar(
                            select(func.count())
                            .select_from(RegistryOutbox)
                            .where(
                                RegistryOutbox.key == center["id"],
                                RegistryOutbox.event_type.like("%upgraded%"),
                                RegistryOutbox.sent_at.is_(None),
                            )
                        )
                        or 0
                    )

            assert await unsent_upgrade() == 1
            own_broker.start()  # same port, empty memory

            async def case() -> list[dict[str, Any]] | None:
                found = await stack.funding.get(
                    "/api/v1/support-cases",
                    params={"center_id": center["id"]},
                    headers=bearer(token("finance_officer")),
                )
                items: list[dict[str, Any]] = found.json()["items"]
                return items or None

            cases = await eventually(
                case, timeout=90, interval=0.5, what="the case after the broker came back"
            )
            assert len(cases) == 1
            assert cases[0]["options"][0] == {"type": "grant", "amount": "10000000.00"}
            assert await unsent_upgrade() == 0
    finally:
        own_broker.stop()


async def test_records_fetched_together_are_handled_together_and_a_poison_among_them_costs_nothing(
    broker: LocalBroker, funding_db: Any, topic: str, producer: AIOKafkaProducer
) -> None:
    """One transaction per fetched batch for throughput; a failing record splits the batch, so its
    neighbours are still handled exactly once and only the poison goes to the DLQ."""
    good = [upgraded_event() for _ in range(30)]
    poison = CloudEvent(
        source="/test", type="gz.mic.registry.center.upgraded.v1", subject="x", data={"center": {}}
    )
    for message in [*good[:15], poison, *good[15:], good[3]]:  # and one duplicate
        await publish(producer, topic, message)
    upgrade_handler = FUNDING_SPEC.handlers["gz.mic.registry.center.upgraded.v1"]
    batch_sizes: list[int] = []

    async def counting_batch_handler(session: Any, events: list[CloudEvent]) -> None:
        batch_sizes.append(len(events))
        for event in events:
            await upgrade_handler(session, event)

    consumer = EventConsumer(
        settings=settings(broker),
        sessionmaker=funding_db,
        inbox_model=InboxRecord,
        group_id=f"batch-{uuid.uuid4().hex[:6]}",
        topics=[topic],
        handlers={},
        batch_handlers={"gz.mic.registry.center.upgraded.v1": counting_batch_handler},
    )
    async with consuming(consumer):
        for event in good:
            center = uuid.UUID(event.subject or "")
            await eventually(lambda c=center: case_count(funding_db, c), what="a case")
        dead = await read_all(broker, f"{topic}.dlq", expected=1)
    assert [await case_count(funding_db, uuid.UUID(e.subject or "")) for e in good] == [1] * 30
    assert dict(dead[0].headers)["ce_id"] == str(poison.id).encode()
    assert max(batch_sizes) > 1, batch_sizes  # some records really were handled together
    assert CONSUMED.labels(consumer.group_id, "handled")._value.get() == 30
    async with funding_db() as session:
        handled = await session.scalar(select(func.count()).select_from(InboxRecord))
    assert handled == 30


async def test_a_consumer_cancelled_in_the_middle_of_a_handler_stops_without_running_it_again(
    broker: LocalBroker, funding_db: Any, topic: str, producer: AIOKafkaProducer
) -> None:
    """Shutdown cancels the consumer wherever it is; the retry policy must not take the
    cancellation for a failure and run the handler again."""
    await publish(producer, topic, upgraded_event())
    calls: list[CloudEvent] = []
    started = asyncio.Event()

    async def slow_handler(_session: Any, event: CloudEvent) -> None:
        calls.append(event)
        started.set()
        await asyncio.sleep(3600)

    consumer = EventConsumer(
        settings=settings(broker),
        sessionmaker=funding_db,
        inbox_model=InboxRecord,
        group_id=f"cancel-{uuid.uuid4().hex[:6]}",
        topics=[topic],
        handlers={"gz.mic.registry.center.upgraded.v1": slow_handler},
    )
    task = asyncio.create_task(consumer.run())
    await asyncio.wait_for(started.wait(), timeout=30)
    task.cancel()
    done, _ = await asyncio.wait({task}, timeout=15)
    assert done == {task}, "the consumer did not stop when cancelled"
    assert task.cancelled()
    assert len(calls) == 1


async def test_two_consumers_of_one_group_through_rebalances_make_exactly_one_case_per_upgrade(
    broker: LocalBroker, funding_db: Any, producer: AIOKafkaProducer
) -> None:
    """Issue 24: partitions move from one consumer to two and back to one while upgrades keep
    coming; handled-but-uncommitted records are redelivered to the new owner, and the inbox makes
    them harmless — every upgrade ends as exactly one case, and none goes to the dead letters."""
    name = f"test-{uuid.uuid4().hex[:10]}.registry.center"
    await ensure_topics(settings(broker), [name, f"{name}.dlq"], partitions=4)
    group = f"funding-rebalance-{uuid.uuid4().hex[:6]}"
    centers: list[uuid.UUID] = []

    async def send(count: int) -> None:
        for _ in range(count):
            centers.append(uuid.uuid4())
            await publish(producer, name, upgraded_event(center_id=centers[-1]))

    async def all_cased() -> bool:
        async with funding_db() as session:
            found = await session.scalar(
                select(func.count(func.distinct(SupportCase.center_id))).where(
                    SupportCase.center_id.in_(centers)
                )
            )
        return found == len(centers)

    first = funding_consumer(broker, funding_db, name, group)
    second = funding_consumer(broker, funding_db, name, group)
    async with consuming(first):
        await send(60)
        await eventually(all_cased, timeout=60, what="the first consumer's cases")
        async with consuming(second):  # joins: the group rebalances while more arrive
            await send(60)
            await eventually(all_cased, timeout=60, what="cases while two consumers share the topic")
        await send(60)  # the second has left: its partitions come back to the first
        await eventually(all_cased, timeout=60, what="cases after the second consumer left")
    async with funding_db() as session:
        per_center = (
            await session.execute(
                select(SupportCase.center_id, func.count())
                .where(SupportCase.center_id.in_(centers))
                .group_by(SupportCase.center_id)
            )
        ).all()
    assert len(per_center) == 180
    assert {count for _, count in per_center} == {1}
    reader = create_consumer(settings(broker), f"{name}.dlq", group_id=f"reader-{uuid.uuid4().hex[:6]}")
    await reader.start()
    try:
        ends = await reader.end_offsets([TopicPartition(f"{name}.dlq", p) for p in range(4)])
    finally:
        await reader.stop()
    assert sum(ends.values()) == 0
