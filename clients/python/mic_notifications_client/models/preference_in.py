from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.kind import Kind

T = TypeVar("T", bound="PreferenceIn")


@_attrs_define
class PreferenceIn:
    """
    Attributes:
        email (str):
        kinds (list[Kind]): empty: registered, but nothing is sent
    """

    email: str
    kinds: list[Kind]

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        kinds = []
        for kinds_item_data in self.kinds:
            kinds_item = kinds_item_data.value
            kinds.append(kinds_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "kinds": kinds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        kinds = []
        _kinds = d.pop("kinds")
        for kinds_item_data in _kinds:
            kinds_item = Kind(kinds_item_data)

            kinds.append(kinds_item)

        preference_in = cls(
            email=email,
            kinds=kinds,
        )

        return preference_in
