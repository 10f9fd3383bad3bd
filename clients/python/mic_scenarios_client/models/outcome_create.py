from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.outcome_kind import OutcomeKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutcomeCreate")


@_attrs_define
class OutcomeCreate:
    """
    Attributes:
        scenario_id (UUID): one of the scenarios on show
        kind (OutcomeKind):
        offering_id (None | Unset | UUID): a center's offering, or company_name
        company_name (None | str | Unset):
        signed_on (datetime.date | None | Unset): needed for intention_signed
        note (None | str | Unset):
    """

    scenario_id: UUID
    kind: OutcomeKind
    offering_id: None | Unset | UUID = UNSET
    company_name: None | str | Unset = UNSET
    signed_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scenario_id = str(self.scenario_id)

        kind = self.kind.value

        offering_id: None | str | Unset
        if isinstance(self.offering_id, Unset):
            offering_id = UNSET
        elif isinstance(self.offering_id, UUID):
            offering_id = str(self.offering_id)
        else:
            offering_id = self.offering_id

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        signed_on: None | str | Unset
        if isinstance(self.signed_on, Unset):
            signed_on = UNSET
        elif isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scenario_id": scenario_id,
                "kind": kind,
            }
        )
        if offering_id is not UNSET:
            field_dict["offering_id"] = offering_id
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if signed_on is not UNSET:
            field_dict["signed_on"] = signed_on
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scenario_id = UUID(d.pop("scenario_id"))

        kind = OutcomeKind(d.pop("kind"))

        def _parse_offering_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                offering_id_type_0 = UUID(data)

                return offering_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        offering_id = _parse_offering_id(d.pop("offering_id", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        def _parse_signed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        signed_on = _parse_signed_on(d.pop("signed_on", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        outcome_create = cls(
            scenario_id=scenario_id,
            kind=kind,
            offering_id=offering_id,
            company_name=company_name,
            signed_on=signed_on,
            note=note,
        )

        return outcome_create
