from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BudgetOut")


@_attrs_define
class BudgetOut:
    """
    Attributes:
        id (UUID):
        year (int):
        category (str):
        allocated (str):
        committed (str):
        disbursed (str):
        version (int):
        created_by (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        available (str):
    """

    id: UUID
    year: int
    category: str
    allocated: str
    committed: str
    disbursed: str
    version: int
    created_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    available: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        year = self.year

        category = self.category

        allocated = self.allocated

        committed = self.committed

        disbursed = self.disbursed

        version = self.version

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        available = self.available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "year": year,
                "category": category,
                "allocated": allocated,
                "committed": committed,
                "disbursed": disbursed,
                "version": version,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
                "available": available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        year = d.pop("year")

        category = d.pop("category")

        allocated = d.pop("allocated")

        committed = d.pop("committed")

        disbursed = d.pop("disbursed")

        version = d.pop("version")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        available = d.pop("available")

        budget_out = cls(
            id=id,
            year=year,
            category=category,
            allocated=allocated,
            committed=committed,
            disbursed=disbursed,
            version=version,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            available=available,
        )

        budget_out.additional_properties = d
        return budget_out

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
