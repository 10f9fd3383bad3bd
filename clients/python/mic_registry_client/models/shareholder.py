from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Shareholder")


@_attrs_define
class Shareholder:
    """
    Attributes:
        name (str):
        uscc (None | str | Unset):
        share_ratio (None | str | Unset): 持股比例, percent (0, 100]
    """

    name: str
    uscc: None | str | Unset = UNSET
    share_ratio: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        uscc: None | str | Unset
        if isinstance(self.uscc, Unset):
            uscc = UNSET
        else:
            uscc = self.uscc

        share_ratio: None | str | Unset
        if isinstance(self.share_ratio, Unset):
            share_ratio = UNSET
        else:
            share_ratio = self.share_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if uscc is not UNSET:
            field_dict["uscc"] = uscc
        if share_ratio is not UNSET:
            field_dict["share_ratio"] = share_ratio

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

        def _parse_share_ratio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        share_ratio = _parse_share_ratio(d.pop("share_ratio", UNSET))

        shareholder = cls(
            name=name,
            uscc=uscc,
            share_ratio=share_ratio,
        )

        return shareholder
