from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.organization_out import OrganizationOut


T = TypeVar("T", bound="MemberOut")


@_attrs_define
class MemberOut:
    """
    Attributes:
        id (UUID):
        center_id (UUID):
        role (str):
        organization (OrganizationOut):
        created_at (datetime.datetime):
    """

    id: UUID
    center_id: UUID
    role: str
    organization: OrganizationOut
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        center_id = str(self.center_id)

        role = self.role

        organization = self.organization.to_dict()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "center_id": center_id,
                "role": role,
                "organization": organization,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organization_out import OrganizationOut

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        center_id = UUID(d.pop("center_id"))

        role = d.pop("role")

        organization = OrganizationOut.from_dict(d.pop("organization"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        member_out = cls(
            id=id,
            center_id=center_id,
            role=role,
            organization=organization,
            created_at=created_at,
        )

        member_out.additional_properties = d
        return member_out

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
