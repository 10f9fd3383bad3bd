from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.declaration_out import DeclarationOut


T = TypeVar("T", bound="RegisteredExpertOut")


@_attrs_define
class RegisteredExpertOut:
    """
    Attributes:
        expert_sub (str):
        name (str):
        declaration (DeclarationOut | None): null until a declaration is recorded
        version (int):
        created_by (str):
        created_at (datetime.datetime):
        updated_by (str):
        updated_at (datetime.datetime):
    """

    expert_sub: str
    name: str
    declaration: DeclarationOut | None
    version: int
    created_by: str
    created_at: datetime.datetime
    updated_by: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.declaration_out import DeclarationOut

        expert_sub = self.expert_sub

        name = self.name

        declaration: dict[str, Any] | None
        if isinstance(self.declaration, DeclarationOut):
            declaration = self.declaration.to_dict()
        else:
            declaration = self.declaration

        version = self.version

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_by = self.updated_by

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expert_sub": expert_sub,
                "name": name,
                "declaration": declaration,
                "version": version,
                "created_by": created_by,
                "created_at": created_at,
                "updated_by": updated_by,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.declaration_out import DeclarationOut

        d = dict(src_dict)
        expert_sub = d.pop("expert_sub")

        name = d.pop("name")

        def _parse_declaration(data: object) -> DeclarationOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                declaration_type_0 = DeclarationOut.from_dict(data)

                return declaration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeclarationOut | None, data)

        declaration = _parse_declaration(d.pop("declaration"))

        version = d.pop("version")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_by = d.pop("updated_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        registered_expert_out = cls(
            expert_sub=expert_sub,
            name=name,
            declaration=declaration,
            version=version,
            created_by=created_by,
            created_at=created_at,
            updated_by=updated_by,
            updated_at=updated_at,
        )

        registered_expert_out.additional_properties = d
        return registered_expert_out

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
