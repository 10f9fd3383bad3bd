"""Every ORM model of funding, imported here so Alembic sees the whole metadata."""

from funding.audit import AuditEntry
from funding.base import Base
from funding.budgets.models import Budget, BudgetMovement
from funding.centers.models import CenterView
from funding.centers.parties import CenterParties
from funding.first_set.models import CatalogueEligibleOffering, FirmYearSubsidy, ProductRecognition
from funding.idempotency import IdempotencyRecord
from funding.investments.models import GuideFundInvestment
from funding.messaging import InboxRecord, OutboxRecord
from funding.municipal_support.models import MunicipalSupportApplication, MunicipalSupportTransition
from funding.platforms.models import Platform, PlatformResult
from funding.policies.models import Policy, PolicyVersion
from funding.support_cases.models import Disbursement, SupportCase, SupportCaseLine, SupportCaseTransition

__all__ = [
    "AuditEntry",
    "Base",
    "Budget",
    "BudgetMovement",
    "CatalogueEligibleOffering",
    "CenterParties",
    "CenterView",
    "Disbursement",
    "FirmYearSubsidy",
    "GuideFundInvestment",
    "IdempotencyRecord",
    "InboxRecord",
    "MunicipalSupportApplication",
    "MunicipalSupportTransition",
    "OutboxRecord",
    "Platform",
    "PlatformResult",
    "Policy",
    "PolicyVersion",
    "ProductRecognition",
    "SupportCase",
    "SupportCaseLine",
    "SupportCaseTransition",
]
