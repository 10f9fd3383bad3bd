from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.fund import Fund
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvestmentCreate")


@_attrs_define
class InvestmentCreate:
    """
    Attributes:
        fund (Fund): The city's guide funds named in `五(三)`.
        center_id (UUID): the center invested in, or whose member enterprise is
        investee_name (str):
        investee_uscc (str): 统一社会信用代码 (GB 32100-2015)
        amount (str):
        stake_percent (str):
        invested_on (datetime.date):
        investee_justification (None | str | Unset): required when the investee is neither the center (its legal entity)
            nor one of its member organizations: why the fund invests there; kept with the investment
    """

    fund: Fund
    center_id: UUID
    investee_name: str
    investee_uscc: str
    amount: str
    stake_percent: str
    invested_on: datetime.date
    investee_justification: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        fund = self.fund.value

        center_id = str(self.center_id)

        investee_name = self.investee_name

        investee_uscc = self.investee_uscc

        amount = self.amount

        stake_percent = self.stake_percent

        invested_on = self.invested_on.isoformat()

        investee_justification: None | str | Unset
        if isinstance(self.investee_justification, Unset):
            investee_justification = UNSET
        else:
            investee_justification = self.investee_justification

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fund": fund,
                "center_id": center_id,
                "investee_name": investee_name,
                "investee_uscc": investee_uscc,
                "amount": amount,
                "stake_percent": stake_percent,
                "invested_on": invested_on,
            }
        )
        if investee_justification is not UNSET:
            field_dict["investee_justification"] = investee_justification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fund = Fund(d.pop("fund"))

        center_id = UUID(d.pop("center_id"))

        investee_name = d.pop("investee_name")

        investee_uscc = d.pop("investee_uscc")

        amount = d.pop("amount")

        stake_percent = d.pop("stake_percent")

        invested_on = datetime.date.fromisoformat(d.pop("invested_on"))

        def _parse_investee_justification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        investee_justification = _parse_investee_justification(
            d.pop("investee_justification", UNSET)
        )

        investment_create = cls(
            fund=fund,
            center_id=center_id,
            investee_name=investee_name,
            investee_uscc=investee_uscc,
            amount=amount,
            stake_percent=stake_percent,
            invested_on=invested_on,
            investee_justification=investee_justification,
        )

        return investment_create
