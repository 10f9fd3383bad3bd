from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.line_out_trace_item import LineOutTraceItem
    from ..models.line_policy_ref import LinePolicyRef
    from ..models.option_out import OptionOut


T = TypeVar("T", bound="LineOut")


@_attrs_define
class LineOut:
    """One priced line: the city's rule or a district supplement (五(八)), with its own budget category.

    Attributes:
        policy (LinePolicyRef):
        jurisdiction (str):
        category (str):
        status (str):
        options (list[OptionOut]):
        reason (None | str):
        trace (list[LineOutTraceItem]):
        selected_option (None | str):
        approved_amount (None | str):
        disbursed_amount (str):
    """

    policy: LinePolicyRef
    jurisdiction: str
    category: str
    status: str
    options: list[OptionOut]
    reason: None | str
    trace: list[LineOutTraceItem]
    selected_option: None | str
    approved_amount: None | str
    disbursed_amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy = self.policy.to_dict()

        jurisdiction = self.jurisdiction

        category = self.category

        status = self.status

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        reason: None | str
        reason = self.reason

        trace = []
        for trace_item_data in self.trace:
            trace_item = trace_item_data.to_dict()
            trace.append(trace_item)

        selected_option: None | str
        selected_option = self.selected_option

        approved_amount: None | str
        approved_amount = self.approved_amount

        disbursed_amount = self.disbursed_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy": policy,
                "jurisdiction": jurisdiction,
                "category": category,
                "status": status,
                "options": options,
                "reason": reason,
                "trace": trace,
                "selected_option": selected_option,
                "approved_amount": approved_amount,
                "disbursed_amount": disbursed_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_out_trace_item import LineOutTraceItem
        from ..models.line_policy_ref import LinePolicyRef
        from ..models.option_out import OptionOut

        d = dict(src_dict)
        policy = LinePolicyRef.from_dict(d.pop("policy"))

        jurisdiction = d.pop("jurisdiction")

        category = d.pop("category")

        status = d.pop("status")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = OptionOut.from_dict(options_item_data)

            options.append(options_item)

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        trace = []
        _trace = d.pop("trace")
        for trace_item_data in _trace:
            trace_item = LineOutTraceItem.from_dict(trace_item_data)

            trace.append(trace_item)

        def _parse_selected_option(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        selected_option = _parse_selected_option(d.pop("selected_option"))

        def _parse_approved_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_amount = _parse_approved_amount(d.pop("approved_amount"))

        disbursed_amount = d.pop("disbursed_amount")

        line_out = cls(
            policy=policy,
            jurisdiction=jurisdiction,
            category=category,
            status=status,
            options=options,
            reason=reason,
            trace=trace,
            selected_option=selected_option,
            approved_amount=approved_amount,
            disbursed_amount=disbursed_amount,
        )

        line_out.additional_properties = d
        return line_out

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
