from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeclaredConflictIn")


@_attrs_define
class DeclaredConflictIn:
    """A conflict of interest the expert declares: with one organization or one center.

    Attributes:
        note (str): why: the relationship declared
        organization_id (None | Unset | UUID): set this or center_id
        center_id (None | Unset | UUID): set this or organization_id
    """

    note: str
    organization_id: None | Unset | UUID = UNSET
    center_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        elif isinstance(self.organization_id, UUID):
            organization_id = str(self.organization_id)
        else:
            organization_id = self.organization_id

        center_id: None | str | Unset
        if isinstance(self.center_id, Unset):
            center_id = UNSET
        elif isinstance(self.center_id, UUID):
            center_id = str(self.center_id)
        else:
            center_id = self.center_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "note": note,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if center_id is not UNSET:
            field_dict["center_id"] = center_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        note = d.pop("note")

        def _parse_organization_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organization_id_type_0 = UUID(data)

                return organization_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_center_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                center_id_type_0 = UUID(data)

                return center_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        center_id = _parse_center_id(d.pop("center_id", UNSET))

        declared_conflict_in = cls(
            note=note,
            organization_id=organization_id,
            center_id=center_id,
        )

        return declared_conflict_in
