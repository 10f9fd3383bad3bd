"""zh/en labels of every enum the funding API uses (DESIGN 7: ``GET /api/v1/meta/enums``).

Keys come from the code's own enums and constants, and the programme areas' own ``LABELS``
are reused as they are, so a new value without a label fails its test instead of showing up
unlabelled. The Chinese of support cases is the one the ledger export already prints.
"""

from funding.first_set.rule import POLICY_CODE as RECOGNITION_POLICY
from funding.first_set.schemas import LABELS as RECOGNITION_LABELS
from funding.investments.schemas import FUND_LABELS
from funding.municipal_support.schemas import LABELS as MUNICIPAL_SUPPORT_LABELS
from funding.municipal_support.schemas import MunicipalSupportAction
from funding.municipal_support.service import BUDGET_CATEGORY as MUNICIPAL_SUPPORT
from funding.platforms.rule import POLICY_CODE as PLATFORM_POLICY
from funding.platforms.schemas import LABELS as PLATFORM_LABELS
from funding.policies.models import CITY, DRAFT, PUBLISHED
from funding.support_cases.evaluation import UPGRADE_SUPPORT
from funding.support_cases.export import KIND_ZH, OPTION_ZH, STATUS_ZH, TIER_ZH
from funding.support_cases.programmes import Kind
from funding.support_cases.workflow import SupportCaseAction, SupportCaseStatus
from shared.reference import GUANGZHOU_DISTRICTS

Label = tuple[str, str]  # (zh, en)


def _zh(zh: dict[str, str], en: dict[str, str]) -> dict[str, Label]:
    """Pair the export's Chinese with English, value by value (a missing one is a KeyError)."""
    return {value: (zh[value], en[value]) for value in en}


ENUM_LABELS: dict[str, dict[str, Label]] = {
    "support_case_status": _zh(
        STATUS_ZH,
        {
            SupportCaseStatus.EVALUATED: "Evaluated",
            SupportCaseStatus.OPTION_SELECTED: "Option selected",
            SupportCaseStatus.APPROVED: "Approved",
            SupportCaseStatus.DISBURSED: "Disbursed",
            SupportCaseStatus.CLOSED: "Closed",
            SupportCaseStatus.INELIGIBLE: "Ineligible",
            SupportCaseStatus.NEEDS_REVIEW: "Needs review",
            SupportCaseStatus.REJECTED: "Rejected",
            SupportCaseStatus.SUSPENDED: "Suspended",
            SupportCaseStatus.CANCELLED: "Cancelled",
        },
    ),
    "support_case_action": {
        SupportCaseAction.SELECT_OPTION: ("选择支持方式", "Select the option"),
        SupportCaseAction.APPROVE: ("审批", "Approve"),
        SupportCaseAction.REJECT: ("驳回", "Reject"),
        SupportCaseAction.DISBURSE: ("拨付", "Disburse"),
        SupportCaseAction.CLOSE: ("结案", "Close"),
        SupportCaseAction.RESOLVE: ("人工审核决定", "Resolve the review"),
        SupportCaseAction.CANCEL: ("取消", "Cancel"),
        SupportCaseAction.SUSPEND: ("暂停", "Suspend"),
        SupportCaseAction.RESUME: ("恢复", "Resume"),
    },
    "support_case_kind": _zh(
        KIND_ZH,
        {
            Kind.UPGRADE_SUPPORT: "Upgrade support (5(2))",
            Kind.MUNICIPAL_SUPPORT: "Municipal center support (5(2))",
            Kind.PLATFORM_SUBSIDY: "Platform subsidy (5(4))",
            Kind.FIRST_SET_SUBSIDY: "First-set / first-batch / first-version subsidy (5(5))",
        },
    ),
    "support_case_resolve_decision": {
        "pay": ("予以支持", "Pay"),
        "ineligible": ("不予支持", "Ineligible"),
    },
    "option_type": _zh(OPTION_ZH, {"grant": "One-time grant", "equity": "Direct equity investment"}),
    "tier": _zh(TIER_ZH, {"municipal": "Municipal", "provincial": "Provincial", "national": "National"}),
    "budget_category": {
        UPGRADE_SUPPORT: ("创新中心升级支持（五(二)）", "Upgrade support (5(2))"),
        MUNICIPAL_SUPPORT: ("市级创新中心建设支持（五(二)）", "Municipal center support (5(2))"),
        PLATFORM_POLICY: ("概念验证中心、中试平台补助（五(四)）", "Platform subsidy (5(4))"),
        RECOGNITION_POLICY: ("首台（套）、首批次、首版次补助（五(五)）", "First-set subsidy (5(5))"),
    },
    "budget_movement_kind": {
        "allocate": ("下达", "Allocate"),
        "commit": ("占用（已批准）", "Commit (approved)"),
        "release": ("释放", "Release"),
        "disburse": ("拨付", "Disburse"),
    },
    "guide_fund": {fund.value: label for fund, label in FUND_LABELS.items()},
    **PLATFORM_LABELS,
    **RECOGNITION_LABELS,
    **MUNICIPAL_SUPPORT_LABELS,
    "municipal_support_action": {
        MunicipalSupportAction.REVIEW: ("审核", "Review"),
        MunicipalSupportAction.CLOSE: ("办结", "Close"),
        MunicipalSupportAction.WITHDRAW: ("撤回", "Withdraw"),
    },
    "municipal_support_review_decision": {
        "approve": ("审核通过", "Approve"),
        "reject": ("不予通过", "Reject"),
    },
    "policy_status": {
        DRAFT: ("草稿（可模拟测算）", "Draft (can be simulated)"),
        PUBLISHED: ("已发布", "Published"),
    },
    "rule_kind": {
        "upgrade_support": ("创新中心升级支持", "Upgrade support"),
        "rd_super_deduction": ("研发费用加计扣除", "R&D super deduction"),
        "platform_subsidy": ("概念验证中心、中试平台补助", "Platform subsidy"),
        "product_recognition_subsidy": (
            "首台（套）、首批次、首版次补助",
            "First-set / first-batch / first-version subsidy",
        ),
    },
    "rd_category": {
        "general": ("一般企业", "General enterprise"),
        "integrated_circuit": ("集成电路企业", "Integrated-circuit enterprise"),
        "industrial_mother_machine": ("工业母机企业", "Industrial mother-machine enterprise"),
    },
    "jurisdiction": {
        CITY: ("广州市（市级）", "City of Guangzhou"),
        **{d.code: (d.name_zh, f"{d.name_en} District") for d in GUANGZHOU_DISTRICTS},
    },
}
