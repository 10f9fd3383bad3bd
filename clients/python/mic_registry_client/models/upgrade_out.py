from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.center_out import CenterOut


T = TypeVar("T", bound="UpgradeOut")


@_attrs_define
class UpgradeOut:
    """
    Attributes:
        id (UUID):
        center_id (UUID):
        from_tier (str):
        to_tier (str):
        approved_on (datetime.date):
        approving_authority (None | str):
        document_no (str):
        total_share_capital (str):
        paid_in_capital (None | str):
        requires_matching_funds (bool):
        created_at (datetime.datetime):
        center (CenterOut):
    """

    id: UUID
    center_id: UUID
    from_tier: str
    to_tier: str
    approved_on: datetime.date
    approving_authority: None | str
    document_no: str
    total_share_capital: str
    paid_in_capital: None | str
    requires_matching_funds: bool
    created_at: datetime.datetime
    center: CenterOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        center_id = str(self.center_id)

        from_tier = self.from_tier

        to_tier = self.to_tier

        approved_on = self.approved_on.isoformat()

        approving_authority: None | str
        approving_authority = self.approving_authority

        document_no = self.document_no

        total_share_capital = self.total_share_capital

        paid_in_capital: None | str
        paid_in_capital = self.paid_in_capital

        requires_matching_funds = self.requires_matching_funds

        created_at = self.created_at.isoformat()

        center = self.center.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "center_id": center_id,
                "from_tier": from_tier,
                "to_tier": to_tier,
                "approved_on": approved_on,
                "approving_authority": approving_authority,
                "document_no": document_no,
                "total_share_capital": total_share_capital,
                "paid_in_capital": paid_in_capital,
                "requires_matching_funds": requires_matching_funds,
                "created_at": created_at,
                "center": center,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.center_out import CenterOut

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        center_id = UUID(d.pop("center_id"))

        from_tier = d.pop("from_tier")

        to_tier = d.pop("to_tier")

        approved_on = datetime.date.fromisoformat(d.pop("approved_on"))

        def _parse_approving_authority(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approving_authority = _parse_approving_authority(d.pop("approving_authority"))

        document_no = d.pop("document_no")

        total_share_capital = d.pop("total_share_capital")

        def _parse_paid_in_capital(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        paid_in_capital = _parse_paid_in_capital(d.pop("paid_in_capital"))

        requires_matching_funds = d.pop("requires_matching_funds")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        center = CenterOut.from_dict(d.pop("center"))

        upgrade_out = cls(
            id=id,
            center_id=center_id,
            from_tier=from_tier,
            to_tier=to_tier,
            approved_on=approved_on,
            approving_authority=approving_authority,
            document_no=document_no,
            total_share_capital=total_share_capital,
            paid_in_capital=paid_in_capital,
            requires_matching_funds=requires_matching_funds,
            created_at=created_at,
            center=center,
        )

        upgrade_out.additional_properties = d
        return upgrade_out

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
