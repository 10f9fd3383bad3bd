from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClosureOut")


@_attrs_define
class ClosureOut:
    """Why an evaluation ended without a grade: the center's revocation.

    Attributes:
        reason (str):
        by (str):
        at (datetime.datetime):
        action_id (UUID): the revoke action in the center's history
    """

    reason: str
    by: str
    at: datetime.datetime
    action_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        by = self.by

        at = self.at.isoformat()

        action_id = str(self.action_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "by": by,
                "at": at,
                "action_id": action_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        by = d.pop("by")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        action_id = UUID(d.pop("action_id"))

        closure_out = cls(
            reason=reason,
            by=by,
            at=at,
            action_id=action_id,
        )

        closure_out.additional_properties = d
        return closure_out

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
