from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DocumentOut")


@_attrs_define
class DocumentOut:
    """
    Attributes:
        id (UUID):
        center_id (UUID):
        action_id (None | UUID):
        filename (str):
        content_type (str):
        size (int): bytes
        sha256 (str): hex SHA-256 of the content
        title (None | str):
        uploaded_by (str):
        uploaded_at (datetime.datetime):
    """

    id: UUID
    center_id: UUID
    action_id: None | UUID
    filename: str
    content_type: str
    size: int
    sha256: str
    title: None | str
    uploaded_by: str
    uploaded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        center_id = str(self.center_id)

        action_id: None | str
        if isinstance(self.action_id, UUID):
            action_id = str(self.action_id)
        else:
            action_id = self.action_id

        filename = self.filename

        content_type = self.content_type

        size = self.size

        sha256 = self.sha256

        title: None | str
        title = self.title

        uploaded_by = self.uploaded_by

        uploaded_at = self.uploaded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "center_id": center_id,
                "action_id": action_id,
                "filename": filename,
                "content_type": content_type,
                "size": size,
                "sha256": sha256,
                "title": title,
                "uploaded_by": uploaded_by,
                "uploaded_at": uploaded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        center_id = UUID(d.pop("center_id"))

        def _parse_action_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_id_type_0 = UUID(data)

                return action_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        action_id = _parse_action_id(d.pop("action_id"))

        filename = d.pop("filename")

        content_type = d.pop("content_type")

        size = d.pop("size")

        sha256 = d.pop("sha256")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        uploaded_by = d.pop("uploaded_by")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))

        document_out = cls(
            id=id,
            center_id=center_id,
            action_id=action_id,
            filename=filename,
            content_type=content_type,
            size=size,
            sha256=sha256,
            title=title,
            uploaded_by=uploaded_by,
            uploaded_at=uploaded_at,
        )

        document_out.additional_properties = d
        return document_out

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
