from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simulated_case import SimulatedCase
    from ..models.simulation_out_status_counts import SimulationOutStatusCounts
    from ..models.simulation_out_totals import SimulationOutTotals


T = TypeVar("T", bound="SimulationOut")


@_attrs_define
class SimulationOut:
    """
    Attributes:
        policy_code (str):
        version (int):
        status (str):
        rule_kind (str):
        effective_from (datetime.date):
        effective_to (datetime.date | None):
        cases (list[SimulatedCase]):
        totals (SimulationOutTotals): per option type, summed over the cases
        status_counts (SimulationOutStatusCounts): current and simulated case statuses
        note (str):
        written (bool | Unset):  Default: False.
    """

    policy_code: str
    version: int
    status: str
    rule_kind: str
    effective_from: datetime.date
    effective_to: datetime.date | None
    cases: list[SimulatedCase]
    totals: SimulationOutTotals
    status_counts: SimulationOutStatusCounts
    note: str
    written: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_code = self.policy_code

        version = self.version

        status = self.status

        rule_kind = self.rule_kind

        effective_from = self.effective_from.isoformat()

        effective_to: None | str
        if isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        cases = []
        for cases_item_data in self.cases:
            cases_item = cases_item_data.to_dict()
            cases.append(cases_item)

        totals = self.totals.to_dict()

        status_counts = self.status_counts.to_dict()

        note = self.note

        written = self.written

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy_code": policy_code,
                "version": version,
                "status": status,
                "rule_kind": rule_kind,
                "effective_from": effective_from,
                "effective_to": effective_to,
                "cases": cases,
                "totals": totals,
                "status_counts": status_counts,
                "note": note,
            }
        )
        if written is not UNSET:
            field_dict["written"] = written

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.simulated_case import SimulatedCase
        from ..models.simulation_out_status_counts import SimulationOutStatusCounts
        from ..models.simulation_out_totals import SimulationOutTotals

        d = dict(src_dict)
        policy_code = d.pop("policy_code")

        version = d.pop("version")

        status = d.pop("status")

        rule_kind = d.pop("rule_kind")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        def _parse_effective_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)

                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_to = _parse_effective_to(d.pop("effective_to"))

        cases = []
        _cases = d.pop("cases")
        for cases_item_data in _cases:
            cases_item = SimulatedCase.from_dict(cases_item_data)

            cases.append(cases_item)

        totals = SimulationOutTotals.from_dict(d.pop("totals"))

        status_counts = SimulationOutStatusCounts.from_dict(d.pop("status_counts"))

        note = d.pop("note")

        written = d.pop("written", UNSET)

        simulation_out = cls(
            policy_code=policy_code,
            version=version,
            status=status,
            rule_kind=rule_kind,
            effective_from=effective_from,
            effective_to=effective_to,
            cases=cases,
            totals=totals,
            status_counts=status_counts,
            note=note,
            written=written,
        )

        simulation_out.additional_properties = d
        return simulation_out

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
