"""The programmes that pay through support cases (DESIGN 3), and what each keeps of its own.

Every programme's money goes the same way from the priced case on: ``needs_review`` where a
person must decide, two approvals by two different finance officers, the budget committed at
the second, tranches against vouchers. A programme differs only in what opens its case, what
it checks, how it prices — and whether the center chooses between forms of support.
"""

import enum
import uuid
from dataclasses import dataclass


class Kind(enum.StrEnum):
    UPGRADE_SUPPORT = "upgrade_support"  # 五(二): opened by registry's center.upgraded
    MUNICIPAL_SUPPORT = "municipal_support"  # 五(二): opened by a center's application
    PLATFORM_SUBSIDY = "platform_subsidy"  # 五(四): opened by a platform's yearly results
    FIRST_SET_SUBSIDY = "first_set_subsidy"  # 五(五): opened by a catalogue recognition


@dataclass(frozen=True)
class Programme:
    kind: Kind
    clause: str
    # Upgrade support is a grant *or* equity (五(二) "或"): the center chooses. The others pay
    # one grant, selected when the case is priced.
    center_chooses: bool


PROGRAMMES: dict[str, Programme] = {
    Kind.UPGRADE_SUPPORT: Programme(Kind.UPGRADE_SUPPORT, "五(二)", center_chooses=True),
    Kind.MUNICIPAL_SUPPORT: Programme(Kind.MUNICIPAL_SUPPORT, "五(二)", center_chooses=False),
    Kind.PLATFORM_SUBSIDY: Programme(Kind.PLATFORM_SUBSIDY, "五(四)", center_chooses=False),
    Kind.FIRST_SET_SUBSIDY: Programme(Kind.FIRST_SET_SUBSIDY, "五(五)", center_chooses=False),
}
GRANT = "grant"


def upgrade_subject(center_id: uuid.UUID, tier: str) -> str:
    """One upgrade support case per center and tier, ever."""
    return f"{center_id}:{tier}"


def application_subject(application_id: uuid.UUID) -> str:
    return f"application:{application_id}"


def platform_year_subject(platform_id: uuid.UUID, year: int) -> str:
    return f"platform:{platform_id}:{year}"


def recognition_subject(recognition_id: uuid.UUID) -> str:
    return f"recognition:{recognition_id}"
