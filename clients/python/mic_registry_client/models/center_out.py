from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lead_organization_out import LeadOrganizationOut


T = TypeVar("T", bound="CenterOut")


@_attrs_define
class CenterOut:
    """
    Attributes:
        id (UUID):
        name (str):
        mode (str):
        cluster_code (str):
        sub_sector (str): as sent
        sub_sector_code (None | str): the listed sub-sector the text names (code or zh/en name); null when unlisted
        sub_sector_listed (bool): false: the sub-sector is not in the catalogue; a municipal admin lists it or re-maps
            the center
        district (str):
        lead_organization (LeadOrganizationOut):
        status (str):
        tier (str):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        override_justification (None | str | Unset):
        override_by (None | str | Unset):
    """

    id: UUID
    name: str
    mode: str
    cluster_code: str
    sub_sector: str
    sub_sector_code: None | str
    sub_sector_listed: bool
    district: str
    lead_organization: LeadOrganizationOut
    status: str
    tier: str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    override_justification: None | str | Unset = UNSET
    override_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        mode = self.mode

        cluster_code = self.cluster_code

        sub_sector = self.sub_sector

        sub_sector_code: None | str
        sub_sector_code = self.sub_sector_code

        sub_sector_listed = self.sub_sector_listed

        district = self.district

        lead_organization = self.lead_organization.to_dict()

        status = self.status

        tier = self.tier

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        override_justification: None | str | Unset
        if isinstance(self.override_justification, Unset):
            override_justification = UNSET
        else:
            override_justification = self.override_justification

        override_by: None | str | Unset
        if isinstance(self.override_by, Unset):
            override_by = UNSET
        else:
            override_by = self.override_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "mode": mode,
                "cluster_code": cluster_code,
                "sub_sector": sub_sector,
                "sub_sector_code": sub_sector_code,
                "sub_sector_listed": sub_sector_listed,
                "district": district,
                "lead_organization": lead_organization,
                "status": status,
                "tier": tier,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if override_justification is not UNSET:
            field_dict["override_justification"] = override_justification
        if override_by is not UNSET:
            field_dict["override_by"] = override_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lead_organization_out import LeadOrganizationOut

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        mode = d.pop("mode")

        cluster_code = d.pop("cluster_code")

        sub_sector = d.pop("sub_sector")

        def _parse_sub_sector_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sub_sector_code = _parse_sub_sector_code(d.pop("sub_sector_code"))

        sub_sector_listed = d.pop("sub_sector_listed")

        district = d.pop("district")

        lead_organization = LeadOrganizationOut.from_dict(d.pop("lead_organization"))

        status = d.pop("status")

        tier = d.pop("tier")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_override_justification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_justification = _parse_override_justification(
            d.pop("override_justification", UNSET)
        )

        def _parse_override_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_by = _parse_override_by(d.pop("override_by", UNSET))

        center_out = cls(
            id=id,
            name=name,
            mode=mode,
            cluster_code=cluster_code,
            sub_sector=sub_sector,
            sub_sector_code=sub_sector_code,
            sub_sector_listed=sub_sector_listed,
            district=district,
            lead_organization=lead_organization,
            status=status,
            tier=tier,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            override_justification=override_justification,
            override_by=override_by,
        )

        center_out.additional_properties = d
        return center_out

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
