from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.affiliation_in import AffiliationIn
    from ..models.declared_conflict_in import DeclaredConflictIn


T = TypeVar("T", bound="Declaration")


@_attrs_define
class Declaration:
    """Every affiliation and declared conflict, replaced whole; both lists empty is "none".

    Attributes:
        affiliations (list[AffiliationIn]):
        conflicts (list[DeclaredConflictIn]):
    """

    affiliations: list[AffiliationIn]
    conflicts: list[DeclaredConflictIn]

    def to_dict(self) -> dict[str, Any]:
        affiliations = []
        for affiliations_item_data in self.affiliations:
            affiliations_item = affiliations_item_data.to_dict()
            affiliations.append(affiliations_item)

        conflicts = []
        for conflicts_item_data in self.conflicts:
            conflicts_item = conflicts_item_data.to_dict()
            conflicts.append(conflicts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "affiliations": affiliations,
                "conflicts": conflicts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.affiliation_in import AffiliationIn
        from ..models.declared_conflict_in import DeclaredConflictIn

        d = dict(src_dict)
        affiliations = []
        _affiliations = d.pop("affiliations")
        for affiliations_item_data in _affiliations:
            affiliations_item = AffiliationIn.from_dict(affiliations_item_data)

            affiliations.append(affiliations_item)

        conflicts = []
        _conflicts = d.pop("conflicts")
        for conflicts_item_data in _conflicts:
            conflicts_item = DeclaredConflictIn.from_dict(conflicts_item_data)

            conflicts.append(conflicts_item)

        declaration = cls(
            affiliations=affiliations,
            conflicts=conflicts,
        )

        return declaration
