"""Calculators: answers from the policy version in force, for any signed-in user; no writes."""

from fastapi import APIRouter

from funding.calculators import service
from funding.calculators.schemas import RdSuperDeductionIn, RdSuperDeductionOut
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses

router = APIRouter(prefix="/api/v1/calculators", tags=["calculators"])


@router.post(
    "/rd-super-deduction",
    response_model=RdSuperDeductionOut,
    responses=problem_responses(401, 422),
    summary="研发费用加计扣除: extra deduction and amortization base by the rates of the tax year",
)
async def rd_super_deduction(
    body: RdSuperDeductionIn, session: SessionDep, _principal: CurrentPrincipal
) -> RdSuperDeductionOut:
    return await service.rd_super_deduction(session, body)
