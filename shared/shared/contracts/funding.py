"""Events that funding publishes on topics ``funding.support-case`` and ``funding.policy``."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict

from shared.event_catalogue import EventType, Topic
from shared.money import Money

SUPPORT_CASE_TOPIC = "funding.support-case"
SOURCE = "/gz-mic/funding"

SUPPORT_CASE_EVALUATED = "gz.mic.funding.support_case.evaluated.v1"


class PricedOption(BaseModel):
    model_config = ConfigDict(frozen=True)

    type: str
    amount: Money


class SupportCaseEvaluated(BaseModel):
    model_config = ConfigDict(frozen=True)

    case_id: uuid.UUID
    center_id: uuid.UUID
    kind: str
    tier: str
    status: str
    options: list[PricedOption]
    reason: str | None
    policy_code: str | None
    policy_version: int | None
    evaluated_at: dt.datetime


# Policies as data (DESIGN 3): topic ``funding.policy``, key = policy code.
POLICY_TOPIC = "funding.policy"

POLICY_CREATED = "gz.mic.funding.policy.created.v1"
POLICY_VERSION_DRAFTED = "gz.mic.funding.policy.version_drafted.v1"
POLICY_VERSION_PUBLISHED = "gz.mic.funding.policy.version_published.v1"


class PolicyCreated(BaseModel):
    model_config = ConfigDict(frozen=True)

    code: str
    title: str
    clause: str
    source: str
    jurisdiction: str
    created_by: str
    created_at: dt.datetime


class ClosedVersion(BaseModel):
    """The open-ended version that a publication closed the day before it takes effect."""

    model_config = ConfigDict(frozen=True)

    version: int
    effective_from: dt.date
    effective_to: dt.date


class PolicyVersionChanged(BaseModel):
    """A version drafted or published; ``closed_previous`` only on a publication that closed one."""

    model_config = ConfigDict(frozen=True)

    policy_code: str
    jurisdiction: str
    version: int
    status: str
    effective_from: dt.date
    effective_to: dt.date | None
    rule_kind: str
    parameters: dict[str, Any]
    clause: str
    source: str
    actor: str
    at: dt.datetime
    closed_previous: ClosedVersion | None = None


# The support-case workflow (issue 4): one event for every transition of a case.
SUPPORT_CASE_STATUS_CHANGED = "gz.mic.funding.support_case.status_changed.v1"


class SupportCaseStatusChanged(BaseModel):
    """A case moved (or, for a first approval or a partial payment, recorded a step) by an action."""

    model_config = ConfigDict(frozen=True)

    case_id: uuid.UUID
    center_id: uuid.UUID
    kind: str
    tier: str
    action: str
    from_status: str
    to_status: str
    actor: str
    actor_role: str
    comment: str | None
    selected_option: str | None
    approved_amount: Money | None
    disbursed_amount: Money
    details: dict[str, object]
    occurred_at: dt.datetime


# Budgets: every movement on a budget (allocate, commit, release, disburse) is an event.
BUDGET_TOPIC = "funding.budget"
BUDGET_CHANGED = "gz.mic.funding.budget.changed.v1"


class BudgetChanged(BaseModel):
    model_config = ConfigDict(frozen=True)

    budget_id: uuid.UUID
    year: int
    category: str
    movement: str
    amount: Money
    reference: str
    actor: str
    allocated: Money
    committed: Money
    disbursed: Money
    available: Money
    occurred_at: dt.datetime


SUPPORT_CASE = Topic(
    SUPPORT_CASE_TOPIC,
    title="Funding — support cases",
    key="the center id of the case, so all support cases of one center stay in order",
    subject="the case id",
    description="Every programme pays through a support case (DESIGN 3): its evaluation and each transition.",
)
POLICY = Topic(
    POLICY_TOPIC,
    title="Funding — policies as data",
    key="the policy code, so all events of one policy stay in order",
    subject="the policy code",
    description="Policies created, and their dated versions drafted and published (DESIGN 3).",
)
BUDGET = Topic(
    BUDGET_TOPIC,
    title="Funding — budgets",
    key="the budget id, so one budget's movements stay in order",
    subject="the budget id",
    description="Every movement on a budget (allocate, commit, release, disburse).",
)

EVENTS = (
    EventType(SUPPORT_CASE_EVALUATED, SUPPORT_CASE, SupportCaseEvaluated),
    EventType(SUPPORT_CASE_STATUS_CHANGED, SUPPORT_CASE, SupportCaseStatusChanged),
    EventType(POLICY_CREATED, POLICY, PolicyCreated),
    EventType(POLICY_VERSION_DRAFTED, POLICY, PolicyVersionChanged),
    EventType(POLICY_VERSION_PUBLISHED, POLICY, PolicyVersionChanged),
    EventType(BUDGET_CHANGED, BUDGET, BudgetChanged),
)
