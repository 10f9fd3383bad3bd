"""Every ORM model of funding, imported here so Alembic sees the whole metadata."""

from funding.base import Base
from funding.centers.models import CenterView
from funding.messaging import InboxRecord, OutboxRecord
from funding.policies.idempotency import IdempotencyRecord
from funding.policies.models import Policy, PolicyVersion
from funding.support_cases.models import SupportCase

__all__ = [
    "Base",
    "CenterView",
    "IdempotencyRecord",
    "InboxRecord",
    "OutboxRecord",
    "Policy",
    "PolicyVersion",
    "SupportCase",
]
