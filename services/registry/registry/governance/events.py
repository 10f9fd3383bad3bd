"""Registry's events about what a center is made of: its governance and its members."""

from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.events import snapshot
from registry.centers.models import Center
from registry.governance import repository
from registry.governance.models import CenterGovernance, CenterMember
from registry.messaging import outbox
from shared.contracts import registry as contract
from shared.events import CloudEvent


async def governance_changed(session: AsyncSession, governance: CenterGovernance) -> None:
    """The whole new governance, so consumers never call back; ``version`` orders them."""
    body = contract.CenterGovernanceChanged(
        center_id=governance.center_id, version=governance.version, governance=governance.document
    )
    center_id = str(governance.center_id)
    event = CloudEvent(
        source=contract.SOURCE,
        type=contract.CENTER_GOVERNANCE_CHANGED,
        subject=center_id,
        data=body.model_dump(mode="json"),
    )
    await outbox.add(session, event, topic=contract.CENTER_TOPIC, key=center_id)


def member_of(member: CenterMember) -> contract.CenterMember:
    """A member as events carry it (its organization loaded)."""
    organization = member.organization
    return contract.CenterMember(
        member_id=member.id,
        role=member.role,
        organization=contract.MemberOrganization(
            id=organization.id, name=organization.name, uscc=organization.uscc, type=organization.type
        ),
    )


async def members_changed(
    session: AsyncSession,
    center: Center,
    *,
    change: Literal["added", "removed", "lead_changed"],
    member: CenterMember,
    actor: str,
    previous: CenterMember | None = None,
) -> None:
    """After the change is flushed: the center snapshot, the member concerned (for lead_changed
    the new lead, and the lead it replaced) and every member now."""
    body = contract.CenterMembersChanged(
        center=snapshot(center),
        change=change,
        member=member_of(member),
        previous_lead=member_of(previous) if previous is not None else None,
        members=[member_of(m) for m in await repository.all_members(session, center.id)],
        members_version=center.members_version,
        actor=actor,
    )
    center_id = str(center.id)
    event = CloudEvent(
        source=contract.SOURCE,
        type=contract.CENTER_MEMBERS_CHANGED,
        subject=center_id,
        data=body.model_dump(mode="json"),
    )
    await outbox.add(session, event, topic=contract.CENTER_TOPIC, key=center_id)
