from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.participant_kind import ParticipantKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationCreate")


@_attrs_define
class RegistrationCreate:
    """
    Attributes:
        participant_kind (ParticipantKind):
        contact_name (str):
        attendees (int):
        center_id (None | Unset | UUID): for a center: the center registering
        company_name (None | str | Unset): for a company
        company_uscc (None | str | Unset): for a company: its USCC (GB 32100-2015)
    """

    participant_kind: ParticipantKind
    contact_name: str
    attendees: int
    center_id: None | Unset | UUID = UNSET
    company_name: None | str | Unset = UNSET
    company_uscc: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        participant_kind = self.participant_kind.value

        contact_name = self.contact_name

        attendees = self.attendees

        center_id: None | str | Unset
        if isinstance(self.center_id, Unset):
            center_id = UNSET
        elif isinstance(self.center_id, UUID):
            center_id = str(self.center_id)
        else:
            center_id = self.center_id

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        company_uscc: None | str | Unset
        if isinstance(self.company_uscc, Unset):
            company_uscc = UNSET
        else:
            company_uscc = self.company_uscc

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "participant_kind": participant_kind,
                "contact_name": contact_name,
                "attendees": attendees,
            }
        )
        if center_id is not UNSET:
            field_dict["center_id"] = center_id
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if company_uscc is not UNSET:
            field_dict["company_uscc"] = company_uscc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        participant_kind = ParticipantKind(d.pop("participant_kind"))

        contact_name = d.pop("contact_name")

        attendees = d.pop("attendees")

        def _parse_center_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                center_id_type_0 = UUID(data)

                return center_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        center_id = _parse_center_id(d.pop("center_id", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        def _parse_company_uscc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_uscc = _parse_company_uscc(d.pop("company_uscc", UNSET))

        registration_create = cls(
            participant_kind=participant_kind,
            contact_name=contact_name,
            attendees=attendees,
            center_id=center_id,
            company_name=company_name,
            company_uscc=company_uscc,
        )

        return registration_create
