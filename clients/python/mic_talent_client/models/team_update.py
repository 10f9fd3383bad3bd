from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamUpdate")


@_attrs_define
class TeamUpdate:
    """A team's name, field, description, leader and members change; its center and origin do not.

    Attributes:
        name (None | str | Unset):
        research_field (None | str | Unset):
        description (None | str | Unset):
        leader_id (None | Unset | UUID):
        member_ids (list[UUID] | None | Unset): replaces the members
    """

    name: None | str | Unset = UNSET
    research_field: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    leader_id: None | Unset | UUID = UNSET
    member_ids: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        research_field: None | str | Unset
        if isinstance(self.research_field, Unset):
            research_field = UNSET
        else:
            research_field = self.research_field

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        leader_id: None | str | Unset
        if isinstance(self.leader_id, Unset):
            leader_id = UNSET
        elif isinstance(self.leader_id, UUID):
            leader_id = str(self.leader_id)
        else:
            leader_id = self.leader_id

        member_ids: list[str] | None | Unset
        if isinstance(self.member_ids, Unset):
            member_ids = UNSET
        elif isinstance(self.member_ids, list):
            member_ids = []
            for member_ids_type_0_item_data in self.member_ids:
                member_ids_type_0_item = str(member_ids_type_0_item_data)
                member_ids.append(member_ids_type_0_item)

        else:
            member_ids = self.member_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if research_field is not UNSET:
            field_dict["research_field"] = research_field
        if description is not UNSET:
            field_dict["description"] = description
        if leader_id is not UNSET:
            field_dict["leader_id"] = leader_id
        if member_ids is not UNSET:
            field_dict["member_ids"] = member_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_research_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        research_field = _parse_research_field(d.pop("research_field", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_leader_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                leader_id_type_0 = UUID(data)

                return leader_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        leader_id = _parse_leader_id(d.pop("leader_id", UNSET))

        def _parse_member_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                member_ids_type_0 = []
                _member_ids_type_0 = data
                for member_ids_type_0_item_data in _member_ids_type_0:
                    member_ids_type_0_item = UUID(member_ids_type_0_item_data)

                    member_ids_type_0.append(member_ids_type_0_item)

                return member_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        member_ids = _parse_member_ids(d.pop("member_ids", UNSET))

        team_update = cls(
            name=name,
            research_field=research_field,
            description=description,
            leader_id=leader_id,
            member_ids=member_ids,
        )

        return team_update
