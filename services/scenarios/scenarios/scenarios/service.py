"""Use cases on scenarios: opening one, editing a draft, listing and reading them. The lifecycle's
steps are in ``actions``. Services flush, never commit: the route owns the transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from scenarios import access
from scenarios.patches import changes_of
from scenarios.scenarios import repository
from scenarios.scenarios.models import Scenario, ScenarioDataResource, ScenarioStep, ScenarioTag
from scenarios.scenarios.repository import Filters
from scenarios.scenarios.schemas import DataResourceIn, ScenarioCreate, ScenarioPatch
from scenarios.scenarios.workflow import ScenarioStatus, actor_kinds
from shared.auth import Principal, Role, require_role
from shared.china_time import china_today
from shared.db import utcnow
from shared.errors import Conflict, FieldError, Forbidden, NotFound, Unprocessable
from shared.etag import require_match

PUBLISHERS = (Role.SCENARIO_PUBLISHER, Role.MUNICIPAL_ADMIN)
# What a PATCH sets as given; tags and data resources replace their rows.
_PLAIN_FIELDS = frozenset(
    {"title", "description", "cluster_code", "district", "publisher", "budget_amount", "deadline"}
)


class ScenarioNotFound(NotFound):
    code = "scenario-not-found"


class ScenarioNotDraft(Conflict):
    code = "scenario-not-draft"


def not_found(scenario_id: uuid.UUID) -> ScenarioNotFound:
    return ScenarioNotFound(f"no scenario {scenario_id}", detail_zh=f"未找到应用场景 {scenario_id}")


def require_future(deadline: dt.date) -> None:
    """422 on ``deadline`` for a day already over in China."""
    today = china_today()
    if deadline < today:
        raise Unprocessable(
            f"the deadline {deadline} is over (today is {today} in China)",
            detail_zh=f"截止日期 {deadline} 已过（今天是 {today}）",
            errors=[FieldError("deadline", "today or later", "应为今天或以后")],
        )


async def create_scenario(session: AsyncSession, principal: Principal, data: ScenarioCreate) -> Scenario:
    """A draft scenario, its publisher being the caller."""
    require_role(principal, *PUBLISHERS, what="open application scenarios", what_zh="发布应用场景")
    require_future(data.deadline)
    now = utcnow()
    scenario = Scenario(
        id=uuid.uuid4(),
        title=data.title,
        description=data.description,
        cluster_code=data.cluster_code,
        district=data.district,
        publisher=data.publisher,
        budget_amount=data.budget_amount,
        deadline=data.deadline,
        status=ScenarioStatus.DRAFT.value,
        version=1,
        created_by=principal.sub,
        created_at=now,
        updated_at=now,
        published_at=None,
        tag_rows=_tag_rows(data.tags),
        data_resources=_resources(data.data_resources),
    )
    session.add(scenario)
    await session.flush()
    return scenario


def _tag_rows(tags: list[str]) -> list[ScenarioTag]:
    return [ScenarioTag(tag=tag, position=n) for n, tag in enumerate(tags)]


def _resources(resources: list[DataResourceIn]) -> list[ScenarioDataResource]:
    return [
        ScenarioDataResource(id=uuid.uuid4(), position=n, **r.model_dump()) for n, r in enumerate(resources)
    ]


async def visible(
    session: AsyncSession, principal: Principal, scenario_id: uuid.UUID, *, for_update: bool = False
) -> Scenario:
    """The scenario if the caller may see it; 404 otherwise (a draft is nobody else's business)."""
    scenario = await repository.get(session, scenario_id, for_update=for_update)
    if scenario is None or not access.sees(principal, scenario):
        raise not_found(scenario_id)
    return scenario


def require_actor(principal: Principal, scenario: Scenario, *, what: str, what_zh: str) -> None:
    """403 unless the caller is the scenario's own publisher or the city."""
    if not actor_kinds(principal.roles, own=scenario.created_by == principal.sub):
        raise Forbidden(
            f"only the scenario's own publisher or a municipal_admin may {what}",
            detail_zh=f"只有该场景的发布者或市级管理员可以{what_zh}",
        )


async def update_scenario(
    session: AsyncSession,
    principal: Principal,
    scenario_id: uuid.UUID,
    data: ScenarioPatch,
    *,
    if_match: str | None,
) -> Scenario:
    """Edit a draft (locked for it); a published scenario is what answers were made to, so it stays."""
    require_role(principal, *PUBLISHERS, what="edit application scenarios", what_zh="修改应用场景")
    scenario = await visible(session, principal, scenario_id, for_update=True)
    require_actor(principal, scenario, what="edit it", what_zh="修改")
    require_match(if_match, scenario.version)
    if scenario.status != ScenarioStatus.DRAFT:
        raise ScenarioNotDraft(
            f"only a draft is edited; this scenario is {scenario.status}",
            detail_zh=f"只能修改草稿；该场景当前状态为 {scenario.status}",
            extra={"scenario_status": scenario.status},
        )
    changes = changes_of(data)
    if data.deadline is not None:
        require_future(data.deadline)
    for name in _PLAIN_FIELDS & changes.keys():
        setattr(scenario, name, getattr(data, name))
    if data.tags is not None:
        scenario.tag_rows = _tag_rows(data.tags)
    if data.data_resources is not None:
        scenario.data_resources = _resources(data.data_resources)
    scenario.version += 1
    scenario.updated_at = utcnow()
    await session.flush()
    return scenario


async def list_scenarios(
    session: AsyncSession, principal: Principal, *, limit: int, cursor: str | None, filters: Filters
) -> Sequence[Scenario]:
    query = access.visible_scenarios(repository.filtered(repository.whole(), filters), principal)
    return await repository.list_page(session, query, limit=limit, cursor=cursor)


async def history(
    session: AsyncSession, principal: Principal, scenario_id: uuid.UUID
) -> Sequence[ScenarioStep]:
    scenario = await visible(session, principal, scenario_id)
    return await repository.history(session, scenario.id)
