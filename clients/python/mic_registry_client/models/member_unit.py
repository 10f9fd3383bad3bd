from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberUnit")


@_attrs_define
class MemberUnit:
    """
    Attributes:
        name (str):
        uscc (None | str | Unset):
    """

    name: str
    uscc: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        uscc: None | str | Unset
        if isinstance(self.uscc, Unset):
            uscc = UNSET
        else:
            uscc = self.uscc

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if uscc is not UNSET:
            field_dict["uscc"] = uscc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_uscc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uscc = _parse_uscc(d.pop("uscc", UNSET))

        member_unit = cls(
            name=name,
            uscc=uscc,
        )

        return member_unit
