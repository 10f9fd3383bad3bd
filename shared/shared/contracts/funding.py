"""Events that funding publishes on topic ``funding.support-case``."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict

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
