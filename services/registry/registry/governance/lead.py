"""A center's lead organization (牵头单位): named when the center is created, changed by a PATCH
of ``lead_organization``, and always exactly one ``lead`` member.

For a self-built center the lead is an innovator (`四(二)`), so the create alone satisfies the
approval rule; a corporate-alliance center still needs its governance (`四(一)`).
"""

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.models import Center
from registry.governance import repository
from registry.governance.models import CenterMember, new_member
from registry.governance.schemas import MemberRole
from registry.organizations.models import Organization
from shared.auth import Principal


@dataclass(frozen=True)
class LeadChange:
    lead: CenterMember
    previous: CenterMember | None


async def set_lead(
    session: AsyncSession, principal: Principal, center: Center, organization: Organization
) -> LeadChange | None:
    """Make ``organization`` the center's one lead (None: it already is).

    The previous lead loses the role; it stays a member in any other role it holds. Load
    ``center`` ``for_update`` (or create it): member changes take turns.
    """
    previous = await repository.find_lead(session, center.id)
    if previous is not None and previous.organization_id == organization.id:
        return None
    if previous is not None:
        await session.delete(previous)
        await session.flush()  # one lead per center is a unique index: the old row goes first
    lead = new_member(principal, center, organization, MemberRole.LEAD.value)
    session.add(lead)
    center.lead_organization_id = organization.id
    center.lead_organization_name = organization.name
    center.lead_organization_uscc = organization.uscc
    center.lead_organization_type = organization.type
    center.members_version += 1
    await session.flush()
    return LeadChange(lead=lead, previous=previous)
