from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TalentRecords")


@_attrs_define
class TalentRecords:
    """What the talent service recorded for a center's year, beside what the center reports.

    Attributes:
        introduced (int): talents who joined by introduction (引进) that year
        trained (int): talents who joined by training (培养) that year
        awarded (int): talent-programme awards (人才项目入选) that year
        services_fulfilled (int): housing, healthcare and education support services given (人才服务) that year
        as_of (datetime.datetime): when talent last changed these figures
    """

    introduced: int
    trained: int
    awarded: int
    services_fulfilled: int
    as_of: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        introduced = self.introduced

        trained = self.trained

        awarded = self.awarded

        services_fulfilled = self.services_fulfilled

        as_of = self.as_of.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "introduced": introduced,
                "trained": trained,
                "awarded": awarded,
                "services_fulfilled": services_fulfilled,
                "as_of": as_of,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        introduced = d.pop("introduced")

        trained = d.pop("trained")

        awarded = d.pop("awarded")

        services_fulfilled = d.pop("services_fulfilled")

        as_of = datetime.datetime.fromisoformat(d.pop("as_of"))

        talent_records = cls(
            introduced=introduced,
            trained=trained,
            awarded=awarded,
            services_fulfilled=services_fulfilled,
            as_of=as_of,
        )

        talent_records.additional_properties = d
        return talent_records

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
