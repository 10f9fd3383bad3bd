from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionOut")


@_attrs_define
class ActionOut:
    """One entry of a center's history.

    Attributes:
        id (UUID):
        action (str):
        from_status (str):
        to_status (str):
        actor (str):
        actor_role (str):
        comment (None | str):
        created_at (datetime.datetime):
        documents (list[UUID] | Unset): ids of the documents attached to the action
        closed_evaluations (list[UUID] | Unset): revoke: the annual evaluations it closed (closed_by_revocation)
    """

    id: UUID
    action: str
    from_status: str
    to_status: str
    actor: str
    actor_role: str
    comment: None | str
    created_at: datetime.datetime
    documents: list[UUID] | Unset = UNSET
    closed_evaluations: list[UUID] | Unset = UNSET
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

        created_at = self.created_at.isoformat()

        documents: list[str] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = str(documents_item_data)
                documents.append(documents_item)

        closed_evaluations: list[str] | Unset = UNSET
        if not isinstance(self.closed_evaluations, Unset):
            closed_evaluations = []
            for closed_evaluations_item_data in self.closed_evaluations:
                closed_evaluations_item = str(closed_evaluations_item_data)
                closed_evaluations.append(closed_evaluations_item)

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
                "created_at": created_at,
            }
        )
        if documents is not UNSET:
            field_dict["documents"] = documents
        if closed_evaluations is not UNSET:
            field_dict["closed_evaluations"] = closed_evaluations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        _documents = d.pop("documents", UNSET)
        documents: list[UUID] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = UUID(documents_item_data)

                documents.append(documents_item)

        _closed_evaluations = d.pop("closed_evaluations", UNSET)
        closed_evaluations: list[UUID] | Unset = UNSET
        if _closed_evaluations is not UNSET:
            closed_evaluations = []
            for closed_evaluations_item_data in _closed_evaluations:
                closed_evaluations_item = UUID(closed_evaluations_item_data)

                closed_evaluations.append(closed_evaluations_item)

        action_out = cls(
            id=id,
            action=action,
            from_status=from_status,
            to_status=to_status,
            actor=actor,
            actor_role=actor_role,
            comment=comment,
            created_at=created_at,
            documents=documents,
            closed_evaluations=closed_evaluations,
        )

        action_out.additional_properties = d
        return action_out

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
