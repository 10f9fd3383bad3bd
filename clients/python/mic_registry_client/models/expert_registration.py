from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.declaration import Declaration


T = TypeVar("T", bound="ExpertRegistration")


@_attrs_define
class ExpertRegistration:
    """
    Attributes:
        expert_sub (str): the expert's token subject
        name (str):
        declaration (Declaration | None | Unset): recorded now when given; without one the expert is registered but not
            assignable
    """

    expert_sub: str
    name: str
    declaration: Declaration | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.declaration import Declaration

        expert_sub = self.expert_sub

        name = self.name

        declaration: dict[str, Any] | None | Unset
        if isinstance(self.declaration, Unset):
            declaration = UNSET
        elif isinstance(self.declaration, Declaration):
            declaration = self.declaration.to_dict()
        else:
            declaration = self.declaration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expert_sub": expert_sub,
                "name": name,
            }
        )
        if declaration is not UNSET:
            field_dict["declaration"] = declaration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.declaration import Declaration

        d = dict(src_dict)
        expert_sub = d.pop("expert_sub")

        name = d.pop("name")

        def _parse_declaration(data: object) -> Declaration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                declaration_type_0 = Declaration.from_dict(data)

                return declaration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Declaration | None | Unset, data)

        declaration = _parse_declaration(d.pop("declaration", UNSET))

        expert_registration = cls(
            expert_sub=expert_sub,
            name=name,
            declaration=declaration,
        )

        return expert_registration
