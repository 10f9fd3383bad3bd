from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recheck_out import RecheckOut


T = TypeVar("T", bound="RectificationOut")


@_attrs_define
class RectificationOut:
    """不合格 opens a one-year rectification that ends in a re-check (复核).

    Attributes:
        due (datetime.date):
        recheck (None | RecheckOut):
    """

    due: datetime.date
    recheck: None | RecheckOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recheck_out import RecheckOut

        due = self.due.isoformat()

        recheck: dict[str, Any] | None
        if isinstance(self.recheck, RecheckOut):
            recheck = self.recheck.to_dict()
        else:
            recheck = self.recheck

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "due": due,
                "recheck": recheck,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recheck_out import RecheckOut

        d = dict(src_dict)
        due = datetime.date.fromisoformat(d.pop("due"))

        def _parse_recheck(data: object) -> None | RecheckOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recheck_type_0 = RecheckOut.from_dict(data)

                return recheck_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecheckOut, data)

        recheck = _parse_recheck(d.pop("recheck"))

        rectification_out = cls(
            due=due,
            recheck=recheck,
        )

        rectification_out.additional_properties = d
        return rectification_out

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
