"""Build and publish other services' events directly, as their relays would (for consumer tests)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from shared.contracts import registry as contract
from shared.contracts import scenarios as scenarios_contract
from shared.contracts import talent
from shared.events import CloudEvent, encode_binary
from shared.kafka import AIOKafkaProducer


def upgraded_event(
    *,
    center_id: uuid.UUID | None = None,
    to_tier: str = "provincial",
    total_share_capital: str = "200000000.00",
    event_id: uuid.UUID | None = None,
    district: str = "tianhe",
    **facts: Any,
) -> CloudEvent:
    center_id = center_id or uuid.uuid4()
    snapshot = contract.CenterSnapshot(
        id=center_id,
        name="测试创新中心",
        mode="self_built",
        cluster_code="artificial_intelligence",
        sub_sector="大模型",
        district=district,
        lead_organization=contract.LeadOrganization(
            name="某公司", uscc="91350100M000100Y43", type="enterprise"
        ),
        status="operating",
        tier=to_tier,
        version=7,
        updated_at=dt.datetime.now(dt.UTC),
    )  # type: ignore[arg-type]
    upgrade = contract.UpgradeFacts(
        upgrade_id=uuid.uuid4(),
        from_tier="municipal",
        to_tier=to_tier,  # type: ignore[arg-type]
        approved_on=facts.pop("approved_on", dt.date(2025, 6, 30)),
        document_no="测试〔2025〕1号",
        total_share_capital=Decimal(total_share_capital),
        paid_in_capital=facts.pop("paid_in_capital", None),
        requires_matching_funds=facts.pop("requires_matching_funds", False),
    )
    body = contract.CenterUpgraded(center=snapshot, upgrade=upgrade)
    return CloudEvent(
        id=event_id or uuid.uuid4(),
        source=contract.SOURCE,
        type=contract.CENTER_UPGRADED,
        subject=str(center_id),
        data=body.model_dump(mode="json"),
    )


def center_created(
    center_id: uuid.UUID,
    *,
    district: str,
    tier: str,
    status: str = "operating",
    version: int = 1,
    lead_uscc: str | None = None,
) -> CloudEvent:
    """As registry publishes it: the center with its lead organization as its one member."""
    lead = contract.MemberOrganization(
        id=uuid.uuid4(), name="某科技有限公司", uscc=lead_uscc or "91350100M000100Y43", type="enterprise"
    )
    snapshot = contract.CenterSnapshot(
        id=center_id,
        name=f"测试创新中心 {center_id.hex[:6]}",
        mode="self_built",
        cluster_code="artificial_intelligence",
        sub_sector=f"细分领域 {center_id.hex[:6]}",
        district=district,
        lead_organization=contract.LeadOrganization(
            id=lead.id, name=lead.name, uscc=lead.uscc, type=lead.type
        ),
        status=status,
        tier=tier,  # type: ignore[arg-type]
        version=version,
        updated_at=dt.datetime.now(dt.UTC),
    )
    return CloudEvent(
        source=contract.SOURCE,
        type=contract.CENTER_CREATED,
        subject=str(center_id),
        data=contract.CenterCreated(
            center=snapshot,
            members=[contract.CenterMember(member_id=uuid.uuid4(), role="lead", organization=lead)],
            members_version=1,
        ).model_dump(mode="json"),
    )


def figures_changed(
    center_id: uuid.UUID,
    year: int,
    *,
    version: int,
    introduced: int = 0,
    trained: int = 0,
    awarded: int = 0,
    services_fulfilled: int = 0,
) -> CloudEvent:
    """As talent publishes it: a (center, year)'s whole figures, keyed and subjected by the center."""
    body = talent.CenterFiguresChanged(
        center_id=center_id,
        year=year,
        introduced=introduced,
        trained=trained,
        awarded=awarded,
        services_fulfilled=services_fulfilled,
        version=version,
        updated_at=dt.datetime.now(dt.UTC),
    )
    return CloudEvent(
        source=talent.SOURCE,
        type=talent.CENTER_FIGURES_CHANGED,
        subject=str(center_id),
        data=body.model_dump(mode="json"),
    )


def pilot_completed(center_id: str, offering_id: uuid.UUID, outcome: str = "successful") -> CloudEvent:
    """As scenarios publishes it: a pilot of the center's offering completed with ``outcome``."""
    pilot_id = uuid.uuid4()
    body = scenarios_contract.PilotCompleted(
        pilot_id=pilot_id,
        scenario_id=uuid.uuid4(),
        scenario_title="城市道路自动驾驶开放测试场景",
        offering_id=offering_id,
        offering_name="车路协同感知系统",
        center_id=uuid.UUID(center_id),
        outcome=outcome,  # type: ignore[arg-type]
        completed_on=dt.date(2025, 10, 31),
    )
    return CloudEvent(
        source=scenarios_contract.SOURCE,
        type=scenarios_contract.PILOT_COMPLETED,
        subject=str(pilot_id),
        data=body.model_dump(mode="json"),
    )


async def publish(producer: AIOKafkaProducer, topic: str, event: CloudEvent) -> None:
    headers, value = encode_binary(event)
    await producer.send_and_wait(topic, value=value, key=(event.subject or "").encode(), headers=headers)
