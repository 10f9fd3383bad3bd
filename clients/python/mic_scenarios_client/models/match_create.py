from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MatchCreate")


@_attrs_define
class MatchCreate:
    """
    Attributes:
        scenario_id (UUID):
        offering_id (UUID):
        note (None | str | Unset):
    """

    scenario_id: UUID
    offering_id: UUID
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scenario_id = str(self.scenario_id)

        offering_id = str(self.offering_id)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scenario_id": scenario_id,
                "offering_id": offering_id,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scenario_id = UUID(d.pop("scenario_id"))

        offering_id = UUID(d.pop("offering_id"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        match_create = cls(
            scenario_id=scenario_id,
            offering_id=offering_id,
            note=note,
        )

        return match_create
