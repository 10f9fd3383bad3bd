from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.gender import Gender
from ..models.level import Level
from ..models.origin import Origin
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_document_in import IdDocumentIn


T = TypeVar("T", bound="TalentCreate")


@_attrs_define
class TalentCreate:
    """
    Attributes:
        center_id (UUID):
        name (str):
        gender (Gender):
        birth_date (datetime.date):
        id_document (IdDocumentIn):
        phone (str): mobile or landline
        level (Level): The tiers of `三(六)` and `五(七)`: 领军人才, 高层次人才, 学术带头人, 研发骨干, 高技能人才.
        role (str): the talent's post at the center, e.g. 首席科学家
        origin (Origin): How the talent came to the center (`三(六)`: 人才引进、培养).
        joined_on (datetime.date): introduced: the day they joined; trained: the day training ended
        nationality (str | Unset): ISO 3166-1 alpha-3, e.g. CHN, USA, DEU Default: 'CHN'.
        email (None | str | Unset):
        introduced_from (None | str | Unset): where an introduced talent came from; only for introduced
        qualifications (list[str] | Unset): degrees, titles, honours (学历、职称、荣誉)
    """

    center_id: UUID
    name: str
    gender: Gender
    birth_date: datetime.date
    id_document: IdDocumentIn
    phone: str
    level: Level
    role: str
    origin: Origin
    joined_on: datetime.date
    nationality: str | Unset = "CHN"
    email: None | str | Unset = UNSET
    introduced_from: None | str | Unset = UNSET
    qualifications: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        center_id = str(self.center_id)

        name = self.name

        gender = self.gender.value

        birth_date = self.birth_date.isoformat()

        id_document = self.id_document.to_dict()

        phone = self.phone

        level = self.level.value

        role = self.role

        origin = self.origin.value

        joined_on = self.joined_on.isoformat()

        nationality = self.nationality

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        introduced_from: None | str | Unset
        if isinstance(self.introduced_from, Unset):
            introduced_from = UNSET
        else:
            introduced_from = self.introduced_from

        qualifications: list[str] | Unset = UNSET
        if not isinstance(self.qualifications, Unset):
            qualifications = self.qualifications

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "center_id": center_id,
                "name": name,
                "gender": gender,
                "birth_date": birth_date,
                "id_document": id_document,
                "phone": phone,
                "level": level,
                "role": role,
                "origin": origin,
                "joined_on": joined_on,
            }
        )
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if email is not UNSET:
            field_dict["email"] = email
        if introduced_from is not UNSET:
            field_dict["introduced_from"] = introduced_from
        if qualifications is not UNSET:
            field_dict["qualifications"] = qualifications

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.id_document_in import IdDocumentIn

        d = dict(src_dict)
        center_id = UUID(d.pop("center_id"))

        name = d.pop("name")

        gender = Gender(d.pop("gender"))

        birth_date = datetime.date.fromisoformat(d.pop("birth_date"))

        id_document = IdDocumentIn.from_dict(d.pop("id_document"))

        phone = d.pop("phone")

        level = Level(d.pop("level"))

        role = d.pop("role")

        origin = Origin(d.pop("origin"))

        joined_on = datetime.date.fromisoformat(d.pop("joined_on"))

        nationality = d.pop("nationality", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_introduced_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        introduced_from = _parse_introduced_from(d.pop("introduced_from", UNSET))

        qualifications = cast(list[str], d.pop("qualifications", UNSET))

        talent_create = cls(
            center_id=center_id,
            name=name,
            gender=gender,
            birth_date=birth_date,
            id_document=id_document,
            phone=phone,
            level=level,
            role=role,
            origin=origin,
            joined_on=joined_on,
            nationality=nationality,
            email=email,
            introduced_from=introduced_from,
            qualifications=qualifications,
        )

        return talent_create
