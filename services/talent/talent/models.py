"""Every ORM model of talent, imported here so Alembic sees the whole metadata."""

from talent.applications.models import ApplicationStep, TalentApplication
from talent.audit import AuditEntry
from talent.base import Base
from talent.centers.models import CenterView
from talent.entitlements.models import ServiceEntitlement, ServiceEntitlementVersion
from talent.figures.models import CenterTalentFigures
from talent.idempotency import IdempotencyRecord
from talent.messaging import InboxRecord, OutboxRecord
from talent.personal_data.models import PersonalDataAccess
from talent.programmes.models import ProgrammeRound, TalentProgramme
from talent.service_requests.models import ServiceRequest, ServiceRequestStep
from talent.talents.models import Talent
from talent.teams.models import Team, TeamMember

__all__ = [
    "ApplicationStep",
    "AuditEntry",
    "Base",
    "CenterTalentFigures",
    "CenterView",
    "IdempotencyRecord",
    "InboxRecord",
    "OutboxRecord",
    "PersonalDataAccess",
    "ProgrammeRound",
    "ServiceEntitlement",
    "ServiceEntitlementVersion",
    "ServiceRequest",
    "ServiceRequestStep",
    "Talent",
    "TalentApplication",
    "TalentProgramme",
    "Team",
    "TeamMember",
]
