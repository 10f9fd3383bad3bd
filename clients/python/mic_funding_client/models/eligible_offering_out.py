from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EligibleOfferingOut")


@_attrs_define
class EligibleOfferingOut:
    """
    Attributes:
        offering_id (UUID):
        offering_name (str):
        center_id (UUID):
        pilot_id (UUID):
        scenario_id (UUID):
        scenario_title (str):
        completed_on (datetime.date):
        created_at (datetime.datetime):
    """

    offering_id: UUID
    offering_name: str
    center_id: UUID
    pilot_id: UUID
    scenario_id: UUID
    scenario_title: str
    completed_on: datetime.date
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offering_id = str(self.offering_id)

        offering_name = self.offering_name

        center_id = str(self.center_id)

        pilot_id = str(self.pilot_id)

        scenario_id = str(self.scenario_id)

        scenario_title = self.scenario_title

        completed_on = self.completed_on.isoformat()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offering_id": offering_id,
                "offering_name": offering_name,
                "center_id": center_id,
                "pilot_id": pilot_id,
                "scenario_id": scenario_id,
                "scenario_title": scenario_title,
                "completed_on": completed_on,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        offering_id = UUID(d.pop("offering_id"))

        offering_name = d.pop("offering_name")

        center_id = UUID(d.pop("center_id"))

        pilot_id = UUID(d.pop("pilot_id"))

        scenario_id = UUID(d.pop("scenario_id"))

        scenario_title = d.pop("scenario_title")

        completed_on = datetime.date.fromisoformat(d.pop("completed_on"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        eligible_offering_out = cls(
            offering_id=offering_id,
            offering_name=offering_name,
            center_id=center_id,
            pilot_id=pilot_id,
            scenario_id=scenario_id,
            scenario_title=scenario_title,
            completed_on=completed_on,
            created_at=created_at,
        )

        eligible_offering_out.additional_properties = d
        return eligible_offering_out

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
