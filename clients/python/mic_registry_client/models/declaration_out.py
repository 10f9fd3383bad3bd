from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.affiliation_out import AffiliationOut
    from ..models.declared_conflict_out import DeclaredConflictOut


T = TypeVar("T", bound="DeclarationOut")


@_attrs_define
class DeclarationOut:
    """
    Attributes:
        affiliations (list[AffiliationOut]):
        conflicts (list[DeclaredConflictOut]):
        declared_by (str):
        declared_at (datetime.datetime):
    """

    affiliations: list[AffiliationOut]
    conflicts: list[DeclaredConflictOut]
    declared_by: str
    declared_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affiliations = []
        for affiliations_item_data in self.affiliations:
            affiliations_item = affiliations_item_data.to_dict()
            affiliations.append(affiliations_item)

        conflicts = []
        for conflicts_item_data in self.conflicts:
            conflicts_item = conflicts_item_data.to_dict()
            conflicts.append(conflicts_item)

        declared_by = self.declared_by

        declared_at = self.declared_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "affiliations": affiliations,
                "conflicts": conflicts,
                "declared_by": declared_by,
                "declared_at": declared_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.affiliation_out import AffiliationOut
        from ..models.declared_conflict_out import DeclaredConflictOut

        d = dict(src_dict)
        affiliations = []
        _affiliations = d.pop("affiliations")
        for affiliations_item_data in _affiliations:
            affiliations_item = AffiliationOut.from_dict(affiliations_item_data)

            affiliations.append(affiliations_item)

        conflicts = []
        _conflicts = d.pop("conflicts")
        for conflicts_item_data in _conflicts:
            conflicts_item = DeclaredConflictOut.from_dict(conflicts_item_data)

            conflicts.append(conflicts_item)

        declared_by = d.pop("declared_by")

        declared_at = datetime.datetime.fromisoformat(d.pop("declared_at"))

        declaration_out = cls(
            affiliations=affiliations,
            conflicts=conflicts,
            declared_by=declared_by,
            declared_at=declared_at,
        )

        declaration_out.additional_properties = d
        return declaration_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
