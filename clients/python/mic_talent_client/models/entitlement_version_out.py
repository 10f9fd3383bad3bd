from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entitlement_row import EntitlementRow


T = TypeVar("T", bound="EntitlementVersionOut")


@_attrs_define
class EntitlementVersionOut:
    """
    Attributes:
        id (UUID):
        version (int):
        effective_from (datetime.date):
        clause (str):
        note (str):
        published_by (str):
        published_at (datetime.datetime):
        rows (list[EntitlementRow]):
    """

    id: UUID
    version: int
    effective_from: datetime.date
    clause: str
    note: str
    published_by: str
    published_at: datetime.datetime
    rows: list[EntitlementRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        version = self.version

        effective_from = self.effective_from.isoformat()

        clause = self.clause

        note = self.note

        published_by = self.published_by

        published_at = self.published_at.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "effective_from": effective_from,
                "clause": clause,
                "note": note,
                "published_by": published_by,
                "published_at": published_at,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entitlement_row import EntitlementRow

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        version = d.pop("version")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        clause = d.pop("clause")

        note = d.pop("note")

        published_by = d.pop("published_by")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = EntitlementRow.from_dict(rows_item_data)

            rows.append(rows_item)

        entitlement_version_out = cls(
            id=id,
            version=version,
            effective_from=effective_from,
            clause=clause,
            note=note,
            published_by=published_by,
            published_at=published_at,
            rows=rows,
        )

        entitlement_version_out.additional_properties = d
        return entitlement_version_out

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
