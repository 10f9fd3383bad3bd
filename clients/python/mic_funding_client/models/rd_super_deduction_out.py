from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rd_super_deduction_out_category import RdSuperDeductionOutCategory

if TYPE_CHECKING:
    from ..models.legal_basis import LegalBasis
    from ..models.rd_super_deduction_out_trace_item import RdSuperDeductionOutTraceItem


T = TypeVar("T", bound="RdSuperDeductionOut")


@_attrs_define
class RdSuperDeductionOut:
    """
    Attributes:
        year (int):
        category (RdSuperDeductionOutCategory):
        expensed (str):
        capitalized (str):
        extra_rate (str): decimal string, e.g. 1.20 for an extra 120%
        extra_deduction (str):
        amortization_base (str):
        legal_basis (LegalBasis):
        trace (list[RdSuperDeductionOutTraceItem]):
    """

    year: int
    category: RdSuperDeductionOutCategory
    expensed: str
    capitalized: str
    extra_rate: str
    extra_deduction: str
    amortization_base: str
    legal_basis: LegalBasis
    trace: list[RdSuperDeductionOutTraceItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        category = self.category.value

        expensed = self.expensed

        capitalized = self.capitalized

        extra_rate = self.extra_rate

        extra_deduction = self.extra_deduction

        amortization_base = self.amortization_base

        legal_basis = self.legal_basis.to_dict()

        trace = []
        for trace_item_data in self.trace:
            trace_item = trace_item_data.to_dict()
            trace.append(trace_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "category": category,
                "expensed": expensed,
                "capitalized": capitalized,
                "extra_rate": extra_rate,
                "extra_deduction": extra_deduction,
                "amortization_base": amortization_base,
                "legal_basis": legal_basis,
                "trace": trace,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.legal_basis import LegalBasis
        from ..models.rd_super_deduction_out_trace_item import (
            RdSuperDeductionOutTraceItem,
        )

        d = dict(src_dict)
        year = d.pop("year")

        category = RdSuperDeductionOutCategory(d.pop("category"))

        expensed = d.pop("expensed")

        capitalized = d.pop("capitalized")

        extra_rate = d.pop("extra_rate")

        extra_deduction = d.pop("extra_deduction")

        amortization_base = d.pop("amortization_base")

        legal_basis = LegalBasis.from_dict(d.pop("legal_basis"))

        trace = []
        _trace = d.pop("trace")
        for trace_item_data in _trace:
            trace_item = RdSuperDeductionOutTraceItem.from_dict(trace_item_data)

            trace.append(trace_item)

        rd_super_deduction_out = cls(
            year=year,
            category=category,
            expensed=expensed,
            capitalized=capitalized,
            extra_rate=extra_rate,
            extra_deduction=extra_deduction,
            amortization_base=amortization_base,
            legal_basis=legal_basis,
            trace=trace,
        )

        rd_super_deduction_out.additional_properties = d
        return rd_super_deduction_out

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
