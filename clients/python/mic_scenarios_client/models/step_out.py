from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StepOut")


@_attrs_define
class StepOut:
    """
    Attributes:
        action (str): the action taken (see allowed_actions), or center_revoked
        from_status (str):
        to_status (str):
        note (None | str):
        acted_by (str): the token's sub; for center_revoked, registry's revoking admin
        acted_as (str): the role it was taken in (registry for center_revoked)
        acted_at (datetime.datetime):
    """

    action: str
    from_status: str
    to_status: str
    note: None | str
    acted_by: str
    acted_as: str
    acted_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        from_status = self.from_status

        to_status = self.to_status

        note: None | str
        note = self.note

        acted_by = self.acted_by

        acted_as = self.acted_as

        acted_at = self.acted_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "from_status": from_status,
                "to_status": to_status,
                "note": note,
                "acted_by": acted_by,
                "acted_as": acted_as,
                "acted_at": acted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = d.pop("action")

        from_status = d.pop("from_status")

        to_status = d.pop("to_status")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        acted_by = d.pop("acted_by")

        acted_as = d.pop("acted_as")

        acted_at = datetime.datetime.fromisoformat(d.pop("acted_at"))

        step_out = cls(
            action=action,
            from_status=from_status,
            to_status=to_status,
            note=note,
            acted_by=acted_by,
            acted_as=acted_as,
            acted_at=acted_at,
        )

        step_out.additional_properties = d
        return step_out

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
