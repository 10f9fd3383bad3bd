"""A pilot as responses show it."""

from scenarios.pilots.models import Pilot
from scenarios.pilots.schemas import MilestoneOut, PilotOut
from scenarios.pilots.workflow import Milestone, PilotOutcome, PilotStatus, next_milestone


def done(pilot: Pilot) -> set[Milestone]:
    """The milestones completed (needs them loaded)."""
    return {Milestone(m.milestone) for m in pilot.milestones}


def pilot_out(pilot: Pilot) -> PilotOut:
    """Needs the milestones and their evidence loaded."""
    status = PilotStatus(pilot.status)
    return PilotOut(
        id=pilot.id,
        match_id=pilot.match_id,
        scenario_id=pilot.scenario_id,
        offering_id=pilot.offering_id,
        center_id=pilot.center_id,
        plan=pilot.plan,
        status=status,
        next_milestone=next_milestone(done(pilot)) if status is PilotStatus.RUNNING else None,
        milestones=[MilestoneOut.model_validate(m) for m in pilot.milestones],
        outcome=PilotOutcome(pilot.outcome) if pilot.outcome else None,
        summary=pilot.summary,
        completed_by=pilot.completed_by,
        completed_at=pilot.completed_at,
        version=pilot.version,
        created_by=pilot.created_by,
        created_at=pilot.created_at,
        updated_at=pilot.updated_at,
    )
