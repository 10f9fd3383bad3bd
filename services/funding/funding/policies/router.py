"""Read access to the policies as data (publishing new versions is issue 4)."""

from collections import defaultdict

from fastapi import APIRouter

from funding.policies import repository
from funding.policies.models import PolicyVersion
from funding.policies.schemas import PolicyOut, PolicyVersionOut
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.pagination import Page

router = APIRouter(prefix="/api/v1/policies", tags=["policies"])


@router.get(
    "",
    response_model=Page[PolicyOut],
    responses=problem_responses(401),
    summary="Policies with all their dated versions",
)
async def list_policies(session: SessionDep, _principal: CurrentPrincipal) -> Page[PolicyOut]:
    policies = await repository.list_policies(session)
    by_code: dict[str, list[PolicyVersion]] = defaultdict(list)
    for version in await repository.versions_of(session, [p.code for p in policies]):
        by_code[version.policy_code].append(version)
    return Page(
        items=[
            PolicyOut(
                code=p.code,
                title=p.title,
                clause=p.clause,
                source=p.source,
                jurisdiction=p.jurisdiction,
                versions=[PolicyVersionOut.model_validate(v) for v in by_code[p.code]],
            )
            for p in policies
        ],
        next_cursor=None,
    )
