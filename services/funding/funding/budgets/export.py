"""The budget ledger as a spreadsheet for the bureau's finance staff (zh headers)."""

from collections.abc import Sequence

from funding.budgets.models import BudgetMovement
from funding.budgets.spreadsheet import when

HEADERS = (
    "流水号",
    "时间(UTC)",
    "年度",
    "预算类别",
    "变动类型",
    "金额(元)",
    "关联业务",
    "经办人",
    "变动后下达额度(元)",
    "变动后已承诺(元)",
    "变动后已拨付(元)",
    "变动后可用余额(元)",
)

KIND_ZH = {"allocate": "下达额度", "commit": "承诺(审批)", "release": "释放", "disburse": "拨付"}


def table(movements: Sequence[BudgetMovement]) -> list[list[str]]:
    rows = [list(HEADERS)]
    for m in movements:
        available = m.allocated_after - m.committed_after - m.disbursed_after
        rows.append(
            [
                str(m.id),
                when(m.created_at),
                str(m.year),
                m.category,
                KIND_ZH.get(m.kind, m.kind),
                f"{m.amount:.2f}",
                m.reference,
                m.actor,
                f"{m.allocated_after:.2f}",
                f"{m.committed_after:.2f}",
                f"{m.disbursed_after:.2f}",
                f"{available:.2f}",
            ]
        )
    return rows
