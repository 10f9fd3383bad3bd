"""Every ORM model of funding, imported here so Alembic sees the whole metadata."""

from funding.base import Base
from funding.budgets.models import Budget, BudgetMovement
from funding.centers.models import CenterView
from funding.messaging import InboxRecord, OutboxRecord
from funding.policies.idempotency import IdempotencyRecord
from funding.policies.models import Policy, PolicyVersion
from funding.support_cases.models import Disbursement, SupportCase, SupportCaseLine, SupportCaseTransition

__all__ = [
    "Base",
    "Budget",
    "BudgetMovement",
    "CenterView",
    "Disbursement",
    "IdempotencyRecord",
    "InboxRecord",
    "OutboxRecord",
    "Policy",
    "PolicyVersion",
    "SupportCase",
    "SupportCaseLine",
    "SupportCaseTransition",
]
