from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.option_in_type import OptionInType

T = TypeVar("T", bound="OptionIn")


@_attrs_define
class OptionIn:
    """
    Attributes:
        type_ (OptionInType):
        amount (str):
    """

    type_: OptionInType
    amount: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = OptionInType(d.pop("type"))

        amount = d.pop("amount")

        option_in = cls(
            type_=type_,
            amount=amount,
        )

        return option_in
