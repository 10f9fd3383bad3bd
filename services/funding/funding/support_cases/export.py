"""Support cases as a spreadsheet for the bureau (zh headers), in the caller's scope."""

from collections.abc import Sequence

from funding.budgets.spreadsheet import when
from funding.support_cases.models import SupportCase
from funding.support_cases.programmes import Kind

HEADERS = (
    "案件编号",
    "创新中心编号",
    "支持类型",
    "升级层级",
    "状态",
    "补助方案(元)",
    "股权投资方案(元)",
    "区级配套(元)",
    "所选方案",
    "批准金额(元)",
    "已拨付金额(元)",
    "预算年度",
    "政策",
    "政策版本",
    "条款",
    "原因",
    "创建时间(UTC)",
    "更新时间(UTC)",
)

STATUS_ZH = {
    "evaluated": "已测算",
    "option_selected": "已选择方案",
    "approved": "已批准",
    "disbursed": "已拨付",
    "closed": "已结案",
    "ineligible": "不符合条件",
    "needs_review": "待人工审核",
    "rejected": "已驳回",
    "suspended": "已暂停",
    "cancelled": "已取消",
}
KIND_ZH: dict[str, str] = {
    Kind.UPGRADE_SUPPORT: "升级支持(五(二))",
    Kind.MUNICIPAL_SUPPORT: "市级创新中心建设支持(五(二))",
    Kind.PLATFORM_SUBSIDY: "概念验证中心、中试平台补助(五(四))",
    Kind.FIRST_SET_SUBSIDY: "首台(套)、首批次、首版次补助(五(五))",
}
TIER_ZH = {"municipal": "市级", "provincial": "省级", "national": "国家级"}
OPTION_ZH = {"grant": "一次性补助", "equity": "直接股权投资"}


def _option(case: SupportCase, option: str) -> str:
    return next((o["amount"] for o in case.options if o["type"] == option), "")


def _districts(case: SupportCase) -> str:
    """Each district line as ``code: grant/equity`` amounts."""
    return "; ".join(
        f"{line.policy_code}: "
        + ", ".join(f"{OPTION_ZH.get(o['type'], o['type'])} {o['amount']}" for o in line.options)
        for line in case.lines
        if line.jurisdiction != "city"
    )


def table(cases: Sequence[SupportCase]) -> list[list[str]]:
    rows = [list(HEADERS)]
    for c in cases:
        rows.append(
            [
                str(c.id),
                str(c.center_id),
                KIND_ZH.get(c.kind, c.kind),
                TIER_ZH.get(c.tier, c.tier),
                STATUS_ZH.get(c.status, c.status),
                _option(c, "grant"),
                _option(c, "equity"),
                _districts(c),
                OPTION_ZH.get(c.selected_option or "", ""),
                "" if c.approved_amount is None else f"{c.approved_amount:.2f}",
                f"{c.disbursed_amount:.2f}",
                "" if c.budget_year is None else str(c.budget_year),
                c.policy_code or "",
                "" if c.policy_version is None else str(c.policy_version),
                c.clause or "",
                c.reason or "",
                when(c.created_at),
                when(c.updated_at),
            ]
        )
    return rows
