from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.origin import Origin
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamCreate")


@_attrs_define
class TeamCreate:
    """
    Attributes:
        center_id (UUID):
        name (str):
        research_field (str):
        leader_id (UUID): a talent of the center; a member of the team by being its leader
        origin (Origin): How the talent came to the center (`三(六)`: 人才引进、培养).
        formed_on (datetime.date):
        description (None | str | Unset):
        member_ids (list[UUID] | Unset): talents of the center
        introduced_from (None | str | Unset):
    """

    center_id: UUID
    name: str
    research_field: str
    leader_id: UUID
    origin: Origin
    formed_on: datetime.date
    description: None | str | Unset = UNSET
    member_ids: list[UUID] | Unset = UNSET
    introduced_from: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        center_id = str(self.center_id)

        name = self.name

        research_field = self.research_field

        leader_id = str(self.leader_id)

        origin = self.origin.value

        formed_on = self.formed_on.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        member_ids: list[str] | Unset = UNSET
        if not isinstance(self.member_ids, Unset):
            member_ids = []
            for member_ids_item_data in self.member_ids:
                member_ids_item = str(member_ids_item_data)
                member_ids.append(member_ids_item)

        introduced_from: None | str | Unset
        if isinstance(self.introduced_from, Unset):
            introduced_from = UNSET
        else:
            introduced_from = self.introduced_from

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "center_id": center_id,
                "name": name,
                "research_field": research_field,
                "leader_id": leader_id,
                "origin": origin,
                "formed_on": formed_on,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if member_ids is not UNSET:
            field_dict["member_ids"] = member_ids
        if introduced_from is not UNSET:
            field_dict["introduced_from"] = introduced_from

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        center_id = UUID(d.pop("center_id"))

        name = d.pop("name")

        research_field = d.pop("research_field")

        leader_id = UUID(d.pop("leader_id"))

        origin = Origin(d.pop("origin"))

        formed_on = datetime.date.fromisoformat(d.pop("formed_on"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _member_ids = d.pop("member_ids", UNSET)
        member_ids: list[UUID] | Unset = UNSET
        if _member_ids is not UNSET:
            member_ids = []
            for member_ids_item_data in _member_ids:
                member_ids_item = UUID(member_ids_item_data)

                member_ids.append(member_ids_item)

        def _parse_introduced_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        introduced_from = _parse_introduced_from(d.pop("introduced_from", UNSET))

        team_create = cls(
            center_id=center_id,
            name=name,
            research_field=research_field,
            leader_id=leader_id,
            origin=origin,
            formed_on=formed_on,
            description=description,
            member_ids=member_ids,
            introduced_from=introduced_from,
        )

        return team_create
