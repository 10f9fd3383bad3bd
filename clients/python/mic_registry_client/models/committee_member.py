from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.expert_field import ExpertField

T = TypeVar("T", bound="CommitteeMember")


@_attrs_define
class CommitteeMember:
    """
    Attributes:
        name (str):
        field (ExpertField): Where a technical expert committee member comes from (技术专家委员会, `四(一)2`).
        affiliation (str):
    """

    name: str
    field: ExpertField
    affiliation: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field = self.field.value

        affiliation = self.affiliation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "field": field,
                "affiliation": affiliation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        field = ExpertField(d.pop("field"))

        affiliation = d.pop("affiliation")

        committee_member = cls(
            name=name,
            field=field,
            affiliation=affiliation,
        )

        return committee_member
