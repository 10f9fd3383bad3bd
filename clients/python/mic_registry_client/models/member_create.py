from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.member_role import MemberRole

T = TypeVar("T", bound="MemberCreate")


@_attrs_define
class MemberCreate:
    """
    Attributes:
        organization_id (UUID):
        role (MemberRole):
    """

    organization_id: UUID
    role: MemberRole

    def to_dict(self) -> dict[str, Any]:
        organization_id = str(self.organization_id)

        role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organization_id": organization_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organization_id = UUID(d.pop("organization_id"))

        role = MemberRole(d.pop("role"))

        member_create = cls(
            organization_id=organization_id,
            role=role,
        )

        return member_create
