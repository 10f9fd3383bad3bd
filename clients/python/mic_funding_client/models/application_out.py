from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.municipal_support_status import MunicipalSupportStatus
from ..models.support_type import SupportType

T = TypeVar("T", bound="ApplicationOut")


@_attrs_define
class ApplicationOut:
    """
    Attributes:
        id (UUID):
        center_id (UUID):
        support_type (SupportType):
        title (str):
        description (str):
        requested_amount (None | str):
        status (MunicipalSupportStatus): An application's own status. A monetary application stays ``submitted`` (or is
            ``withdrawn``): its support case carries the review, the approvals and the payments.
        support_case_id (None | UUID): the support case that decides and pays it (GET /api/v1/support-cases/{id})
        created_by (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    center_id: UUID
    support_type: SupportType
    title: str
    description: str
    requested_amount: None | str
    status: MunicipalSupportStatus
    support_case_id: None | UUID
    created_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        center_id = str(self.center_id)

        support_type = self.support_type.value

        title = self.title

        description = self.description

        requested_amount: None | str
        requested_amount = self.requested_amount

        status = self.status.value

        support_case_id: None | str
        if isinstance(self.support_case_id, UUID):
            support_case_id = str(self.support_case_id)
        else:
            support_case_id = self.support_case_id

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "center_id": center_id,
                "support_type": support_type,
                "title": title,
                "description": description,
                "requested_amount": requested_amount,
                "status": status,
                "support_case_id": support_case_id,
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

        support_type = SupportType(d.pop("support_type"))

        title = d.pop("title")

        description = d.pop("description")

        def _parse_requested_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requested_amount = _parse_requested_amount(d.pop("requested_amount"))

        status = MunicipalSupportStatus(d.pop("status"))

        def _parse_support_case_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                support_case_id_type_0 = UUID(data)

                return support_case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        support_case_id = _parse_support_case_id(d.pop("support_case_id"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        application_out = cls(
            id=id,
            center_id=center_id,
            support_type=support_type,
            title=title,
            description=description,
            requested_amount=requested_amount,
            status=status,
            support_case_id=support_case_id,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        application_out.additional_properties = d
        return application_out

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
