"""Use cases on guide-fund investments. Services flush, never commit: the route owns the transaction."""

import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from funding.centers import parties
from funding.investments import access, repository
from funding.investments.models import GuideFundInvestment
from funding.investments.schemas import FUND_LABELS, Fund, InvestmentCreate, TotalRow, Totals
from funding.investments.uscc import normalize_uscc, uscc_problem, uscc_problem_zh
from shared.auth import Principal, Role
from shared.contracts import funding_programmes as contract
from shared.db import utcnow
from shared.errors import FieldError, NotFound, Unprocessable

WRITERS = (Role.MUNICIPAL_ADMIN, Role.FINANCE_OFFICER)


class InvestmentNotFound(NotFound):
    code = "investment-not-found"


async def record_investment(
    session: AsyncSession, principal: Principal, data: InvestmentCreate
) -> GuideFundInvestment:
    """Record one equity investment of a guide fund; 422 lists every bad field at once."""
    access.require_role(principal, *WRITERS, what="record guide-fund investments", what_zh="登记引导基金投资")
    uscc = normalize_uscc(data.investee_uscc)
    errors: list[FieldError] = []
    problem = uscc_problem(uscc)
    if problem:
        errors.append(FieldError("investee_uscc", problem, uscc_problem_zh(uscc)))
    if data.amount <= 0:
        errors.append(FieldError("amount", "an investment amount is above zero", "投资金额应大于零"))
    if data.invested_on > dt.date.today():
        errors.append(
            FieldError(
                "invested_on", "an investment date cannot be in the future", "投资日期不能是将来的日期"
            )
        )
    if errors:
        raise Unprocessable("the investment has invalid data", detail_zh="投资数据校验未通过", errors=errors)
    await access.known_center(session, data.center_id)
    relation = await parties.relation_of(session, data.center_id, uscc)
    if relation is None and data.investee_justification is None:
        raise Unprocessable(
            "the investee is neither the center nor one of its member organizations; "
            "invest there only with investee_justification",
            detail_zh="被投资企业既不是该创新中心本身，也不是其成员单位；"
            "如确需投资，须填写 investee_justification 说明理由",
            errors=[
                FieldError(
                    "investee_uscc",
                    "not the center's legal entity nor a member organization",
                    "既不是该中心的法人实体，也不是成员单位",
                )
            ],
        )
    investment = GuideFundInvestment(
        id=uuid.uuid4(),
        fund=data.fund.value,
        center_id=data.center_id,
        investee_name=data.investee_name,
        investee_uscc=uscc,
        amount=data.amount,
        stake_percent=data.stake_percent,
        invested_on=data.invested_on,
        investee_relation=relation,
        investee_justification=data.investee_justification if relation is None else None,
        recorded_by=principal.sub,
        created_at=utcnow(),
    )
    session.add(investment)
    await session.flush()
    body = contract.InvestmentRecorded(
        investment_id=investment.id,
        fund=investment.fund,
        center_id=investment.center_id,
        investee_name=investment.investee_name,
        investee_uscc=investment.investee_uscc,
        amount=investment.amount,
        stake_percent=f"{investment.stake_percent:.4f}",
        invested_on=investment.invested_on,
        recorded_by=investment.recorded_by,
        recorded_at=investment.created_at,
    )
    await access.publish(
        session,
        topic=contract.INVESTMENT_TOPIC,
        type_=contract.INVESTMENT_RECORDED,
        key=investment.id,
        body=body,
    )
    return investment


async def list_investments(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int,
    cursor: str | None,
    fund: Fund | None,
    center_id: uuid.UUID | None,
) -> Sequence[GuideFundInvestment]:
    return await repository.list_page(
        session,
        scope=access.read_scope(principal),
        limit=limit,
        cursor=cursor,
        fund=fund.value if fund else None,
        center_id=center_id,
    )


async def get_investment(
    session: AsyncSession, principal: Principal, investment_id: uuid.UUID
) -> GuideFundInvestment:
    investment = await repository.get(
        session, scope=access.read_scope(principal), investment_id=investment_id
    )
    if investment is None:
        raise InvestmentNotFound(
            f"no investment {investment_id} in your scope",
            detail_zh=f"您的范围内没有投资记录 {investment_id}",
        )
    return investment


async def totals(session: AsyncSession, principal: Principal, *, by: str) -> Totals:
    """Sums per fund (every fund listed, zero where none) or per center, in the caller's scope."""
    rows = await repository.totals(session, scope=access.read_scope(principal), by=by)
    if by == "fund":
        found = {key: (count, amount) for key, count, amount in rows}
        items = [
            TotalRow(
                key=fund.value,
                label_zh=FUND_LABELS[fund][0],
                label_en=FUND_LABELS[fund][1],
                count=found.get(fund.value, (0, Decimal("0")))[0],
                amount=found.get(fund.value, (0, Decimal("0")))[1],
            )
            for fund in Fund
        ]
    else:
        items = [TotalRow(key=key, count=count, amount=amount) for key, count, amount in rows]
    return Totals(
        by="fund" if by == "fund" else "center",
        items=items,
        count=sum(i.count for i in items),
        amount=sum((i.amount for i in items), Decimal("0")),
    )
