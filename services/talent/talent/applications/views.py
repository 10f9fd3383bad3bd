"""An application as responses show it, with its programme, round and history."""

from talent.applications.models import TalentApplication
from talent.applications.schemas import ApplicationOut, StepOut
from talent.applications.workflow import ApplicationStatus
from talent.programmes.schemas import ProgrammeLevel


def application_out(application: TalentApplication) -> ApplicationOut:
    """Needs the application's round, the round's programme and the history loaded."""
    round_ = application.round
    return ApplicationOut(
        id=application.id,
        talent_id=application.talent_id,
        center_id=application.center_id,
        round_id=application.round_id,
        programme_id=round_.programme_id,
        programme_code=round_.programme.code,
        programme_level=ProgrammeLevel(round_.programme.level),
        round_year=round_.year,
        deadline=round_.deadline,
        status=ApplicationStatus(application.status),
        recommendation=application.recommendation,
        awarded_on=application.awarded_on,
        version=application.version,
        created_by=application.created_by,
        created_at=application.created_at,
        updated_at=application.updated_at,
        history=[StepOut.model_validate(step) for step in application.history],
    )
