from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectApproval")


@_attrs_define
class ProjectApproval:
    """
    Attributes:
        approved_on (datetime.date):
    """

    approved_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        approved_on = self.approved_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "approved_on": approved_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        approved_on = datetime.date.fromisoformat(d.pop("approved_on"))

        project_approval = cls(
            approved_on=approved_on,
        )

        return project_approval
