from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.mode import Mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lead_organization_in import LeadOrganizationIn


T = TypeVar("T", bound="CenterCreate")


@_attrs_define
class CenterCreate:
    """
    Attributes:
        name (str):
        mode (Mode):
        cluster_code (str):
        sub_sector (str): 细分行业领域: a listed sub-sector's code or zh/en name links the center to it; other text is
            accepted and marked unlisted
        district (str):
        lead_organization (LeadOrganizationIn):
        override_justification (None | str | Unset): municipal admin only: why a second center in an occupied sub-sector
            (`二`)
    """

    name: str
    mode: Mode
    cluster_code: str
    sub_sector: str
    district: str
    lead_organization: LeadOrganizationIn
    override_justification: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mode = self.mode.value

        cluster_code = self.cluster_code

        sub_sector = self.sub_sector

        district = self.district

        lead_organization = self.lead_organization.to_dict()

        override_justification: None | str | Unset
        if isinstance(self.override_justification, Unset):
            override_justification = UNSET
        else:
            override_justification = self.override_justification

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "mode": mode,
                "cluster_code": cluster_code,
                "sub_sector": sub_sector,
                "district": district,
                "lead_organization": lead_organization,
            }
        )
        if override_justification is not UNSET:
            field_dict["override_justification"] = override_justification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lead_organization_in import LeadOrganizationIn

        d = dict(src_dict)
        name = d.pop("name")

        mode = Mode(d.pop("mode"))

        cluster_code = d.pop("cluster_code")

        sub_sector = d.pop("sub_sector")

        district = d.pop("district")

        lead_organization = LeadOrganizationIn.from_dict(d.pop("lead_organization"))

        def _parse_override_justification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_justification = _parse_override_justification(
            d.pop("override_justification", UNSET)
        )

        center_create = cls(
            name=name,
            mode=mode,
            cluster_code=cluster_code,
            sub_sector=sub_sector,
            district=district,
            lead_organization=lead_organization,
            override_justification=override_justification,
        )

        return center_create
