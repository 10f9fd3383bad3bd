from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kind import Kind

T = TypeVar("T", bound="PreferenceOut")


@_attrs_define
class PreferenceOut:
    """
    Attributes:
        sub (str):
        email (str):
        kinds (list[Kind]):
        role (str): the role of the token the preference was saved with
        district (None | str):
        center_id (None | UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    sub: str
    email: str
    kinds: list[Kind]
    role: str
    district: None | str
    center_id: None | UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub = self.sub

        email = self.email

        kinds = []
        for kinds_item_data in self.kinds:
            kinds_item = kinds_item_data.value
            kinds.append(kinds_item)

        role = self.role

        district: None | str
        district = self.district

        center_id: None | str
        if isinstance(self.center_id, UUID):
            center_id = str(self.center_id)
        else:
            center_id = self.center_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sub": sub,
                "email": email,
                "kinds": kinds,
                "role": role,
                "district": district,
                "center_id": center_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sub = d.pop("sub")

        email = d.pop("email")

        kinds = []
        _kinds = d.pop("kinds")
        for kinds_item_data in _kinds:
            kinds_item = Kind(kinds_item_data)

            kinds.append(kinds_item)

        role = d.pop("role")

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        preference_out = cls(
            sub=sub,
            email=email,
            kinds=kinds,
            role=role,
            district=district,
            center_id=center_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        preference_out.additional_properties = d
        return preference_out

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
