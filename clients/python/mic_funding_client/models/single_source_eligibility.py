from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SingleSourceEligibility")


@_attrs_define
class SingleSourceEligibility:
    """
    Attributes:
        product_name (str):
        maker_uscc (str):
        year (int):
        eligible (bool):
        basis (str):
        recognitions (list[UUID]):
    """

    product_name: str
    maker_uscc: str
    year: int
    eligible: bool
    basis: str
    recognitions: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_name = self.product_name

        maker_uscc = self.maker_uscc

        year = self.year

        eligible = self.eligible

        basis = self.basis

        recognitions = []
        for recognitions_item_data in self.recognitions:
            recognitions_item = str(recognitions_item_data)
            recognitions.append(recognitions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_name": product_name,
                "maker_uscc": maker_uscc,
                "year": year,
                "eligible": eligible,
                "basis": basis,
                "recognitions": recognitions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_name = d.pop("product_name")

        maker_uscc = d.pop("maker_uscc")

        year = d.pop("year")

        eligible = d.pop("eligible")

        basis = d.pop("basis")

        recognitions = []
        _recognitions = d.pop("recognitions")
        for recognitions_item_data in _recognitions:
            recognitions_item = UUID(recognitions_item_data)

            recognitions.append(recognitions_item)

        single_source_eligibility = cls(
            product_name=product_name,
            maker_uscc=maker_uscc,
            year=year,
            eligible=eligible,
            basis=basis,
            recognitions=recognitions,
        )

        single_source_eligibility.additional_properties = d
        return single_source_eligibility

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
