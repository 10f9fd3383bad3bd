"""Registry's events about centers, built from the ORM rows (every one carries the snapshot)."""

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.models import Center, CenterAction, CenterUpgrade
from registry.messaging import outbox
from shared.contracts import registry as contract
from shared.events import CloudEvent
from shared.write_together import Write


def snapshot(center: Center) -> contract.CenterSnapshot:
    return contract.CenterSnapshot(
        id=center.id,
        name=center.name,
        mode=center.mode,
        cluster_code=center.cluster_code,
        sub_sector=center.sub_sector,
        sub_sector_code=center.sub_sector_code,
        district=center.district,
        lead_organization=contract.LeadOrganization(
            id=center.lead_organization_id,
            name=center.lead_organization_name,
            uscc=center.lead_organization_uscc,
            type=center.lead_organization_type,
        ),
        status=center.status,
        tier=center.tier,
        version=center.version,
        updated_at=center.updated_at,
    )


def _event(center: Center, event_type: str, data: dict[str, object]) -> CloudEvent:
    return CloudEvent(source=contract.SOURCE, type=event_type, subject=str(center.id), data=data)


async def _publish(session: AsyncSession, center: Center, event_type: str, data: dict[str, object]) -> None:
    event = _event(center, event_type, data)
    await outbox.add(session, event, topic=contract.CENTER_TOPIC, key=str(center.id))


async def center_created(
    session: AsyncSession, center: Center, *, members: Sequence[contract.CenterMember]
) -> None:
    """The new center with its members (its lead): one event, so consumers never call back."""
    body = contract.CenterCreated(
        center=snapshot(center), members=list(members), members_version=center.members_version
    )
    await _publish(session, center, contract.CENTER_CREATED, body.model_dump(mode="json"))


async def center_status_changed(
    session: AsyncSession,
    center: Center,
    action: CenterAction,
    *,
    closed_evaluation_ids: Sequence[uuid.UUID] = (),
) -> None:
    body = contract.CenterStatusChanged(
        center=snapshot(center),
        action=action.action,
        from_status=action.from_status,
        to_status=action.to_status,
        actor=action.actor,
        comment=action.comment,
        closed_evaluation_ids=list(closed_evaluation_ids),
    )
    await _publish(session, center, contract.CENTER_STATUS_CHANGED, body.model_dump(mode="json"))


async def center_upgraded(
    session: AsyncSession, center: Center, upgrade: CenterUpgrade, *, together_with: Sequence[Write]
) -> None:
    """The upgrade's event, written with the upgrade's own rows (``together_with``): one round trip."""
    body = contract.CenterUpgraded(
        center=snapshot(center),
        upgrade=contract.UpgradeFacts(
            upgrade_id=upgrade.id,
            from_tier=upgrade.from_tier,
            to_tier=upgrade.to_tier,
            approved_on=upgrade.approved_on,
            approving_authority=upgrade.approving_authority,
            document_no=upgrade.document_no,
            total_share_capital=upgrade.total_share_capital,
            paid_in_capital=upgrade.paid_in_capital,
            requires_matching_funds=upgrade.requires_matching_funds,
        ),
    )
    event = _event(center, contract.CENTER_UPGRADED, body.model_dump(mode="json"))
    await outbox.add_many(
        session, [(event, str(center.id))], topic=contract.CENTER_TOPIC, together_with=together_with
    )


async def center_updated(
    session: AsyncSession, center: Center, *, changed_fields: list[str], actor: str
) -> None:
    body = contract.CenterUpdated(center=snapshot(center), changed_fields=changed_fields, actor=actor)
    await _publish(session, center, contract.CENTER_UPDATED, body.model_dump(mode="json"))
