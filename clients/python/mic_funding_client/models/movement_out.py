from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MovementOut")


@_attrs_define
class MovementOut:
    """
    Attributes:
        id (UUID):
        budget_id (UUID):
        year (int):
        category (str):
        kind (str):
        amount (str):
        reference (str):
        actor (str):
        allocated_after (str):
        committed_after (str):
        disbursed_after (str):
        created_at (datetime.datetime):
    """

    id: UUID
    budget_id: UUID
    year: int
    category: str
    kind: str
    amount: str
    reference: str
    actor: str
    allocated_after: str
    committed_after: str
    disbursed_after: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        budget_id = str(self.budget_id)

        year = self.year

        category = self.category

        kind = self.kind

        amount = self.amount

        reference = self.reference

        actor = self.actor

        allocated_after = self.allocated_after

        committed_after = self.committed_after

        disbursed_after = self.disbursed_after

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "budget_id": budget_id,
                "year": year,
                "category": category,
                "kind": kind,
                "amount": amount,
                "reference": reference,
                "actor": actor,
                "allocated_after": allocated_after,
                "committed_after": committed_after,
                "disbursed_after": disbursed_after,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        budget_id = UUID(d.pop("budget_id"))

        year = d.pop("year")

        category = d.pop("category")

        kind = d.pop("kind")

        amount = d.pop("amount")

        reference = d.pop("reference")

        actor = d.pop("actor")

        allocated_after = d.pop("allocated_after")

        committed_after = d.pop("committed_after")

        disbursed_after = d.pop("disbursed_after")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        movement_out = cls(
            id=id,
            budget_id=budget_id,
            year=year,
            category=category,
            kind=kind,
            amount=amount,
            reference=reference,
            actor=actor,
            allocated_after=allocated_after,
            committed_after=committed_after,
            disbursed_after=disbursed_after,
            created_at=created_at,
        )

        movement_out.additional_properties = d
        return movement_out

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
