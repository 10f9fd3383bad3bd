"""Opening support cases: the rows every programme writes when its case is priced (or must be
decided by a person), written with their ``support_case.evaluated`` events in one round trip."""

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Protocol, cast

from sqlalchemy import Table, insert
from sqlalchemy.ext.asyncio import AsyncSession

from funding.policies.models import CITY, PolicyVersion
from funding.support_cases import events, repository
from funding.support_cases.models import ZERO, SupportCase, SupportCaseLine
from funding.support_cases.programmes import GRANT, PROGRAMMES
from funding.support_cases.workflow import SupportCaseStatus
from shared.db import utcnow
from shared.write_together import Rows, Write

_INSERT_CASE = insert(cast(Table, SupportCase.__table__))
_INSERT_LINE = insert(cast(Table, SupportCaseLine.__table__))


def case_row(
    *,
    kind: str,
    center_id: uuid.UUID,
    tier: str,
    subject_key: str,
    inputs: dict[str, Any],
    source_event_id: uuid.UUID | None = None,
    requested_amount: Decimal | None = None,
) -> dict[str, Any]:
    """A new ``support_case`` row, not yet priced (see :func:`settle`)."""
    now = utcnow()
    return {
        "id": uuid.uuid4(),
        "center_id": center_id,
        "kind": kind,
        "subject_key": subject_key,
        "tier": tier,
        "inputs": inputs,
        "source_event_id": source_event_id,
        "requested_amount": requested_amount,
        "disbursed_amount": ZERO,
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "status": SupportCaseStatus.NEEDS_REVIEW.value,
        "options": [],
        "reason": None,
        "trace": [],
        "policy_code": None,
        "policy_version": None,
        "clause": None,
        "selected_option": None,
    }


def line_row(
    *,
    position: int,
    policy_code: str,
    policy_version: int | None,
    clause: str,
    status: str,
    options: list[dict[str, str]],
    reason: str | None,
    trace: list[dict[str, Any]],
    jurisdiction: str = CITY,
    category: str | None = None,
) -> dict[str, Any]:
    """A ``support_case_line`` row; its budget category is the policy's code unless named."""
    return {
        "id": uuid.uuid4(),
        "position": position,
        "policy_code": policy_code,
        "policy_version": policy_version,
        "clause": clause,
        "jurisdiction": jurisdiction,
        "category": category or policy_code,
        "status": status,
        "options": options,
        "reason": reason,
        "trace": trace,
        "selected_option": None,
        "disbursed_amount": ZERO,
    }


PROVISIONAL = (
    "the version's figures are provisional (not in the work plan or a source document yet): a person "
    "confirms the amounts, at most those priced, before approval"
)


def hold_if_provisional(line: dict[str, Any], *, provisional: bool) -> dict[str, Any]:
    """A line priced by a provisional version goes to needs_review; its priced options stay, as
    the cap of what the reviewer may confirm."""
    if provisional and line["status"] == SupportCaseStatus.EVALUATED:
        line["status"], line["reason"] = SupportCaseStatus.NEEDS_REVIEW.value, PROVISIONAL
        line["trace"] = [*line["trace"], {"step": "provisional", "detail": PROVISIONAL}]
    return line


def grant(amount: Decimal | None) -> list[dict[str, str]]:
    """The one option of a programme that pays a grant (none when the rule priced nothing)."""
    return [] if amount is None or amount <= 0 else [{"type": GRANT, "amount": f"{amount:.2f}"}]


class Priced(Protocol):
    """What a grant rule decides (funding.platforms.rule, funding.first_set.rule)."""

    @property
    def status(self) -> str: ...
    @property
    def amount(self) -> Decimal | None: ...
    @property
    def reason(self) -> str | None: ...
    @property
    def trace(self) -> list[dict[str, Any]]: ...


def case_status(lines: Sequence[dict[str, Any]], *, city_priced: bool) -> str:
    """Any line for a person to decide → needs_review; else evaluated if a line pays; else ineligible."""
    if not city_priced or any(line["status"] == SupportCaseStatus.NEEDS_REVIEW for line in lines):
        return SupportCaseStatus.NEEDS_REVIEW.value
    if any(line["status"] == SupportCaseStatus.EVALUATED and line["options"] for line in lines):
        return SupportCaseStatus.EVALUATED.value
    return SupportCaseStatus.INELIGIBLE.value


def settle(case: dict[str, Any], lines: list[dict[str, Any]], *, city_priced: bool = True) -> None:
    """The case's status from its lines; the city line's options, policy and reason on the case
    (issue 2's contract). A programme whose center does not choose has its one form selected."""
    city = lines[0] if city_priced and lines else None
    if city is not None:
        case.update(
            options=city["options"],
            reason=city["reason"],
            trace=city["trace"],
            policy_code=city["policy_code"],
            policy_version=city["policy_version"],
            clause=city["clause"],
        )
    case["status"] = case_status(lines, city_priced=city_priced)
    if case["reason"] is None and case["status"] != SupportCaseStatus.EVALUATED:
        case["reason"] = "; ".join(
            f"{line['policy_code']}: {line['reason']}" for line in lines if line["reason"]
        )
    if case["status"] == SupportCaseStatus.EVALUATED and not PROGRAMMES[case["kind"]].center_chooses:
        case["status"], case["selected_option"] = SupportCaseStatus.OPTION_SELECTED.value, GRANT
        for line in lines:
            if line["status"] == SupportCaseStatus.EVALUATED and line["options"]:
                line["selected_option"] = GRANT


async def open_cases(
    session: AsyncSession,
    cases: list[dict[str, Any]],
    lines: list[dict[str, Any]],
    *,
    together_with: Sequence[Write] = (),
) -> None:
    """Write the cases, their lines (each with its ``case_id``) and their events, with the caller's
    ``together_with``: one round trip for one case on PostgreSQL (shared.write_together)."""
    writes = [*together_with, Rows(_INSERT_CASE, cases), Rows(_INSERT_LINE, lines)]
    await events.evaluated_many(session, cases, together_with=writes)


async def open_grant_case(
    session: AsyncSession,
    case: dict[str, Any],
    *,
    policy_code: str,
    on: dt.date,
    version: PolicyVersion | None,
    price: Callable[[dict[str, Any]], Priced],
) -> SupportCase:
    """A case whose rule prices one grant: by ``version`` (the one in force on ``on``), or for a
    person to decide when none is in force or its figures are provisional."""
    if version is None:
        case["reason"] = f"no version of policy '{policy_code}' is in force on {on}: a person must decide"
        case["trace"] = [{"step": "policy", "detail": case["reason"]}]
        return await open_case(session, case, [])
    decision = price(version.parameters)
    line = line_row(
        position=0,
        policy_code=version.policy_code,
        policy_version=version.version,
        clause=version.clause,
        status=decision.status,
        options=grant(decision.amount),
        reason=decision.reason,
        trace=[
            {
                "step": "policy",
                "detail": f"{version.policy_code} v{version.version} ({version.clause}) in force on {on}",
            },
            *decision.trace,
        ],
    )
    return await open_case(session, case, [hold_if_provisional(line, provisional=version.provisional)])


async def open_case(session: AsyncSession, case: dict[str, Any], lines: list[dict[str, Any]]) -> SupportCase:
    """One case opened by a request (an application, results, a recognition), read back whole."""
    settle(case, lines, city_priced=bool(lines))
    await open_cases(session, [case], [{**line, "case_id": case["id"]} for line in lines])
    opened = await repository.get(session, case["id"])
    assert opened is not None  # written just above, in this transaction
    return opened
