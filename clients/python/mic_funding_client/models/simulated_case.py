from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.outcome import Outcome
    from ..models.simulated_case_difference import SimulatedCaseDifference


T = TypeVar("T", bound="SimulatedCase")


@_attrs_define
class SimulatedCase:
    """
    Attributes:
        case_id (UUID):
        center_id (UUID):
        tier (str):
        triggered_on (datetime.date): the fact's date: an upgrade's approval, the end of a results year, a recognition
        in_window (bool): the triggering date falls in the simulated version's dates
        current (Outcome): What one version gives for one case; ``source`` says whether it was stored or computed now.
        simulated (Outcome): What one version gives for one case; ``source`` says whether it was stored or computed now.
        difference (SimulatedCaseDifference): simulated − current per option type (signed yuan)
    """

    case_id: UUID
    center_id: UUID
    tier: str
    triggered_on: datetime.date
    in_window: bool
    current: Outcome
    simulated: Outcome
    difference: SimulatedCaseDifference
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = str(self.case_id)

        center_id = str(self.center_id)

        tier = self.tier

        triggered_on = self.triggered_on.isoformat()

        in_window = self.in_window

        current = self.current.to_dict()

        simulated = self.simulated.to_dict()

        difference = self.difference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "center_id": center_id,
                "tier": tier,
                "triggered_on": triggered_on,
                "in_window": in_window,
                "current": current,
                "simulated": simulated,
                "difference": difference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.outcome import Outcome
        from ..models.simulated_case_difference import SimulatedCaseDifference

        d = dict(src_dict)
        case_id = UUID(d.pop("case_id"))

        center_id = UUID(d.pop("center_id"))

        tier = d.pop("tier")

        triggered_on = datetime.date.fromisoformat(d.pop("triggered_on"))

        in_window = d.pop("in_window")

        current = Outcome.from_dict(d.pop("current"))

        simulated = Outcome.from_dict(d.pop("simulated"))

        difference = SimulatedCaseDifference.from_dict(d.pop("difference"))

        simulated_case = cls(
            case_id=case_id,
            center_id=center_id,
            tier=tier,
            triggered_on=triggered_on,
            in_window=in_window,
            current=current,
            simulated=simulated,
            difference=difference,
        )

        simulated_case.additional_properties = d
        return simulated_case

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
