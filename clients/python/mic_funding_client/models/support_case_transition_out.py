from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.support_case_transition_out_details import (
        SupportCaseTransitionOutDetails,
    )


T = TypeVar("T", bound="SupportCaseTransitionOut")


@_attrs_define
class SupportCaseTransitionOut:
    """
    Attributes:
        id (UUID):
        action (str):
        from_status (str):
        to_status (str):
        actor (str):
        actor_role (str):
        comment (None | str):
        details (SupportCaseTransitionOutDetails):
        created_at (datetime.datetime):
    """

    id: UUID
    action: str
    from_status: str
    to_status: str
    actor: str
    actor_role: str
    comment: None | str
    details: SupportCaseTransitionOutDetails
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        action = self.action

        from_status = self.from_status

        to_status = self.to_status

        actor = self.actor

        actor_role = self.actor_role

        comment: None | str
        comment = self.comment

        details = self.details.to_dict()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action": action,
                "from_status": from_status,
                "to_status": to_status,
                "actor": actor,
                "actor_role": actor_role,
                "comment": comment,
                "details": details,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.support_case_transition_out_details import (
            SupportCaseTransitionOutDetails,
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        action = d.pop("action")

        from_status = d.pop("from_status")

        to_status = d.pop("to_status")

        actor = d.pop("actor")

        actor_role = d.pop("actor_role")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        details = SupportCaseTransitionOutDetails.from_dict(d.pop("details"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        support_case_transition_out = cls(
            id=id,
            action=action,
            from_status=from_status,
            to_status=to_status,
            actor=actor,
            actor_role=actor_role,
            comment=comment,
            details=details,
            created_at=created_at,
        )

        support_case_transition_out.additional_properties = d
        return support_case_transition_out

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
