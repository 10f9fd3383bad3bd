"""What a center needs before approval (DESIGN 2, `四`). Pure logic, no I/O.

corporate_alliance (`四(一)`): a legal entity with a valid USCC, registered capital and
shareholders; a decision body with member-unit representatives, industry figures and S&T
figures; a technical expert committee from academia and industry; an alliance with member units.
self_built (`四(二)`): at least one innovator among the center's members.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from registry.centers.schemas import Mode, OrganizationType
from registry.centers.uscc import uscc_problem, uscc_problem_zh
from registry.governance.schemas import (
    DecisionCategory,
    ExpertField,
    GovernanceDocument,
    LegalEntity,
    MemberRole,
)
from registry.meta.labels import ENUM_LABELS
from shared.errors import FieldError

DECISION_CATEGORY_LABELS: dict[DecisionCategory, str] = {
    DecisionCategory.MEMBER_UNIT_REP: "member-unit representative (成员单位代表)",
    DecisionCategory.INDUSTRY_FIGURE: "industry figure (产业界人士)",
    DecisionCategory.ST_FIGURE: "S&T figure (科技界人士)",
}
EXPERT_FIELD_LABELS: dict[ExpertField, str] = {
    ExpertField.ACADEMIA: "academia (学术界)",
    ExpertField.INDUSTRY: "industry (产业界)",
}

# An innovator of a self-built center (`四(二)`): one of these types, in one of these roles.
INNOVATOR_ROLES = frozenset({MemberRole.LEAD.value, MemberRole.MEMBER.value})
INNOVATOR_TYPES = frozenset(t.value for t in OrganizationType)


@dataclass(frozen=True)
class MemberFacts:
    """What the rules need to know of one center member."""

    role: str
    organization_type: str


def is_innovator(member: MemberFacts) -> bool:
    return member.role in INNOVATOR_ROLES and member.organization_type in INNOVATOR_TYPES


def approval_gaps(
    center_mode: str, governance: GovernanceDocument | None, members: Sequence[MemberFacts]
) -> list[FieldError]:
    """Every piece the center still lacks for approval, one error each; empty when complete.

    Raises ValueError for a mode that is not one of ``Mode``.
    """
    mode = Mode(center_mode)
    if mode is Mode.SELF_BUILT:
        return _self_built_gaps(members)
    return _corporate_alliance_gaps(governance or GovernanceDocument())


def _self_built_gaps(members: Sequence[MemberFacts]) -> list[FieldError]:
    if any(is_innovator(m) for m in members):
        return []
    return [
        FieldError(
            "members",
            "a self-built center needs at least one innovator (四(二)): an enterprise, research "
            "institute, university or social organization as lead or member",
            "自建中心至少需要一个创新主体（四(二)）：企业、科研院所、高校或社会组织作为牵头单位或成员",
        )
    ]


def _corporate_alliance_gaps(governance: GovernanceDocument) -> list[FieldError]:
    return [
        *_legal_entity_gaps(governance.legal_entity),
        *_decision_body_gaps(governance),
        *_technical_committee_gaps(governance),
        *_alliance_gaps(governance),
    ]


def _legal_entity_gaps(entity: LegalEntity | None) -> list[FieldError]:
    if entity is None:
        return [
            FieldError(
                "legal_entity",
                "no legal entity (企业法人) is recorded (四(一))",
                "未登记法人实体（企业法人）（四(一)）",
            )
        ]
    gaps: list[FieldError] = []
    if not entity.uscc:
        gaps.append(
            FieldError(
                "legal_entity.uscc",
                "the legal entity has no unified social credit code",
                "法人实体缺少统一社会信用代码",
            )
        )
    else:
        problem = uscc_problem(entity.uscc)
        if problem:
            gaps.append(
                FieldError(
                    "legal_entity.uscc",
                    f"the legal entity's unified social credit code: {problem}",
                    f"法人实体的统一社会信用代码：{uscc_problem_zh(entity.uscc)}",
                )
            )
    if entity.registered_capital is None or entity.registered_capital <= 0:
        gaps.append(
            FieldError(
                "legal_entity.registered_capital",
                "the legal entity has no registered capital",
                "法人实体缺少注册资本",
            )
        )
    if not entity.shareholders:
        gaps.append(
            FieldError(
                "legal_entity.shareholders", "the legal entity has no shareholders", "法人实体没有股东"
            )
        )
    return gaps


# The zh labels a client sees in /api/v1/meta/enums, so an error names the category alike.
_CATEGORY_ZH = {category: zh for category, (zh, _en) in ENUM_LABELS["decision_category"].items()}
_FIELD_ZH = {field: zh for field, (zh, _en) in ENUM_LABELS["expert_field"].items()}


def _decision_body_gaps(governance: GovernanceDocument) -> list[FieldError]:
    present = {m.category for m in governance.decision_body.members} if governance.decision_body else set()
    return [
        FieldError(
            "decision_body.members",
            f"the decision body (决策机构, 四(一)1) has no {label}: category {category.value}",
            f"决策机构（四(一)1）缺少{_CATEGORY_ZH[category]}：类别 {category.value}",
        )
        for category, label in DECISION_CATEGORY_LABELS.items()
        if category not in present
    ]


def _technical_committee_gaps(governance: GovernanceDocument) -> list[FieldError]:
    committee = governance.technical_committee
    present = {m.field for m in committee.members} if committee else set()
    return [
        FieldError(
            "technical_committee.members",
            f"the technical expert committee (技术专家委员会, 四(一)2) has no member from {label}: "
            f"field {field.value}",
            f"技术专家委员会（四(一)2）缺少来自{_FIELD_ZH[field]}的成员：领域 {field.value}",
        )
        for field, label in EXPERT_FIELD_LABELS.items()
        if field not in present
    ]


def _alliance_gaps(governance: GovernanceDocument) -> list[FieldError]:
    if governance.alliance is None:
        return [
            FieldError(
                "alliance.member_units",
                "no industry alliance (联盟, 四(一)3) is recorded",
                "未登记产业联盟（联盟，四(一)3）",
            )
        ]
    if not governance.alliance.member_units:
        return [
            FieldError(
                "alliance.member_units", "the industry alliance has no member units", "产业联盟没有成员单位"
            )
        ]
    return []
