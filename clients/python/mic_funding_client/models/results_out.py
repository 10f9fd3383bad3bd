from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.support_case_out import SupportCaseOut


T = TypeVar("T", bound="ResultsOut")


@_attrs_define
class ResultsOut:
    """
    Attributes:
        id (UUID):
        platform_id (UUID):
        year (int):
        services_delivered (int):
        projects_verified (int):
        projects_commercialized (int):
        external_clients (int):
        revenue (None | str):
        reported_by (str):
        created_at (datetime.datetime):
        support_case (None | SupportCaseOut): the case that prices the year's subsidy and pays it (the support-case
            workflow)
    """

    id: UUID
    platform_id: UUID
    year: int
    services_delivered: int
    projects_verified: int
    projects_commercialized: int
    external_clients: int
    revenue: None | str
    reported_by: str
    created_at: datetime.datetime
    support_case: None | SupportCaseOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.support_case_out import SupportCaseOut

        id = str(self.id)

        platform_id = str(self.platform_id)

        year = self.year

        services_delivered = self.services_delivered

        projects_verified = self.projects_verified

        projects_commercialized = self.projects_commercialized

        external_clients = self.external_clients

        revenue: None | str
        revenue = self.revenue

        reported_by = self.reported_by

        created_at = self.created_at.isoformat()

        support_case: dict[str, Any] | None
        if isinstance(self.support_case, SupportCaseOut):
            support_case = self.support_case.to_dict()
        else:
            support_case = self.support_case

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "platform_id": platform_id,
                "year": year,
                "services_delivered": services_delivered,
                "projects_verified": projects_verified,
                "projects_commercialized": projects_commercialized,
                "external_clients": external_clients,
                "revenue": revenue,
                "reported_by": reported_by,
                "created_at": created_at,
                "support_case": support_case,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.support_case_out import SupportCaseOut

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        platform_id = UUID(d.pop("platform_id"))

        year = d.pop("year")

        services_delivered = d.pop("services_delivered")

        projects_verified = d.pop("projects_verified")

        projects_commercialized = d.pop("projects_commercialized")

        external_clients = d.pop("external_clients")

        def _parse_revenue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revenue = _parse_revenue(d.pop("revenue"))

        reported_by = d.pop("reported_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_support_case(data: object) -> None | SupportCaseOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                support_case_type_0 = SupportCaseOut.from_dict(data)

                return support_case_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupportCaseOut, data)

        support_case = _parse_support_case(d.pop("support_case"))

        results_out = cls(
            id=id,
            platform_id=platform_id,
            year=year,
            services_delivered=services_delivered,
            projects_verified=projects_verified,
            projects_commercialized=projects_commercialized,
            external_clients=external_clients,
            revenue=revenue,
            reported_by=reported_by,
            created_at=created_at,
            support_case=support_case,
        )

        results_out.additional_properties = d
        return results_out

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
