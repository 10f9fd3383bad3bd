"""Every ORM model of talent, imported here so Alembic sees the whole metadata."""

from talent.applications.models import ApplicationStep, TalentApplication
from talent.base import Base
from talent.centers.models import CenterView
from talent.figures.models import CenterTalentFigures
from talent.idempotency import IdempotencyRecord
from talent.messaging import InboxRecord, OutboxRecord
from talent.personal_data.models import PersonalDataAccess
from talent.programmes.models import ProgrammeRound, TalentProgramme
from talent.talents.models import Talent
from talent.teams.models import Team, TeamMember

__all__ = [
    "ApplicationStep",
    "Base",
    "CenterTalentFigures",
    "CenterView",
    "IdempotencyRecord",
    "InboxRecord",
    "OutboxRecord",
    "PersonalDataAccess",
    "ProgrammeRound",
    "Talent",
    "TalentApplication",
    "TalentProgramme",
    "Team",
    "TeamMember",
]
