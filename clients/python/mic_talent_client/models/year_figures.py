from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="YearFigures")


@_attrs_define
class YearFigures:
    """
    Attributes:
        year (int): the China calendar year
        introduced (int): talents introduced (引进) who joined that year
        trained (int): talents trained (培养) that year
        awarded (int): talent-programme awards (人才工程项目) that year
        services_fulfilled (int): housing, healthcare and education services given that year
    """

    year: int
    introduced: int
    trained: int
    awarded: int
    services_fulfilled: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        introduced = self.introduced

        trained = self.trained

        awarded = self.awarded

        services_fulfilled = self.services_fulfilled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "introduced": introduced,
                "trained": trained,
                "awarded": awarded,
                "services_fulfilled": services_fulfilled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        year = d.pop("year")

        introduced = d.pop("introduced")

        trained = d.pop("trained")

        awarded = d.pop("awarded")

        services_fulfilled = d.pop("services_fulfilled")

        year_figures = cls(
            year=year,
            introduced=introduced,
            trained=trained,
            awarded=awarded,
            services_fulfilled=services_fulfilled,
        )

        year_figures.additional_properties = d
        return year_figures

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
