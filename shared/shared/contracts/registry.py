"""Events that registry publishes on topic ``registry.center``; every one carries the snapshot.

Consumers keep a local read model from these (event-carried state transfer) and never call back.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from shared.event_catalogue import EventType, Topic
from shared.money import Money

CENTER_TOPIC = "registry.center"
SOURCE = "/gz-mic/registry"

CENTER_CREATED = "gz.mic.registry.center.created.v1"
CENTER_STATUS_CHANGED = "gz.mic.registry.center.status_changed.v1"
CENTER_UPGRADED = "gz.mic.registry.center.upgraded.v1"
CENTER_UPDATED = "gz.mic.registry.center.updated.v1"
CENTER_GOVERNANCE_CHANGED = "gz.mic.registry.center.governance_changed.v1"
CENTER_EVALUATED = "gz.mic.registry.center.evaluated.v1"
CENTER_MEMBERS_CHANGED = "gz.mic.registry.center.members_changed.v1"
# Every event on the topic but governance_changed carries the full snapshot: read models apply
# any of them (the newest snapshot version wins, so one that changes nothing is harmless).
SNAPSHOT_EVENTS = (
    CENTER_CREATED,
    CENTER_STATUS_CHANGED,
    CENTER_UPGRADED,
    CENTER_UPDATED,
    CENTER_EVALUATED,
    CENTER_MEMBERS_CHANGED,
)

Tier = Literal["municipal", "provincial", "national"]
TIER_ORDER: dict[str, int] = {"municipal": 0, "provincial": 1, "national": 2}


class _Contract(BaseModel):
    # Attribute docstrings are the fields' descriptions in the AsyncAPI document.
    model_config = ConfigDict(frozen=True, extra="ignore", use_attribute_docstrings=True)


class LeadOrganization(_Contract):
    id: uuid.UUID | None = None
    """The registered organization, also the center's one ``lead`` member (absent in events
    from before leads were members)."""
    name: str
    uscc: str
    type: str


class CenterSnapshot(_Contract):
    """The center as registry knows it right after the change; ``version`` orders snapshots."""

    id: uuid.UUID
    name: str
    mode: str
    cluster_code: str
    sub_sector: str
    sub_sector_code: str | None = None
    """The listed sub-sector the center links to; None when the sub-sector is not in registry's
    catalogue (unlisted, awaiting a municipal admin) or the event predates the catalogue."""
    district: str
    lead_organization: LeadOrganization
    status: str
    tier: Tier
    version: int
    updated_at: dt.datetime


class MemberOrganization(_Contract):
    id: uuid.UUID
    name: str
    uscc: str
    type: str
    """enterprise, research_institute, university, social_organization"""


class CenterMember(_Contract):
    """An organization in a role in a center (`四`): lead, shareholder, member, alliance_member."""

    member_id: uuid.UUID
    role: str
    organization: MemberOrganization


class CenterCreated(_Contract):
    """A center was registered; ``members`` holds its lead (the organization named in the create)."""

    center: CenterSnapshot
    members: list[CenterMember] = []
    members_version: int = 0


class CenterUpdated(_Contract):
    """Fields of a center were edited (not its status or tier)."""

    center: CenterSnapshot
    changed_fields: list[str]
    actor: str


class CenterStatusChanged(_Contract):
    center: CenterSnapshot
    action: str
    from_status: str
    to_status: str
    actor: str
    comment: str | None = None
    closed_evaluation_ids: list[uuid.UUID] = []
    """revoke: the annual evaluations that were open and are now closed_by_revocation."""


class UpgradeFacts(_Contract):
    """What funding needs to price upgrade support (DESIGN 3): both capital figures."""

    upgrade_id: uuid.UUID
    from_tier: Tier
    to_tier: Tier
    approved_on: dt.date
    approving_authority: str | None = None
    document_no: str
    total_share_capital: Money
    paid_in_capital: Money | None = None
    requires_matching_funds: bool


class CenterUpgraded(_Contract):
    center: CenterSnapshot
    upgrade: UpgradeFacts


class CenterEvaluated(_Contract):
    """An annual evaluation was concluded, or its re-check recorded (DESIGN 2).

    ``revocation_proposed`` is a proposal: revoking stays a municipal admin's ``revoke`` action,
    which arrives as ``center.status_changed``.
    """

    center: CenterSnapshot
    evaluation_id: uuid.UUID
    year: int
    grade: Literal["excellent", "good", "qualified", "unqualified"]
    """优秀 / 良好 / 合格 / 不合格"""
    total_score: str
    """Decimal, two places, e.g. "87.50"."""
    rule_version: int
    concluded_on: dt.date
    rectification_due: dt.date | None = None
    """Set for 不合格: a one-year rectification."""
    recheck_passed: bool | None = None
    """None until the re-check is recorded."""
    revocation_proposed: bool = False


class CenterGovernanceChanged(_Contract):
    """A corporate-alliance center's governance (`四(一)`) was saved; ``version`` orders them.

    ``governance`` is the whole document as the registry API returns it: ``legal_entity``
    (name, uscc, registered_capital, shareholders), ``decision_body``, ``technical_committee``
    and ``alliance``; money and share ratios as decimal strings.
    """

    center_id: uuid.UUID
    version: int
    governance: dict[str, Any]


class CenterMembersChanged(_Contract):
    """A member was added to or removed from a center, or its lead changed (``member`` is the new
    lead, ``previous_lead`` the one it replaced; a center has exactly one).

    ``members`` is every member after the change, so consumers never call back;
    ``members_version`` orders these events (the snapshot's ``version`` does not move: members
    are not fields of the center).
    """

    center: CenterSnapshot
    change: Literal["added", "removed", "lead_changed"]
    member: CenterMember
    previous_lead: CenterMember | None = None
    members: list[CenterMember]
    members_version: int
    actor: str


CENTER = Topic(
    CENTER_TOPIC,
    title="Registry — centers",
    key="the center id, so one center's events stay in order",
    subject="the center id",
    description=(
        "Every message but `governance_changed` carries the center as registry knows it right after "
        "the change (`SNAPSHOT_EVENTS`); `center.version` orders the snapshots, and every read model "
        "applies each of them the same way. `governance_changed` carries the center's whole "
        "governance document, ordered by its own `version`."
    ),
)

EVENTS = (
    EventType(CENTER_CREATED, CENTER, CenterCreated),
    EventType(CENTER_STATUS_CHANGED, CENTER, CenterStatusChanged),
    EventType(CENTER_UPGRADED, CENTER, CenterUpgraded),
    EventType(CENTER_UPDATED, CENTER, CenterUpdated),
    EventType(CENTER_EVALUATED, CENTER, CenterEvaluated),
    EventType(CENTER_GOVERNANCE_CHANGED, CENTER, CenterGovernanceChanged),
    EventType(CENTER_MEMBERS_CHANGED, CENTER, CenterMembersChanged),
)
