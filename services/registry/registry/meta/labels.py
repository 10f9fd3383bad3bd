"""zh/en labels of every enum the registry API uses (DESIGN 7: ``GET /api/v1/meta/enums``).

Values are taken from the code's own enums, so a new member without a label fails its test.
"""

from registry.centers.lifecycle import Action, Status
from registry.centers.schemas import Mode, OrganizationType
from registry.evaluations.schemas import LABELS as EVALUATION_LABELS
from registry.experts.schemas import LABELS as EXPERT_LABELS
from registry.governance.schemas import DecisionCategory, ExpertField, MemberRole

Label = tuple[str, str]  # (zh, en)

ENUM_LABELS: dict[str, dict[str, Label]] = {
    "center_status": {
        Status.DRAFT: ("草稿", "Draft"),
        Status.SUBMITTED: ("已提交", "Submitted"),
        Status.DISTRICT_RECOMMENDED: ("区级已推荐", "Recommended by the district"),
        Status.UNDER_REVIEW: ("市级评审中", "Under municipal review"),
        Status.APPROVED: ("筹建（已授牌）", "Approved for construction (plaque awarded)"),
        Status.OPERATING: ("运行中", "Operating"),
        Status.RETURNED: ("退回修改", "Returned for changes"),
        Status.REJECTED: ("未通过", "Rejected"),
        Status.WITHDRAWN: ("已撤回", "Withdrawn"),
        Status.REVOKED: ("已撤销", "Revoked"),
    },
    "center_action": {
        Action.SUBMIT: ("提交申报", "Submit"),
        Action.RECOMMEND: ("区级推荐", "Recommend"),
        Action.START_REVIEW: ("开始评审", "Start review"),
        Action.APPROVE: ("批准筹建", "Approve"),
        Action.ACCEPT: ("验收通过", "Accept"),
        Action.RETURN: ("退回", "Return"),
        Action.REJECT: ("不予通过", "Reject"),
        Action.WITHDRAW: ("撤回", "Withdraw"),
        Action.REVOKE: ("撤销", "Revoke"),
    },
    "center_mode": {
        Mode.CORPORATE_ALLIANCE: ("企业法人+联盟", "Corporate entity + alliance"),
        Mode.SELF_BUILT: ("自主建设", "Self-built"),
    },
    "organization_type": {
        OrganizationType.ENTERPRISE: ("企业", "Enterprise"),
        OrganizationType.RESEARCH_INSTITUTE: ("科研院所", "Research institute"),
        OrganizationType.UNIVERSITY: ("高校", "University"),
        OrganizationType.SOCIAL_ORGANIZATION: ("社会组织", "Social organization"),
    },
    "member_role": {
        MemberRole.LEAD: ("牵头单位", "Lead organization"),
        MemberRole.SHAREHOLDER: ("股东", "Shareholder"),
        MemberRole.MEMBER: ("成员单位", "Member unit"),
        MemberRole.ALLIANCE_MEMBER: ("联盟成员", "Alliance member"),
    },
    "decision_category": {
        DecisionCategory.MEMBER_UNIT_REP: ("成员单位代表", "Member-unit representative"),
        DecisionCategory.INDUSTRY_FIGURE: ("产业界杰出人士", "Industry figure"),
        DecisionCategory.ST_FIGURE: ("科技界杰出人士", "Science and technology figure"),
    },
    "expert_field": {
        ExpertField.ACADEMIA: ("学术界", "Academia"),
        ExpertField.INDUSTRY: ("企业界", "Industry"),
    },
    "tier": {
        "municipal": ("市级", "Municipal"),
        "provincial": ("省级", "Provincial"),
        "national": ("国家级", "National"),
    },
    "industry_group": {
        "emerging_pillar": ("新兴支柱产业", "Emerging pillar industries"),
        "strategic_leading": ("战略先导产业", "Strategic leading industries"),
        "distinctive_advantage": ("特色优势产业", "Distinctive advantage industries"),
        "future": ("未来产业", "Future industries"),
    },
    **EVALUATION_LABELS,
    **EXPERT_LABELS,
}
