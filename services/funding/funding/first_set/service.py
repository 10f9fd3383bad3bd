"""Use cases on recognitions (`五(五)`). Services flush, never commit: the route owns the transaction."""

import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from funding.centers.models import CenterView
from funding.first_set import repository, rule
from funding.first_set.models import CatalogueEligibleOffering, ProductRecognition
from funding.first_set.schemas import (
    FIRST_BATCH,
    FIRST_SET,
    MAX_SALES_MONTHS,
    Catalogue,
    RecognitionCreate,
    SingleSource,
    SingleSourceEligibility,
)
from funding.investments import access
from funding.investments.uscc import normalize_uscc, uscc_problem, uscc_problem_zh
from funding.policies import repository as policies
from funding.support_cases.models import SupportCase
from funding.support_cases.opening import case_row, open_grant_case
from funding.support_cases.programmes import Kind, recognition_subject
from shared.auth import Principal, Role
from shared.contracts import funding_programmes as contract
from shared.db import utcnow
from shared.errors import Conflict, FieldError, NotFound, Unprocessable

SINGLE_SOURCE_BASIS = (
    "五(五): 对列入首台(套)等目录的创新产品(服务)，可依法采用单一来源方式采购 — "
    "a product recognized in a catalogue may be procured from its single source in that catalogue year"
)


class RecognitionNotFound(NotFound):
    code = "recognition-not-found"


class OfferingNotEligible(NotFound):
    code = "offering-not-eligible"


class RecognitionExists(Conflict):
    code = "recognition-exists"


def single_source(recognition: ProductRecognition) -> SingleSource:
    return SingleSource(eligible=True, year=recognition.year, basis=SINGLE_SOURCE_BASIS)


def _shape_errors(data: RecognitionCreate) -> list[FieldError]:
    """Which figures each catalogue needs: price for first-set, ≤ 12 months' sales for first-batch."""
    errors: list[FieldError] = []
    if data.catalogue in FIRST_SET:
        if data.price is None:
            errors.append(
                FieldError("price", "a first-set recognition needs the price", "首台（套）认定须填写价格")
            )
        if data.sales is not None or data.sales_months is not None:
            errors.append(
                FieldError(
                    "sales",
                    "a first-set recognition is priced on the price, not on sales",
                    "首台（套）认定按价格计算，不填写销售额",
                )
            )
        if data.buyer_name is None:
            errors.append(
                FieldError(
                    "buyer_name",
                    "a first-set recognition names its first buyer",
                    "首台（套）认定须填写首购单位",
                )
            )
    if data.catalogue in FIRST_BATCH:
        if data.sales is None:
            errors.append(
                FieldError("sales", "a first-batch recognition needs the sales", "首批次认定须填写销售额")
            )
        if data.sales_months is None:
            errors.append(
                FieldError(
                    "sales_months",
                    "a first-batch recognition says how many months of sales",
                    "首批次认定须填写销售月数",
                )
            )
        if data.price is not None:
            errors.append(
                FieldError(
                    "price",
                    "a first-batch recognition is priced on sales, not on a price",
                    "首批次认定按销售额计算，不填写价格",
                )
            )
    if data.sales_months is not None and data.sales_months > MAX_SALES_MONTHS:
        errors.append(
            FieldError(
                "sales_months",
                f"sales count over at most {MAX_SALES_MONTHS} months",
                f"销售额最多按 {MAX_SALES_MONTHS} 个月计算",
            )
        )
    if (data.sales is None) != (data.sales_months is None) and data.catalogue == Catalogue.FIRST_VERSION:
        errors.append(
            FieldError(
                "sales_months", "sales and sales_months go together", "sales 与 sales_months 须同时填写"
            )
        )
    return errors


def _inputs(data: RecognitionCreate, uscc: str, already: Decimal) -> dict[str, Any]:
    return {
        "catalogue": data.catalogue.value,
        "year": data.year,
        "maker_uscc": uscc,
        "price": None if data.price is None else f"{data.price:.2f}",
        "sales": None if data.sales is None else f"{data.sales:.2f}",
        "sales_months": data.sales_months,
        "recognized_on": data.recognized_on.isoformat(),
        "firm_already_granted": f"{already:.2f}",
    }


async def record_recognition(
    session: AsyncSession, principal: Principal, data: RecognitionCreate
) -> ProductRecognition:
    """Record a recognition and open the support case that prices its subsidy by the version in
    force on the recognition date (and then pays it like every programme)."""
    access.require_role(
        principal, Role.MUNICIPAL_ADMIN, what="record recognitions", what_zh="登记首台套等认定"
    )
    uscc = normalize_uscc(data.maker_uscc)
    errors = _shape_errors(data)
    problem = uscc_problem(uscc)
    if problem:
        errors.append(FieldError("maker_uscc", problem, uscc_problem_zh(uscc)))
    if data.recognized_on > dt.date.today():
        errors.append(
            FieldError(
                "recognized_on", "a recognition date cannot be in the future", "认定日期不能是将来的日期"
            )
        )
    if errors:
        raise Unprocessable("the recognition has invalid data", detail_zh="认定数据校验未通过", errors=errors)
    center = await access.known_center(session, data.center_id)
    existing = await repository.find_recognition(
        session,
        catalogue=data.catalogue.value,
        year=data.year,
        maker_uscc=uscc,
        product_name=data.product_name,
    )
    if existing is not None:
        raise _exists(data)
    # Serialize the firm's recognitions of the year: the yearly cap holds under concurrency.
    tally = await repository.lock_firm_year(session, uscc, data.year)
    recognition = ProductRecognition(
        id=uuid.uuid4(),
        catalogue=data.catalogue.value,
        year=data.year,
        product_name=data.product_name,
        center_id=data.center_id,
        maker_name=data.maker_name,
        maker_uscc=uscc,
        buyer_name=data.buyer_name,
        price=data.price,
        sales=data.sales,
        sales_months=data.sales_months,
        recognized_on=data.recognized_on,
        document_no=data.document_no,
        offering_id=data.offering_id,
        recorded_by=principal.sub,
        created_at=utcnow(),
    )
    session.add(recognition)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise _exists(data) from exc  # a concurrent request recorded the same product
    case = await _open_case(session, center, recognition, _inputs(data, uscc, tally.granted))
    if case.options:  # what it prices counts against the firm's yearly cap
        tally.granted += Decimal(case.options[0]["amount"])
    recognition.case = case
    await session.flush()
    await _publish(session, recognition, case)
    return recognition


