from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.mode import Mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lead_organization_in import LeadOrganizationIn


T = TypeVar("T", bound="CenterPatch")


@_attrs_define
class CenterPatch:
    """Fields a PATCH may change; status and tier change only through actions and upgrades.

    Attributes:
        name (None | str | Unset):
        mode (Mode | None | Unset):
        cluster_code (None | str | Unset):
        sub_sector (None | str | Unset):
        district (None | str | Unset):
        lead_organization (LeadOrganizationIn | None | Unset): a new lead: found by USCC or registered; it replaces the
            lead member
        override_justification (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    mode: Mode | None | Unset = UNSET
    cluster_code: None | str | Unset = UNSET
    sub_sector: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    lead_organization: LeadOrganizationIn | None | Unset = UNSET
    override_justification: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.lead_organization_in import LeadOrganizationIn

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, Mode):
            mode = self.mode.value
        else:
            mode = self.mode

        cluster_code: None | str | Unset
        if isinstance(self.cluster_code, Unset):
            cluster_code = UNSET
        else:
            cluster_code = self.cluster_code

        sub_sector: None | str | Unset
        if isinstance(self.sub_sector, Unset):
            sub_sector = UNSET
        else:
            sub_sector = self.sub_sector

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        lead_organization: dict[str, Any] | None | Unset
        if isinstance(self.lead_organization, Unset):
            lead_organization = UNSET
        elif isinstance(self.lead_organization, LeadOrganizationIn):
            lead_organization = self.lead_organization.to_dict()
        else:
            lead_organization = self.lead_organization

        override_justification: None | str | Unset
        if isinstance(self.override_justification, Unset):
            override_justification = UNSET
        else:
            override_justification = self.override_justification

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if cluster_code is not UNSET:
            field_dict["cluster_code"] = cluster_code
        if sub_sector is not UNSET:
            field_dict["sub_sector"] = sub_sector
        if district is not UNSET:
            field_dict["district"] = district
        if lead_organization is not UNSET:
            field_dict["lead_organization"] = lead_organization
        if override_justification is not UNSET:
            field_dict["override_justification"] = override_justification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lead_organization_in import LeadOrganizationIn

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_mode(data: object) -> Mode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = Mode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Mode | None | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_cluster_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_code = _parse_cluster_code(d.pop("cluster_code", UNSET))

        def _parse_sub_sector(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_sector = _parse_sub_sector(d.pop("sub_sector", UNSET))

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        def _parse_lead_organization(data: object) -> LeadOrganizationIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lead_organization_type_0 = LeadOrganizationIn.from_dict(data)

                return lead_organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadOrganizationIn | None | Unset, data)

        lead_organization = _parse_lead_organization(d.pop("lead_organization", UNSET))

        def _parse_override_justification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_justification = _parse_override_justification(
            d.pop("override_justification", UNSET)
        )

        center_patch = cls(
            name=name,
            mode=mode,
            cluster_code=cluster_code,
            sub_sector=sub_sector,
            district=district,
            lead_organization=lead_organization,
            override_justification=override_justification,
        )

        return center_patch
