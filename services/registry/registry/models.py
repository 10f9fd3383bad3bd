"""Every ORM model of registry, imported here so Alembic sees the whole metadata."""

from registry.audit import AuditEntry
from registry.base import Base
from registry.centers.models import Center, CenterAction, CenterUpgrade
from registry.documents.models import Document
from registry.evaluations.models import CenterEvaluation, EvaluationExpert, GradingRule
from registry.experts.models import Expert, ExpertAffiliation, ExpertDeclaredConflict, ExpertRevision
from registry.governance.models import CenterGovernance, CenterMember
from registry.idempotency import IdempotencyRecord
from registry.messaging import InboxRecord, OutboxRecord
from registry.organizations.models import Organization
from registry.programme.models import ProgrammeTarget
from registry.reference.models import District, Industry, ReferenceChange, SubSector
from registry.talent_figures.models import TalentFiguresView

__all__ = [
    "AuditEntry",
    "Base",
    "Center",
    "CenterAction",
    "CenterEvaluation",
    "CenterGovernance",
    "CenterMember",
    "CenterUpgrade",
    "District",
    "Document",
    "EvaluationExpert",
    "Expert",
    "ExpertAffiliation",
    "ExpertDeclaredConflict",
    "ExpertRevision",
    "GradingRule",
    "IdempotencyRecord",
    "InboxRecord",
    "Industry",
    "Organization",
    "OutboxRecord",
    "ProgrammeTarget",
    "ReferenceChange",
    "SubSector",
    "TalentFiguresView",
]
