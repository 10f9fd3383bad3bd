from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RoundCreate")


@_attrs_define
class RoundCreate:
    """
    Attributes:
        year (int): one round per programme and year
        opens_on (datetime.date): the day the call opens
        deadline (datetime.date): the last day (China) to apply, recommend and submit
    """

    year: int
    opens_on: datetime.date
    deadline: datetime.date

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        opens_on = self.opens_on.isoformat()

        deadline = self.deadline.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
                "opens_on": opens_on,
                "deadline": deadline,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        year = d.pop("year")

        opens_on = datetime.date.fromisoformat(d.pop("opens_on"))

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        round_create = cls(
            year=year,
            opens_on=opens_on,
            deadline=deadline,
        )

        return round_create
