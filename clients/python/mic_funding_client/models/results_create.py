from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResultsCreate")


@_attrs_define
class ResultsCreate:
    """A year's operating results; revenue may be absent (then a formula needing it asks a person).

    Attributes:
        year (int):
        services_delivered (int): services delivered to enterprises (服务次数)
        projects_verified (int): concept-verification or pilot projects completed
        projects_commercialized (int): projects taken to commercial development (商业化开发)
        external_clients (int): distinct outside organizations served
        revenue (None | str | Unset): service revenue of the year
    """

    year: int
    services_delivered: int
    projects_verified: int
    projects_commercialized: int
    external_clients: int
    revenue: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        services_delivered = self.services_delivered

        projects_verified = self.projects_verified

        projects_commercialized = self.projects_commercialized

        external_clients = self.external_clients

        revenue: None | str | Unset
        if isinstance(self.revenue, Unset):
            revenue = UNSET
        else:
            revenue = self.revenue

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
                "services_delivered": services_delivered,
                "projects_verified": projects_verified,
                "projects_commercialized": projects_commercialized,
                "external_clients": external_clients,
            }
        )
        if revenue is not UNSET:
            field_dict["revenue"] = revenue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        year = d.pop("year")

        services_delivered = d.pop("services_delivered")

        projects_verified = d.pop("projects_verified")

        projects_commercialized = d.pop("projects_commercialized")

        external_clients = d.pop("external_clients")

        def _parse_revenue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revenue = _parse_revenue(d.pop("revenue", UNSET))

        results_create = cls(
            year=year,
            services_delivered=services_delivered,
            projects_verified=projects_verified,
            projects_commercialized=projects_commercialized,
            external_clients=external_clients,
            revenue=revenue,
        )

        return results_create
