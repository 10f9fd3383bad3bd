from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.origin import Origin

if TYPE_CHECKING:
    from ..models.team_member_out import TeamMemberOut


T = TypeVar("T", bound="TeamOut")


@_attrs_define
class TeamOut:
    """
    Attributes:
        id (UUID):
        center_id (UUID):
        name (str):
        research_field (str):
        description (None | str):
        leader_id (UUID):
        members (list[TeamMemberOut]):
        origin (Origin): How the talent came to the center (`三(六)`: 人才引进、培养).
        introduced_from (None | str):
        formed_on (datetime.date):
        version (int):
        created_by (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    center_id: UUID
    name: str
    research_field: str
    description: None | str
    leader_id: UUID
    members: list[TeamMemberOut]
    origin: Origin
    introduced_from: None | str
    formed_on: datetime.date
    version: int
    created_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        center_id = str(self.center_id)

        name = self.name

        research_field = self.research_field

        description: None | str
        description = self.description

        leader_id = str(self.leader_id)

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        origin = self.origin.value

        introduced_from: None | str
        introduced_from = self.introduced_from

        formed_on = self.formed_on.isoformat()

        version = self.version

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "center_id": center_id,
                "name": name,
                "research_field": research_field,
                "description": description,
                "leader_id": leader_id,
                "members": members,
                "origin": origin,
                "introduced_from": introduced_from,
                "formed_on": formed_on,
                "version": version,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.team_member_out import TeamMemberOut

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        center_id = UUID(d.pop("center_id"))

        name = d.pop("name")

        research_field = d.pop("research_field")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        leader_id = UUID(d.pop("leader_id"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = TeamMemberOut.from_dict(members_item_data)

            members.append(members_item)

        origin = Origin(d.pop("origin"))

        def _parse_introduced_from(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        introduced_from = _parse_introduced_from(d.pop("introduced_from"))

        formed_on = datetime.date.fromisoformat(d.pop("formed_on"))

        version = d.pop("version")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        team_out = cls(
            id=id,
            center_id=center_id,
            name=name,
            research_field=research_field,
            description=description,
            leader_id=leader_id,
            members=members,
            origin=origin,
            introduced_from=introduced_from,
            formed_on=formed_on,
            version=version,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        team_out.additional_properties = d
        return team_out

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
