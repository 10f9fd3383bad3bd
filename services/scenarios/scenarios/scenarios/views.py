"""A scenario as responses show it, with what the lifecycle allows next."""

from scenarios.scenarios.models import Scenario
from scenarios.scenarios.schemas import DataResourceOut, ScenarioOut
from scenarios.scenarios.workflow import ScenarioStatus, allowed_actions


def scenario_out(scenario: Scenario) -> ScenarioOut:
    """Needs the tags and data resources loaded."""
    status = ScenarioStatus(scenario.status)
    return ScenarioOut(
        id=scenario.id,
        title=scenario.title,
        description=scenario.description,
        cluster_code=scenario.cluster_code,
        tags=scenario.tags,
        district=scenario.district,
        publisher=scenario.publisher,
        budget_amount=scenario.budget_amount,
        deadline=scenario.deadline,
        data_resources=[DataResourceOut.model_validate(r) for r in scenario.data_resources],
        status=status,
        allowed_actions=allowed_actions(status),
        version=scenario.version,
        created_by=scenario.created_by,
        created_at=scenario.created_at,
        updated_at=scenario.updated_at,
        published_at=scenario.published_at,
    )
