from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform_kind import PlatformKind

T = TypeVar("T", bound="PlatformOut")


@_attrs_define
class PlatformOut:
    """
    Attributes:
        id (UUID):
        kind (PlatformKind):
        name (str):
        center_id (UUID):
        description (None | str):
        project_approved_on (datetime.date | None):
        created_by (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    kind: PlatformKind
    name: str
    center_id: UUID
    description: None | str
    project_approved_on: datetime.date | None
    created_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        name = self.name

        center_id = str(self.center_id)

        description: None | str
        description = self.description

        project_approved_on: None | str
        if isinstance(self.project_approved_on, datetime.date):
            project_approved_on = self.project_approved_on.isoformat()
        else:
            project_approved_on = self.project_approved_on

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "name": name,
                "center_id": center_id,
                "description": description,
                "project_approved_on": project_approved_on,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = PlatformKind(d.pop("kind"))

        name = d.pop("name")

        center_id = UUID(d.pop("center_id"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_project_approved_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                project_approved_on_type_0 = datetime.date.fromisoformat(data)

                return project_approved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        project_approved_on = _parse_project_approved_on(d.pop("project_approved_on"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        platform_out = cls(
            id=id,
            kind=kind,
            name=name,
            center_id=center_id,
            description=description,
            project_approved_on=project_approved_on,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        platform_out.additional_properties = d
        return platform_out

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
