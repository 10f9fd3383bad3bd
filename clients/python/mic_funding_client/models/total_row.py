from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TotalRow")


@_attrs_define
class TotalRow:
    """
    Attributes:
        key (str): the fund code or the center id
        count (int):
        amount (str):
        label_zh (None | str | Unset):
        label_en (None | str | Unset):
    """

    key: str
    count: int
    amount: str
    label_zh: None | str | Unset = UNSET
    label_en: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        count = self.count

        amount = self.amount

        label_zh: None | str | Unset
        if isinstance(self.label_zh, Unset):
            label_zh = UNSET
        else:
            label_zh = self.label_zh

        label_en: None | str | Unset
        if isinstance(self.label_en, Unset):
            label_en = UNSET
        else:
            label_en = self.label_en

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "count": count,
                "amount": amount,
            }
        )
        if label_zh is not UNSET:
            field_dict["label_zh"] = label_zh
        if label_en is not UNSET:
            field_dict["label_en"] = label_en

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        count = d.pop("count")

        amount = d.pop("amount")

        def _parse_label_zh(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_zh = _parse_label_zh(d.pop("label_zh", UNSET))

        def _parse_label_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_en = _parse_label_en(d.pop("label_en", UNSET))

        total_row = cls(
            key=key,
            count=count,
            amount=amount,
            label_zh=label_zh,
            label_en=label_en,
        )

        total_row.additional_properties = d
        return total_row

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
