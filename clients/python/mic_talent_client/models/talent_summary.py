from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.year_figures import YearFigures


T = TypeVar("T", bound="TalentSummary")


@_attrs_define
class TalentSummary:
    """
    Attributes:
        center_id (UUID):
        years (list[YearFigures]):
        total (YearFigures):
        as_of (datetime.datetime | None): the last change of any figure; null before the first
    """

    center_id: UUID
    years: list[YearFigures]
    total: YearFigures
    as_of: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        center_id = str(self.center_id)

        years = []
        for years_item_data in self.years:
            years_item = years_item_data.to_dict()
            years.append(years_item)

        total = self.total.to_dict()

        as_of: None | str
        if isinstance(self.as_of, datetime.datetime):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "center_id": center_id,
                "years": years,
                "total": total,
                "as_of": as_of,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.year_figures import YearFigures

        d = dict(src_dict)
        center_id = UUID(d.pop("center_id"))

        years = []
        _years = d.pop("years")
        for years_item_data in _years:
            years_item = YearFigures.from_dict(years_item_data)

            years.append(years_item)

        total = YearFigures.from_dict(d.pop("total"))

        def _parse_as_of(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                as_of_type_0 = datetime.datetime.fromisoformat(data)

                return as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        as_of = _parse_as_of(d.pop("as_of"))

        talent_summary = cls(
            center_id=center_id,
            years=years,
            total=total,
            as_of=as_of,
        )

        talent_summary.additional_properties = d
        return talent_summary

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
