from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_source import OutcomeSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.outcome_trace_type_0_item import OutcomeTraceType0Item
    from ..models.simulated_option import SimulatedOption


T = TypeVar("T", bound="Outcome")


@_attrs_define
class Outcome:
    """What one version gives for one case; ``source`` says whether it was stored or computed now.

    Attributes:
        source (OutcomeSource):
        policy_version (int | None):
        status (str):
        options (list[SimulatedOption]):
        reason (None | str | Unset):
        trace (list[OutcomeTraceType0Item] | None | Unset):
    """

    source: OutcomeSource
    policy_version: int | None
    status: str
    options: list[SimulatedOption]
    reason: None | str | Unset = UNSET
    trace: list[OutcomeTraceType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        policy_version: int | None
        policy_version = self.policy_version

        status = self.status

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        trace: list[dict[str, Any]] | None | Unset
        if isinstance(self.trace, Unset):
            trace = UNSET
        elif isinstance(self.trace, list):
            trace = []
            for trace_type_0_item_data in self.trace:
                trace_type_0_item = trace_type_0_item_data.to_dict()
                trace.append(trace_type_0_item)

        else:
            trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "policy_version": policy_version,
                "status": status,
                "options": options,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.outcome_trace_type_0_item import OutcomeTraceType0Item
        from ..models.simulated_option import SimulatedOption

        d = dict(src_dict)
        source = OutcomeSource(d.pop("source"))

        def _parse_policy_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        policy_version = _parse_policy_version(d.pop("policy_version"))

        status = d.pop("status")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = SimulatedOption.from_dict(options_item_data)

            options.append(options_item)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_trace(data: object) -> list[OutcomeTraceType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trace_type_0 = []
                _trace_type_0 = data
                for trace_type_0_item_data in _trace_type_0:
                    trace_type_0_item = OutcomeTraceType0Item.from_dict(
                        trace_type_0_item_data
                    )

                    trace_type_0.append(trace_type_0_item)

                return trace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OutcomeTraceType0Item] | None | Unset, data)

        trace = _parse_trace(d.pop("trace", UNSET))

        outcome = cls(
            source=source,
            policy_version=policy_version,
            status=status,
            options=options,
            reason=reason,
            trace=trace,
        )

        outcome.additional_properties = d
        return outcome

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
