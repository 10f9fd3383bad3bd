"""The events of scenarios: the publication, and every status change after it, each with the
scenario's whole snapshot (event-carried state transfer). A draft is never announced."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.events import publish
from scenarios.scenarios.models import Scenario, ScenarioStep
from scenarios.scenarios.workflow import ScenarioAction
from shared.contracts import scenarios as contract


def snapshot(scenario: Scenario) -> contract.ScenarioSnapshot:
    """Needs the tags and data resources loaded, and the scenario published."""
    assert scenario.published_at is not None
    return contract.ScenarioSnapshot(
        id=scenario.id,
        title=scenario.title,
        description=scenario.description,
        cluster_code=scenario.cluster_code,
        tags=scenario.tags,
        district=scenario.district,
        publisher=scenario.publisher,
        budget_amount=scenario.budget_amount,
        deadline=scenario.deadline,
        data_resources=[
            contract.DataResource(
                id=r.id,
                name=r.name,
                owner_department=r.owner_department,
                format=r.format,
                access_terms=r.access_terms,
            )
            for r in scenario.data_resources
        ],
        status=scenario.status,
        version=scenario.version,
        created_by=scenario.created_by,
        published_at=scenario.published_at,
        updated_at=scenario.updated_at,
    )


async def announce(session: AsyncSession, scenario: Scenario, step: ScenarioStep) -> None:
    """Stage the step's event in its transaction: ``published`` for the publication, else
    ``status_changed``; nothing for a scenario that was never published."""
    if scenario.published_at is None:
        return
    body: contract.ScenarioPublished | contract.ScenarioStatusChanged
    if step.action == ScenarioAction.PUBLISH:
        body = contract.ScenarioPublished(
            scenario=snapshot(scenario), published_by=step.acted_by, comment=step.note
        )
        type_ = contract.SCENARIO_PUBLISHED
    else:
        body = contract.ScenarioStatusChanged(
            scenario=snapshot(scenario),
            action=step.action,
            from_status=step.from_status,
            to_status=step.to_status,
            acted_by=step.acted_by,
            comment=step.note,
        )
        type_ = contract.SCENARIO_STATUS_CHANGED
    await publish(session, topic=contract.SCENARIO_TOPIC, type_=type_, key=scenario.id, body=body)