async def _open_case(
    session: AsyncSession, center: CenterView, recognition: ProductRecognition, inputs: dict[str, Any]
) -> SupportCase:
    """The subsidy's case: priced by the version in force on the recognition date, or for a person
    to decide when none is (or its figures are provisional)."""
    case = case_row(
        kind=Kind.FIRST_SET_SUBSIDY,
        center_id=center.id,
        tier=center.tier,
        subject_key=recognition_subject(recognition.id),
        inputs=inputs,
    )
    already = Decimal(inputs["firm_already_granted"])
    on = recognition.recognized_on
    return await open_grant_case(
        session,
        case,
        policy_code=rule.POLICY_CODE,
        on=on,
        version=await policies.version_in_force(session, rule.POLICY_CODE, on),
        price=lambda parameters: rule.evaluate(parameters, rule.facts_from_inputs(inputs), already),
    )


async def _publish(session: AsyncSession, recognition: ProductRecognition, case: SupportCase) -> None:
    body = contract.RecognitionRecorded(
        recognition_id=recognition.id,
        catalogue=recognition.catalogue,
        year=recognition.year,
        product_name=recognition.product_name,
        center_id=recognition.center_id,
        maker_uscc=recognition.maker_uscc,
        support_case_id=case.id,
        recorded_by=recognition.recorded_by,
        recorded_at=recognition.created_at,
    )
    await access.publish(
        session,
        topic=contract.RECOGNITION_TOPIC,
        type_=contract.RECOGNITION_RECORDED,
        key=recognition.id,
        body=body,
    )


def _exists(data: RecognitionCreate) -> RecognitionExists:
    return RecognitionExists(
        f"{data.product_name} is already recognized in {data.catalogue.value} {data.year}",
        detail_zh=f"{data.product_name} 已列入 {data.year} 年度该目录",
        errors=[
            FieldError(
                "product_name", "already recognized in this catalogue and year", "已在本目录和年度中认定"
            )
        ],
    )


async def get_recognition(
    session: AsyncSession, principal: Principal, recognition_id: uuid.UUID
) -> ProductRecognition:
    recognition = await repository.get(
        session, scope=access.read_scope(principal), recognition_id=recognition_id
    )
    if recognition is None:
        raise RecognitionNotFound(
            f"no recognition {recognition_id} in your scope",
            detail_zh=f"您的范围内没有认定记录 {recognition_id}",
        )
    return recognition


async def list_recognitions(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int,
    cursor: str | None,
    filters: dict[str, object | None],
) -> Sequence[ProductRecognition]:
    maker = filters.get("maker_uscc")
    if isinstance(maker, str) and (problem := uscc_problem(maker)) is not None:
        raise Unprocessable(
            "maker_uscc is not a valid unified social credit code",
            detail_zh="maker_uscc 不是有效的统一社会信用代码",
            errors=[FieldError("maker_uscc", problem, uscc_problem_zh(maker))],
        )
    return await repository.list_page(
        session, scope=access.read_scope(principal), limit=limit, cursor=cursor, filters=filters
    )


async def single_source_eligibility(
    session: AsyncSession, *, product_name: str, maker_uscc: str, year: int
) -> SingleSourceEligibility:
    """Whether a product may be procured from its single source in ``year`` (a public catalogue fact)."""
    uscc = normalize_uscc(maker_uscc)
    rows = await repository.recognitions_of_product(
        session, product_name=product_name.strip(), maker_uscc=uscc, year=year
    )
    return SingleSourceEligibility(
        product_name=product_name.strip(),
        maker_uscc=uscc,
        year=year,
        eligible=bool(rows),
        basis=SINGLE_SOURCE_BASIS
        if rows
        else f"the product is in no first-set/first-batch/first-version catalogue of {year}",
        recognitions=[r.id for r in rows],
    )


async def eligible_offerings(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int,
    cursor: str | None,
    center_id: uuid.UUID | None,
) -> Sequence[CatalogueEligibleOffering]:
    return await repository.eligible_offerings(
        session, scope=access.read_scope(principal), limit=limit, cursor=cursor, center_id=center_id
    )


async def eligible_offering(
    session: AsyncSession, principal: Principal, offering_id: uuid.UUID
) -> CatalogueEligibleOffering:
    row = await repository.eligible_offering(
        session, scope=access.read_scope(principal), offering_id=offering_id
    )
    if row is None:
        raise OfferingNotEligible(
            f"offering {offering_id} is not catalogue-eligible (no successful pilot known) "
            "or not in your scope",
            detail_zh=f"创新产品 {offering_id} 尚无已完成的试点，不具备纳入目录资格",
        )
    return row
