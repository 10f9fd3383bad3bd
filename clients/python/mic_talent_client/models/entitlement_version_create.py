from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entitlement_row import EntitlementRow


T = TypeVar("T", bound="EntitlementVersionCreate")


@_attrs_define
class EntitlementVersionCreate:
    """
    Attributes:
        effective_from (datetime.date): China's calendar day it takes effect; today or later
        note (str): why this version: what changed and on whose word
        rows (list[EntitlementRow]): every talent level × service, each exactly once
        clause (str | Unset): the work-plan clause it applies Default: '五(七)'.
    """

    effective_from: datetime.date
    note: str
    rows: list[EntitlementRow]
    clause: str | Unset = "五(七)"

    def to_dict(self) -> dict[str, Any]:
        effective_from = self.effective_from.isoformat()

        note = self.note

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        clause = self.clause

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "effective_from": effective_from,
                "note": note,
                "rows": rows,
            }
        )
        if clause is not UNSET:
            field_dict["clause"] = clause

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entitlement_row import EntitlementRow

        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        note = d.pop("note")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = EntitlementRow.from_dict(rows_item_data)

            rows.append(rows_item)

        clause = d.pop("clause", UNSET)

        entitlement_version_create = cls(
            effective_from=effective_from,
            note=note,
            rows=rows,
            clause=clause,
        )

        return entitlement_version_create
