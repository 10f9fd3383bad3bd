from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.platform_kind import PlatformKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformCreate")


@_attrs_define
class PlatformCreate:
    """
    Attributes:
        kind (PlatformKind):
        name (str):
        center_id (UUID): the center that leads the platform (牵头设立)
        description (None | str | Unset):
        project_approved_on (datetime.date | None | Unset): date selected on merit (择优立项); a municipal admin only
    """

    kind: PlatformKind
    name: str
    center_id: UUID
    description: None | str | Unset = UNSET
    project_approved_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        center_id = str(self.center_id)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        project_approved_on: None | str | Unset
        if isinstance(self.project_approved_on, Unset):
            project_approved_on = UNSET
        elif isinstance(self.project_approved_on, datetime.date):
            project_approved_on = self.project_approved_on.isoformat()
        else:
            project_approved_on = self.project_approved_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "center_id": center_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if project_approved_on is not UNSET:
            field_dict["project_approved_on"] = project_approved_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = PlatformKind(d.pop("kind"))

        name = d.pop("name")

        center_id = UUID(d.pop("center_id"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_project_approved_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                project_approved_on_type_0 = datetime.date.fromisoformat(data)

                return project_approved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        project_approved_on = _parse_project_approved_on(
            d.pop("project_approved_on", UNSET)
        )

        platform_create = cls(
            kind=kind,
            name=name,
            center_id=center_id,
            description=description,
            project_approved_on=project_approved_on,
        )

        return platform_create
