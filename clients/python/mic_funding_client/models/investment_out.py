from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fund import Fund

T = TypeVar("T", bound="InvestmentOut")


@_attrs_define
class InvestmentOut:
    """
    Attributes:
        id (UUID):
        fund (Fund): The city's guide funds named in `五(三)`.
        center_id (UUID):
        investee_name (str):
        investee_uscc (str):
        amount (str):
        stake_percent (str):
        invested_on (datetime.date):
        investee_relation (None | str): lead, member, shareholder, alliance_member or legal_entity; null: justified
        investee_justification (None | str):
        recorded_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    fund: Fund
    center_id: UUID
    investee_name: str
    investee_uscc: str
    amount: str
    stake_percent: str
    invested_on: datetime.date
    investee_relation: None | str
    investee_justification: None | str
    recorded_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        fund = self.fund.value

        center_id = str(self.center_id)

        investee_name = self.investee_name

        investee_uscc = self.investee_uscc

        amount = self.amount

        stake_percent = self.stake_percent

        invested_on = self.invested_on.isoformat()

        investee_relation: None | str
        investee_relation = self.investee_relation

        investee_justification: None | str
        investee_justification = self.investee_justification

        recorded_by = self.recorded_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fund": fund,
                "center_id": center_id,
                "investee_name": investee_name,
                "investee_uscc": investee_uscc,
                "amount": amount,
                "stake_percent": stake_percent,
                "invested_on": invested_on,
                "investee_relation": investee_relation,
                "investee_justification": investee_justification,
                "recorded_by": recorded_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        fund = Fund(d.pop("fund"))

        center_id = UUID(d.pop("center_id"))

        investee_name = d.pop("investee_name")

        investee_uscc = d.pop("investee_uscc")

        amount = d.pop("amount")

        stake_percent = d.pop("stake_percent")

        invested_on = datetime.date.fromisoformat(d.pop("invested_on"))

        def _parse_investee_relation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        investee_relation = _parse_investee_relation(d.pop("investee_relation"))

        def _parse_investee_justification(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        investee_justification = _parse_investee_justification(
            d.pop("investee_justification")
        )

        recorded_by = d.pop("recorded_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        investment_out = cls(
            id=id,
            fund=fund,
            center_id=center_id,
            investee_name=investee_name,
            investee_uscc=investee_uscc,
            amount=amount,
            stake_percent=stake_percent,
            invested_on=invested_on,
            investee_relation=investee_relation,
            investee_justification=investee_justification,
            recorded_by=recorded_by,
            created_at=created_at,
        )

        investment_out.additional_properties = d
        return investment_out

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
