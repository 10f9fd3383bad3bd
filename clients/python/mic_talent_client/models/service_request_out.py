from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitlement import Entitlement
from ..models.refusal_reason import RefusalReason
from ..models.service_kind import ServiceKind
from ..models.service_request_action import ServiceRequestAction
from ..models.service_request_status import ServiceRequestStatus

T = TypeVar("T", bound="ServiceRequestOut")


@_attrs_define
class ServiceRequestOut:
    """
    Attributes:
        id (UUID):
        talent_id (UUID):
        center_id (UUID):
        kind (ServiceKind): 住房、医疗保健、教育服务 (`五(七)`); education is the children's schooling of the talent.
        details (str):
        status (ServiceRequestStatus):
        entitlement (Entitlement): ``review``: the plan does not say, so a talent officer confirms it when accepting.
        entitlement_version (int): the entitlement version in force on requested_on
        entitlement_to_confirm (bool): the entitlement is under review: accepting needs a talent officer's written note
        requested_on (datetime.date): China's calendar day of the request
        refusal_reason (None | RefusalReason):
        refusal_detail_zh (None | str):
        refusal_detail_en (None | str):
        fulfilled_on (datetime.date | None):
        allowed_actions (list[ServiceRequestAction]):
        version (int):
        requested_by (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    talent_id: UUID
    center_id: UUID
    kind: ServiceKind
    details: str
    status: ServiceRequestStatus
    entitlement: Entitlement
    entitlement_version: int
    entitlement_to_confirm: bool
    requested_on: datetime.date
    refusal_reason: None | RefusalReason
    refusal_detail_zh: None | str
    refusal_detail_en: None | str
    fulfilled_on: datetime.date | None
    allowed_actions: list[ServiceRequestAction]
    version: int
    requested_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        talent_id = str(self.talent_id)

        center_id = str(self.center_id)

        kind = self.kind.value

        details = self.details

        status = self.status.value

        entitlement = self.entitlement.value

        entitlement_version = self.entitlement_version

        entitlement_to_confirm = self.entitlement_to_confirm

        requested_on = self.requested_on.isoformat()

        refusal_reason: None | str
        if isinstance(self.refusal_reason, RefusalReason):
            refusal_reason = self.refusal_reason.value
        else:
            refusal_reason = self.refusal_reason

        refusal_detail_zh: None | str
        refusal_detail_zh = self.refusal_detail_zh

        refusal_detail_en: None | str
        refusal_detail_en = self.refusal_detail_en

        fulfilled_on: None | str
        if isinstance(self.fulfilled_on, datetime.date):
            fulfilled_on = self.fulfilled_on.isoformat()
        else:
            fulfilled_on = self.fulfilled_on

        allowed_actions = []
        for allowed_actions_item_data in self.allowed_actions:
            allowed_actions_item = allowed_actions_item_data.value
            allowed_actions.append(allowed_actions_item)

        version = self.version

        requested_by = self.requested_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "talent_id": talent_id,
                "center_id": center_id,
                "kind": kind,
                "details": details,
                "status": status,
                "entitlement": entitlement,
                "entitlement_version": entitlement_version,
                "entitlement_to_confirm": entitlement_to_confirm,
                "requested_on": requested_on,
                "refusal_reason": refusal_reason,
                "refusal_detail_zh": refusal_detail_zh,
                "refusal_detail_en": refusal_detail_en,
                "fulfilled_on": fulfilled_on,
                "allowed_actions": allowed_actions,
                "version": version,
                "requested_by": requested_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        talent_id = UUID(d.pop("talent_id"))

        center_id = UUID(d.pop("center_id"))

        kind = ServiceKind(d.pop("kind"))

        details = d.pop("details")

        status = ServiceRequestStatus(d.pop("status"))

        entitlement = Entitlement(d.pop("entitlement"))

        entitlement_version = d.pop("entitlement_version")

        entitlement_to_confirm = d.pop("entitlement_to_confirm")

        requested_on = datetime.date.fromisoformat(d.pop("requested_on"))

        def _parse_refusal_reason(data: object) -> None | RefusalReason:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refusal_reason_type_0 = RefusalReason(data)

                return refusal_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefusalReason, data)

        refusal_reason = _parse_refusal_reason(d.pop("refusal_reason"))

        def _parse_refusal_detail_zh(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        refusal_detail_zh = _parse_refusal_detail_zh(d.pop("refusal_detail_zh"))

        def _parse_refusal_detail_en(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        refusal_detail_en = _parse_refusal_detail_en(d.pop("refusal_detail_en"))

        def _parse_fulfilled_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fulfilled_on_type_0 = datetime.date.fromisoformat(data)

                return fulfilled_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        fulfilled_on = _parse_fulfilled_on(d.pop("fulfilled_on"))

        allowed_actions = []
        _allowed_actions = d.pop("allowed_actions")
        for allowed_actions_item_data in _allowed_actions:
            allowed_actions_item = ServiceRequestAction(allowed_actions_item_data)

            allowed_actions.append(allowed_actions_item)

        version = d.pop("version")

        requested_by = d.pop("requested_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        service_request_out = cls(
            id=id,
            talent_id=talent_id,
            center_id=center_id,
            kind=kind,
            details=details,
            status=status,
            entitlement=entitlement,
            entitlement_version=entitlement_version,
            entitlement_to_confirm=entitlement_to_confirm,
            requested_on=requested_on,
            refusal_reason=refusal_reason,
            refusal_detail_zh=refusal_detail_zh,
            refusal_detail_en=refusal_detail_en,
            fulfilled_on=fulfilled_on,
            allowed_actions=allowed_actions,
            version=version,
            requested_by=requested_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        service_request_out.additional_properties = d
        return service_request_out

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
