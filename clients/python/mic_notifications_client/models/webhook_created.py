from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status import SubscriptionStatus

T = TypeVar("T", bound="WebhookCreated")


@_attrs_define
class WebhookCreated:
    """
    Attributes:
        id (UUID):
        target_url (str):
        event_types (list[str]):
        description (None | str):
        status (SubscriptionStatus):
        consecutive_failures (int):
        disabled_reason (None | str): repeated_failures or by_request, while disabled
        disabled_at (datetime.datetime | None):
        created_by (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        secret (str): the signing secret (Standard Webhooks, whsec_...): shown this once, never again
    """

    id: UUID
    target_url: str
    event_types: list[str]
    description: None | str
    status: SubscriptionStatus
    consecutive_failures: int
    disabled_reason: None | str
    disabled_at: datetime.datetime | None
    created_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        target_url = self.target_url

        event_types = self.event_types

        description: None | str
        description = self.description

        status = self.status.value

        consecutive_failures = self.consecutive_failures

        disabled_reason: None | str
        disabled_reason = self.disabled_reason

        disabled_at: None | str
        if isinstance(self.disabled_at, datetime.datetime):
            disabled_at = self.disabled_at.isoformat()
        else:
            disabled_at = self.disabled_at

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target_url": target_url,
                "event_types": event_types,
                "description": description,
                "status": status,
                "consecutive_failures": consecutive_failures,
                "disabled_reason": disabled_reason,
                "disabled_at": disabled_at,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        target_url = d.pop("target_url")

        event_types = cast(list[str], d.pop("event_types"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        status = SubscriptionStatus(d.pop("status"))

        consecutive_failures = d.pop("consecutive_failures")

        def _parse_disabled_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        disabled_reason = _parse_disabled_reason(d.pop("disabled_reason"))

        def _parse_disabled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disabled_at_type_0 = datetime.datetime.fromisoformat(data)

                return disabled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        disabled_at = _parse_disabled_at(d.pop("disabled_at"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        secret = d.pop("secret")

        webhook_created = cls(
            id=id,
            target_url=target_url,
            event_types=event_types,
            description=description,
            status=status,
            consecutive_failures=consecutive_failures,
            disabled_reason=disabled_reason,
            disabled_at=disabled_at,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            secret=secret,
        )

        webhook_created.additional_properties = d
        return webhook_created

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
