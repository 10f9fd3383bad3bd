from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.disbursement_out_allocations_item import (
        DisbursementOutAllocationsItem,
    )


T = TypeVar("T", bound="DisbursementOut")


@_attrs_define
class DisbursementOut:
    """
    Attributes:
        id (UUID):
        voucher_no (str):
        amount (str):
        paid_on (datetime.date):
        allocations (list[DisbursementOutAllocationsItem]):
        recorded_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    voucher_no: str
    amount: str
    paid_on: datetime.date
    allocations: list[DisbursementOutAllocationsItem]
    recorded_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        voucher_no = self.voucher_no

        amount = self.amount

        paid_on = self.paid_on.isoformat()

        allocations = []
        for allocations_item_data in self.allocations:
            allocations_item = allocations_item_data.to_dict()
            allocations.append(allocations_item)

        recorded_by = self.recorded_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "voucher_no": voucher_no,
                "amount": amount,
                "paid_on": paid_on,
                "allocations": allocations,
                "recorded_by": recorded_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.disbursement_out_allocations_item import (
            DisbursementOutAllocationsItem,
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        voucher_no = d.pop("voucher_no")

        amount = d.pop("amount")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        allocations = []
        _allocations = d.pop("allocations")
        for allocations_item_data in _allocations:
            allocations_item = DisbursementOutAllocationsItem.from_dict(
                allocations_item_data
            )

            allocations.append(allocations_item)

        recorded_by = d.pop("recorded_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        disbursement_out = cls(
            id=id,
            voucher_no=voucher_no,
            amount=amount,
            paid_on=paid_on,
            allocations=allocations,
            recorded_by=recorded_by,
            created_at=created_at,
        )

        disbursement_out.additional_properties = d
        return disbursement_out

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
