from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.maturity_level import MaturityLevel
from ..models.offering_action import OfferingAction
from ..models.offering_status import OfferingStatus
from ..models.withdrawal_reason import WithdrawalReason

T = TypeVar("T", bound="OfferingOut")


@_attrs_define
class OfferingOut:
    """
    Attributes:
        id (UUID):
        center_id (UUID):
        name (str):
        description (str):
        cluster_code (str):
        tags (list[str]):
        maturity_level (MaturityLevel): How far the product or service has come (技术成熟度), from a prototype to mass
            production.
        certifications (list[str]):
        status (OfferingStatus):
        withdrawal_reason (None | WithdrawalReason):
        allowed_actions (list[OfferingAction]):
        version (int):
        created_by (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    center_id: UUID
    name: str
    description: str
    cluster_code: str
    tags: list[str]
    maturity_level: MaturityLevel
    certifications: list[str]
    status: OfferingStatus
    withdrawal_reason: None | WithdrawalReason
    allowed_actions: list[OfferingAction]
    version: int
    created_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        center_id = str(self.center_id)

        name = self.name

        description = self.description

        cluster_code = self.cluster_code

        tags = self.tags

        maturity_level = self.maturity_level.value

        certifications = self.certifications

        status = self.status.value

        withdrawal_reason: None | str
        if isinstance(self.withdrawal_reason, WithdrawalReason):
            withdrawal_reason = self.withdrawal_reason.value
        else:
            withdrawal_reason = self.withdrawal_reason

        allowed_actions = []
        for allowed_actions_item_data in self.allowed_actions:
            allowed_actions_item = allowed_actions_item_data.value
            allowed_actions.append(allowed_actions_item)

        version = self.version

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "center_id": center_id,
                "name": name,
                "description": description,
                "cluster_code": cluster_code,
                "tags": tags,
                "maturity_level": maturity_level,
                "certifications": certifications,
                "status": status,
                "withdrawal_reason": withdrawal_reason,
                "allowed_actions": allowed_actions,
                "version": version,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        center_id = UUID(d.pop("center_id"))

        name = d.pop("name")

        description = d.pop("description")

        cluster_code = d.pop("cluster_code")

        tags = cast(list[str], d.pop("tags"))

        maturity_level = MaturityLevel(d.pop("maturity_level"))

        certifications = cast(list[str], d.pop("certifications"))

        status = OfferingStatus(d.pop("status"))

        def _parse_withdrawal_reason(data: object) -> None | WithdrawalReason:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawal_reason_type_0 = WithdrawalReason(data)

                return withdrawal_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WithdrawalReason, data)

        withdrawal_reason = _parse_withdrawal_reason(d.pop("withdrawal_reason"))

        allowed_actions = []
        _allowed_actions = d.pop("allowed_actions")
        for allowed_actions_item_data in _allowed_actions:
            allowed_actions_item = OfferingAction(allowed_actions_item_data)

            allowed_actions.append(allowed_actions_item)

        version = d.pop("version")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        offering_out = cls(
            id=id,
            center_id=center_id,
            name=name,
            description=description,
            cluster_code=cluster_code,
            tags=tags,
            maturity_level=maturity_level,
            certifications=certifications,
            status=status,
            withdrawal_reason=withdrawal_reason,
            allowed_actions=allowed_actions,
            version=version,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        offering_out.additional_properties = d
        return offering_out

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
