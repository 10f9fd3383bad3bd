from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.entitlement import Entitlement
from ..models.level import Level
from ..models.service_kind import ServiceKind

T = TypeVar("T", bound="EntitlementRow")


@_attrs_define
class EntitlementRow:
    """
    Attributes:
        level (Level): The tiers of `三(六)` and `五(七)`: 领军人才, 高层次人才, 学术带头人, 研发骨干, 高技能人才.
        kind (ServiceKind): 住房、医疗保健、教育服务 (`五(七)`); education is the children's schooling of the talent.
        entitlement (Entitlement): ``review``: the plan does not say, so a talent officer confirms it when accepting.
    """

    level: Level
    kind: ServiceKind
    entitlement: Entitlement

    def to_dict(self) -> dict[str, Any]:
        level = self.level.value

        kind = self.kind.value

        entitlement = self.entitlement.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "level": level,
                "kind": kind,
                "entitlement": entitlement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        level = Level(d.pop("level"))

        kind = ServiceKind(d.pop("kind"))

        entitlement = Entitlement(d.pop("entitlement"))

        entitlement_row = cls(
            level=level,
            kind=kind,
            entitlement=entitlement,
        )

        return entitlement_row
