from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.totals_by import TotalsBy

if TYPE_CHECKING:
    from ..models.total_row import TotalRow


T = TypeVar("T", bound="Totals")


@_attrs_define
class Totals:
    """
    Attributes:
        by (TotalsBy):
        items (list[TotalRow]):
        count (int):
        amount (str):
    """

    by: TotalsBy
    items: list[TotalRow]
    count: int
    amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by = self.by.value

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        count = self.count

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by": by,
                "items": items,
                "count": count,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.total_row import TotalRow

        d = dict(src_dict)
        by = TotalsBy(d.pop("by"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = TotalRow.from_dict(items_item_data)

            items.append(items_item)

        count = d.pop("count")

        amount = d.pop("amount")

        totals = cls(
            by=by,
            items=items,
            count=count,
            amount=amount,
        )

        totals.additional_properties = d
        return totals

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
