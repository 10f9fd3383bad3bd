from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.support_type import SupportType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationCreate")


@_attrs_define
class ApplicationCreate:
    """
    Attributes:
        center_id (UUID):
        support_type (SupportType):
        title (str):
        description (str): 建设情况 and what the support is for
        requested_amount (None | str | Unset): yuan asked for: opens a support case that the bureau decides (at most
            this much, unless a second reviewer agrees); none for support without money
    """

    center_id: UUID
    support_type: SupportType
    title: str
    description: str
    requested_amount: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        center_id = str(self.center_id)

        support_type = self.support_type.value

        title = self.title

        description = self.description

        requested_amount: None | str | Unset
        if isinstance(self.requested_amount, Unset):
            requested_amount = UNSET
        else:
            requested_amount = self.requested_amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "center_id": center_id,
                "support_type": support_type,
                "title": title,
                "description": description,
            }
        )
        if requested_amount is not UNSET:
            field_dict["requested_amount"] = requested_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        center_id = UUID(d.pop("center_id"))

        support_type = SupportType(d.pop("support_type"))

        title = d.pop("title")

        description = d.pop("description")

        def _parse_requested_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_amount = _parse_requested_amount(d.pop("requested_amount", UNSET))

        application_create = cls(
            center_id=center_id,
            support_type=support_type,
            title=title,
            description=description,
            requested_amount=requested_amount,
        )

        return application_create
