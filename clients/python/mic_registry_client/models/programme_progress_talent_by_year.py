from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.talent_figures import TalentFigures


T = TypeVar("T", bound="ProgrammeProgressTalentByYear")


@_attrs_define
class ProgrammeProgressTalentByYear:
    """per year, the talent service's figures (三(六)) summed over the programme's centers, every status as in total_centers;
    a year talent recorded nothing for is absent

    """

    additional_properties: dict[str, TalentFigures] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.talent_figures import TalentFigures

        d = dict(src_dict)
        programme_progress_talent_by_year = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = TalentFigures.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        programme_progress_talent_by_year.additional_properties = additional_properties
        return programme_progress_talent_by_year

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> TalentFigures:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: TalentFigures) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
