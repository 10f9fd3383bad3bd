from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="AuditEntryOut")


@_attrs_define
class AuditEntryOut:
    """
    Attributes:
        seq (int): the entry's place in the chain, from 1 without gaps
        occurred_at (datetime.datetime):
        request_id (None | str): the request's X-Request-ID
        requested_by (None | str): the caller's token subject
        role (None | str): the caller's role
        client_id (None | str): the OAuth client the token was issued to, if it says
        client_address (None | str):
        action (str): the operation: METHOD /path/template
        target (str): the path as called
        changes (list[Change]):
        prev_hash (str):
        hash_ (str): SHA-256 over prev_hash and this entry's content
    """

    seq: int
    occurred_at: datetime.datetime
    request_id: None | str
    requested_by: None | str
    role: None | str
    client_id: None | str
    client_address: None | str
    action: str
    target: str
    changes: list[Change]
    prev_hash: str
    hash_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        occurred_at = self.occurred_at.isoformat()

        request_id: None | str
        request_id = self.request_id

        requested_by: None | str
        requested_by = self.requested_by

        role: None | str
        role = self.role

        client_id: None | str
        client_id = self.client_id

        client_address: None | str
        client_address = self.client_address

        action = self.action

        target = self.target

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        prev_hash = self.prev_hash

        hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seq": seq,
                "occurred_at": occurred_at,
                "request_id": request_id,
                "requested_by": requested_by,
                "role": role,
                "client_id": client_id,
                "client_address": client_address,
                "action": action,
                "target": target,
                "changes": changes,
                "prev_hash": prev_hash,
                "hash": hash_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.change import Change

        d = dict(src_dict)
        seq = d.pop("seq")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        def _parse_requested_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requested_by = _parse_requested_by(d.pop("requested_by"))

        def _parse_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role = _parse_role(d.pop("role"))

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("client_id"))

        def _parse_client_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_address = _parse_client_address(d.pop("client_address"))

        action = d.pop("action")

        target = d.pop("target")

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = Change.from_dict(changes_item_data)

            changes.append(changes_item)

        prev_hash = d.pop("prev_hash")

        hash_ = d.pop("hash")

        audit_entry_out = cls(
            seq=seq,
            occurred_at=occurred_at,
            request_id=request_id,
            requested_by=requested_by,
            role=role,
            client_id=client_id,
            client_address=client_address,
            action=action,
            target=target,
            changes=changes,
            prev_hash=prev_hash,
            hash_=hash_,
        )

        audit_entry_out.additional_properties = d
        return audit_entry_out

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
