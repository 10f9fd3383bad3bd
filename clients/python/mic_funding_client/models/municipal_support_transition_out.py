from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MunicipalSupportTransitionOut")


@_attrs_define
class MunicipalSupportTransitionOut:
    """
    Attributes:
        action (str):
        from_status (None | str):
        to_status (str):
        amount (None | str):
        comment (None | str):
        actor (str):
        actor_role (str):
        created_at (datetime.datetime):
    """

    action: str
    from_status: None | str
    to_status: str
    amount: None | str
    comment: None | str
    actor: str
    actor_role: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        from_status: None | str
        from_status = self.from_status

        to_status = self.to_status

        amount: None | str
        amount = self.amount

        comment: None | str
        comment = self.comment

        actor = self.actor

        actor_role = self.actor_role

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "from_status": from_status,
                "to_status": to_status,
                "amount": amount,
                "comment": comment,
                "actor": actor,
                "actor_role": actor_role,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_from_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_status = _parse_from_status(d.pop("from_status"))

        to_status = d.pop("to_status")

        def _parse_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        amount = _parse_amount(d.pop("amount"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        actor = d.pop("actor")

        actor_role = d.pop("actor_role")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        municipal_support_transition_out = cls(
            action=action,
            from_status=from_status,
            to_status=to_status,
            amount=amount,
            comment=comment,
            actor=actor,
            actor_role=actor_role,
            created_at=created_at,
        )

        municipal_support_transition_out.additional_properties = d
        return municipal_support_transition_out

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
