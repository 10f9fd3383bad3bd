"""Support cases as the API shows them (every programme's money is one of these)."""

from funding.support_cases.models import SupportCase, SupportCaseLine
from funding.support_cases.schemas import LineOut, LinePolicyRef, OptionOut, PolicyRef, SupportCaseOut
from shared.money import parse_money


def _options(raw: list[dict[str, str]]) -> list[OptionOut]:
    return [OptionOut(type=o["type"], amount=parse_money(o["amount"])) for o in raw]


def line_out(line: SupportCaseLine) -> LineOut:
    return LineOut(
        policy=LinePolicyRef(code=line.policy_code, version=line.policy_version, clause=line.clause),
        jurisdiction=line.jurisdiction,
        category=line.category,
        status=line.status,
        options=_options(line.options),
        reason=line.reason,
        trace=line.trace,
        selected_option=line.selected_option,
        approved_amount=line.approved_amount,
        disbursed_amount=line.disbursed_amount,
    )


def case_out(case: SupportCase) -> SupportCaseOut:
    policy = None
    if case.policy_code is not None and case.policy_version is not None:
        policy = PolicyRef(code=case.policy_code, version=case.policy_version, clause=case.clause or "")
    return SupportCaseOut(
        id=case.id,
        center_id=case.center_id,
        kind=case.kind,
        tier=case.tier,
        status=case.status,
        requested_amount=case.requested_amount,
        options=_options(case.options),
        reason=case.reason,
        policy=policy,
        inputs=case.inputs,
        trace=case.trace,
        lines=[line_out(line) for line in case.lines],
        selected_option=case.selected_option,
        resolved_by=case.resolved_by,
        resolution_proposed_by=case.resolution_proposed_by,
        proposed_resolution=case.proposed_resolution,
        approved_amount=case.approved_amount,
        disbursed_amount=case.disbursed_amount,
        budget_year=case.budget_year,
        first_approved_by=case.first_approved_by,
        approved_by=case.approved_by,
        approved_at=case.approved_at,
        version=case.version,
        created_at=case.created_at,
        updated_at=case.updated_at,
    )
