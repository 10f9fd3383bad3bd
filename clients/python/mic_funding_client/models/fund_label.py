from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fund import Fund

T = TypeVar("T", bound="FundLabel")


@_attrs_define
class FundLabel:
    """
    Attributes:
        value (Fund): The city's guide funds named in `五(三)`.
        zh (str):
        en (str):
    """

    value: Fund
    zh: str
    en: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value.value

        zh = self.zh

        en = self.en

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "zh": zh,
                "en": en,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = Fund(d.pop("value"))

        zh = d.pop("zh")

        en = d.pop("en")

        fund_label = cls(
            value=value,
            zh=zh,
            en=en,
        )

        fund_label.additional_properties = d
        return fund_label

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
