from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DataResourceIn")


@_attrs_define
class DataResourceIn:
    """
    Attributes:
        name (str):
        owner_department (str): the department that holds the data
        format_ (str): how it is provided, e.g. API (JSON), CSV
        access_terms (str): on what terms it is opened (开放条件)
    """

    name: str
    owner_department: str
    format_: str
    access_terms: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner_department = self.owner_department

        format_ = self.format_

        access_terms = self.access_terms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "owner_department": owner_department,
                "format": format_,
                "access_terms": access_terms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        owner_department = d.pop("owner_department")

        format_ = d.pop("format")

        access_terms = d.pop("access_terms")

        data_resource_in = cls(
            name=name,
            owner_department=owner_department,
            format_=format_,
            access_terms=access_terms,
        )

        return data_resource_in
