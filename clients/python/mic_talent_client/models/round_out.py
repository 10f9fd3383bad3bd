from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RoundOut")


@_attrs_define
class RoundOut:
    """
    Attributes:
        id (UUID):
        programme_id (UUID):
        programme_code (str):
        year (int):
        opens_on (datetime.date):
        deadline (datetime.date):
        closes_at (datetime.datetime): the end of the deadline day in China (UTC+8), in UTC
        closed (bool): true once the deadline day is over in China
        created_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    programme_id: UUID
    programme_code: str
    year: int
    opens_on: datetime.date
    deadline: datetime.date
    closes_at: datetime.datetime
    closed: bool
    created_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        programme_id = str(self.programme_id)

        programme_code = self.programme_code

        year = self.year

        opens_on = self.opens_on.isoformat()

        deadline = self.deadline.isoformat()

        closes_at = self.closes_at.isoformat()

        closed = self.closed

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "programme_id": programme_id,
                "programme_code": programme_code,
                "year": year,
                "opens_on": opens_on,
                "deadline": deadline,
                "closes_at": closes_at,
                "closed": closed,
                "created_by": created_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        programme_id = UUID(d.pop("programme_id"))

        programme_code = d.pop("programme_code")

        year = d.pop("year")

        opens_on = datetime.date.fromisoformat(d.pop("opens_on"))

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))

        closed = d.pop("closed")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        round_out = cls(
            id=id,
            programme_id=programme_id,
            programme_code=programme_code,
            year=year,
            opens_on=opens_on,
            deadline=deadline,
            closes_at=closes_at,
            closed=closed,
            created_by=created_by,
            created_at=created_at,
        )

        round_out.additional_properties = d
        return round_out

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
