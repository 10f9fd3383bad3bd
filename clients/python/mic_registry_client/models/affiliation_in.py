from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliationIn")


@_attrs_define
class AffiliationIn:
    """
    Attributes:
        organization_id (UUID): a registered organization (/api/v1/organizations)
        from_date (datetime.date): first day at the organization
        to_date (datetime.date | None | Unset): last day there; null while current
    """

    organization_id: UUID
    from_date: datetime.date
    to_date: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        organization_id = str(self.organization_id)

        from_date = self.from_date.isoformat()

        to_date: None | str | Unset
        if isinstance(self.to_date, Unset):
            to_date = UNSET
        elif isinstance(self.to_date, datetime.date):
            to_date = self.to_date.isoformat()
        else:
            to_date = self.to_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organization_id": organization_id,
                "from_date": from_date,
            }
        )
        if to_date is not UNSET:
            field_dict["to_date"] = to_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organization_id = UUID(d.pop("organization_id"))

        from_date = datetime.date.fromisoformat(d.pop("from_date"))

        def _parse_to_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_date_type_0 = datetime.date.fromisoformat(data)

                return to_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        to_date = _parse_to_date(d.pop("to_date", UNSET))

        affiliation_in = cls(
            organization_id=organization_id,
            from_date=from_date,
            to_date=to_date,
        )

        return affiliation_in
