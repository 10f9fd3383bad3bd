from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.upgrade_create_to_tier import UpgradeCreateToTier
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpgradeCreate")


@_attrs_define
class UpgradeCreate:
    """
    Attributes:
        to_tier (UpgradeCreateToTier):
        approved_on (datetime.date):
        document_no (str):
        total_share_capital (str): 项目总股本, decimal yuan
        requires_matching_funds (bool): 国家/省规定须地方配套
        approving_authority (None | str | Unset):
        paid_in_capital (None | str | Unset): 实缴注册资本, decimal yuan
    """

    to_tier: UpgradeCreateToTier
    approved_on: datetime.date
    document_no: str
    total_share_capital: str
    requires_matching_funds: bool
    approving_authority: None | str | Unset = UNSET
    paid_in_capital: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to_tier = self.to_tier.value

        approved_on = self.approved_on.isoformat()

        document_no = self.document_no

        total_share_capital = self.total_share_capital

        requires_matching_funds = self.requires_matching_funds

        approving_authority: None | str | Unset
        if isinstance(self.approving_authority, Unset):
            approving_authority = UNSET
        else:
            approving_authority = self.approving_authority

        paid_in_capital: None | str | Unset
        if isinstance(self.paid_in_capital, Unset):
            paid_in_capital = UNSET
        else:
            paid_in_capital = self.paid_in_capital

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to_tier": to_tier,
                "approved_on": approved_on,
                "document_no": document_no,
                "total_share_capital": total_share_capital,
                "requires_matching_funds": requires_matching_funds,
            }
        )
        if approving_authority is not UNSET:
            field_dict["approving_authority"] = approving_authority
        if paid_in_capital is not UNSET:
            field_dict["paid_in_capital"] = paid_in_capital

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        to_tier = UpgradeCreateToTier(d.pop("to_tier"))

        approved_on = datetime.date.fromisoformat(d.pop("approved_on"))

        document_no = d.pop("document_no")

        total_share_capital = d.pop("total_share_capital")

        requires_matching_funds = d.pop("requires_matching_funds")

        def _parse_approving_authority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approving_authority = _parse_approving_authority(
            d.pop("approving_authority", UNSET)
        )

        def _parse_paid_in_capital(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paid_in_capital = _parse_paid_in_capital(d.pop("paid_in_capital", UNSET))

        upgrade_create = cls(
            to_tier=to_tier,
            approved_on=approved_on,
            document_no=document_no,
            total_share_capital=total_share_capital,
            requires_matching_funds=requires_matching_funds,
            approving_authority=approving_authority,
            paid_in_capital=paid_in_capital,
        )

        return upgrade_create
