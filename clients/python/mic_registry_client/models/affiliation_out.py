from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AffiliationOut")


@_attrs_define
class AffiliationOut:
    """
    Attributes:
        organization_id (UUID):
        organization_name (str):
        organization_uscc (str):
        from_date (datetime.date):
        to_date (datetime.date | None):
    """

    organization_id: UUID
    organization_name: str
    organization_uscc: str
    from_date: datetime.date
    to_date: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = str(self.organization_id)

        organization_name = self.organization_name

        organization_uscc = self.organization_uscc

        from_date = self.from_date.isoformat()

        to_date: None | str
        if isinstance(self.to_date, datetime.date):
            to_date = self.to_date.isoformat()
        else:
            to_date = self.to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
                "organization_name": organization_name,
                "organization_uscc": organization_uscc,
                "from_date": from_date,
                "to_date": to_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organization_id = UUID(d.pop("organization_id"))

        organization_name = d.pop("organization_name")

        organization_uscc = d.pop("organization_uscc")

        from_date = datetime.date.fromisoformat(d.pop("from_date"))

        def _parse_to_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_date_type_0 = datetime.date.fromisoformat(data)

                return to_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        to_date = _parse_to_date(d.pop("to_date"))

        affiliation_out = cls(
            organization_id=organization_id,
            organization_name=organization_name,
            organization_uscc=organization_uscc,
            from_date=from_date,
            to_date=to_date,
        )

        affiliation_out.additional_properties = d
        return affiliation_out

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
