from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender
from ..models.level import Level
from ..models.origin import Origin

if TYPE_CHECKING:
    from ..models.id_document_out import IdDocumentOut


T = TypeVar("T", bound="TalentOut")


@_attrs_define
class TalentOut:
    """
    Attributes:
        id (UUID):
        center_id (UUID):
        name (str):
        gender (Gender):
        birth_date (datetime.date):
        nationality (str):
        id_document (IdDocumentOut):
        phone (str): masked (138****5678) unless personal_data_masked is false
        personal_data_masked (bool): false only for a talent_officer's reads, each written to the access log
        email (None | str):
        level (Level): The tiers of `三(六)` and `五(七)`: 领军人才, 高层次人才, 学术带头人, 研发骨干, 高技能人才.
        role (str):
        origin (Origin): How the talent came to the center (`三(六)`: 人才引进、培养).
        introduced_from (None | str):
        joined_on (datetime.date):
        left_on (datetime.date | None):
        qualifications (list[str]):
        version (int):
        registered_by (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    center_id: UUID
    name: str
    gender: Gender
    birth_date: datetime.date
    nationality: str
    id_document: IdDocumentOut
    phone: str
    personal_data_masked: bool
    email: None | str
    level: Level
    role: str
    origin: Origin
    introduced_from: None | str
    joined_on: datetime.date
    left_on: datetime.date | None
    qualifications: list[str]
    version: int
    registered_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        center_id = str(self.center_id)

        name = self.name

        gender = self.gender.value

        birth_date = self.birth_date.isoformat()

        nationality = self.nationality

        id_document = self.id_document.to_dict()

        phone = self.phone

        personal_data_masked = self.personal_data_masked

        email: None | str
        email = self.email

        level = self.level.value

        role = self.role

        origin = self.origin.value

        introduced_from: None | str
        introduced_from = self.introduced_from

        joined_on = self.joined_on.isoformat()

        left_on: None | str
        if isinstance(self.left_on, datetime.date):
            left_on = self.left_on.isoformat()
        else:
            left_on = self.left_on

        qualifications = self.qualifications

        version = self.version

        registered_by = self.registered_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "center_id": center_id,
                "name": name,
                "gender": gender,
                "birth_date": birth_date,
                "nationality": nationality,
                "id_document": id_document,
                "phone": phone,
                "personal_data_masked": personal_data_masked,
                "email": email,
                "level": level,
                "role": role,
                "origin": origin,
                "introduced_from": introduced_from,
                "joined_on": joined_on,
                "left_on": left_on,
                "qualifications": qualifications,
                "version": version,
                "registered_by": registered_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.id_document_out import IdDocumentOut

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        center_id = UUID(d.pop("center_id"))

        name = d.pop("name")

        gender = Gender(d.pop("gender"))

        birth_date = datetime.date.fromisoformat(d.pop("birth_date"))

        nationality = d.pop("nationality")

        id_document = IdDocumentOut.from_dict(d.pop("id_document"))

        phone = d.pop("phone")

        personal_data_masked = d.pop("personal_data_masked")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        level = Level(d.pop("level"))

        role = d.pop("role")

        origin = Origin(d.pop("origin"))

        def _parse_introduced_from(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        introduced_from = _parse_introduced_from(d.pop("introduced_from"))

        joined_on = datetime.date.fromisoformat(d.pop("joined_on"))

        def _parse_left_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                left_on_type_0 = datetime.date.fromisoformat(data)

                return left_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        left_on = _parse_left_on(d.pop("left_on"))

        qualifications = cast(list[str], d.pop("qualifications"))

        version = d.pop("version")

        registered_by = d.pop("registered_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        talent_out = cls(
            id=id,
            center_id=center_id,
            name=name,
            gender=gender,
            birth_date=birth_date,
            nationality=nationality,
            id_document=id_document,
            phone=phone,
            personal_data_masked=personal_data_masked,
            email=email,
            level=level,
            role=role,
            origin=origin,
            introduced_from=introduced_from,
            joined_on=joined_on,
            left_on=left_on,
            qualifications=qualifications,
            version=version,
            registered_by=registered_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        talent_out.additional_properties = d
        return talent_out

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
