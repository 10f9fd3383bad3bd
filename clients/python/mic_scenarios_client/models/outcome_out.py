from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_kind import OutcomeKind

T = TypeVar("T", bound="OutcomeOut")


@_attrs_define
class OutcomeOut:
    """
    Attributes:
        id (UUID):
        event_id (UUID):
        scenario_id (UUID):
        offering_id (None | UUID):
        center_id (None | UUID):
        company_name (None | str):
        kind (OutcomeKind):
        signed_on (datetime.date | None):
        note (None | str):
        recorded_by (str):
        recorded_at (datetime.datetime):
    """

    id: UUID
    event_id: UUID
    scenario_id: UUID
    offering_id: None | UUID
    center_id: None | UUID
    company_name: None | str
    kind: OutcomeKind
    signed_on: datetime.date | None
    note: None | str
    recorded_by: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        event_id = str(self.event_id)

        scenario_id = str(self.scenario_id)

        offering_id: None | str
        if isinstance(self.offering_id, UUID):
            offering_id = str(self.offering_id)
        else:
            offering_id = self.offering_id

        center_id: None | str
        if isinstance(self.center_id, UUID):
            center_id = str(self.center_id)
        else:
            center_id = self.center_id

        company_name: None | str
        company_name = self.company_name

        kind = self.kind.value

        signed_on: None | str
        if isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        note: None | str
        note = self.note

        recorded_by = self.recorded_by

        recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_id": event_id,
                "scenario_id": scenario_id,
                "offering_id": offering_id,
                "center_id": center_id,
                "company_name": company_name,
                "kind": kind,
                "signed_on": signed_on,
                "note": note,
                "recorded_by": recorded_by,
                "recorded_at": recorded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        event_id = UUID(d.pop("event_id"))

        scenario_id = UUID(d.pop("scenario_id"))

        def _parse_offering_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                offering_id_type_0 = UUID(data)

                return offering_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        offering_id = _parse_offering_id(d.pop("offering_id"))

        def _parse_center_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                center_id_type_0 = UUID(data)

                return center_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        center_id = _parse_center_id(d.pop("center_id"))

        def _parse_company_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_name = _parse_company_name(d.pop("company_name"))

        kind = OutcomeKind(d.pop("kind"))

        def _parse_signed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        signed_on = _parse_signed_on(d.pop("signed_on"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        recorded_by = d.pop("recorded_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        outcome_out = cls(
            id=id,
            event_id=event_id,
            scenario_id=scenario_id,
            offering_id=offering_id,
            center_id=center_id,
            company_name=company_name,
            kind=kind,
            signed_on=signed_on,
            note=note,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
        )

        outcome_out.additional_properties = d
        return outcome_out

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
