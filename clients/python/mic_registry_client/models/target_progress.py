from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TargetProgress")


@_attrs_define
class TargetProgress:
    """
    Attributes:
        code (str):
        title_zh (str):
        title_en (str):
        clause (str):
        target (int):
        deadline (datetime.date):
        actual (int):
        percent (str):
        met (bool):
        counts (str):
    """

    code: str
    title_zh: str
    title_en: str
    clause: str
    target: int
    deadline: datetime.date
    actual: int
    percent: str
    met: bool
    counts: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title_zh = self.title_zh

        title_en = self.title_en

        clause = self.clause

        target = self.target

        deadline = self.deadline.isoformat()

        actual = self.actual

        percent = self.percent

        met = self.met

        counts = self.counts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title_zh": title_zh,
                "title_en": title_en,
                "clause": clause,
                "target": target,
                "deadline": deadline,
                "actual": actual,
                "percent": percent,
                "met": met,
                "counts": counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        title_zh = d.pop("title_zh")

        title_en = d.pop("title_en")

        clause = d.pop("clause")

        target = d.pop("target")

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        actual = d.pop("actual")

        percent = d.pop("percent")

        met = d.pop("met")

        counts = d.pop("counts")

        target_progress = cls(
            code=code,
            title_zh=title_zh,
            title_en=title_en,
            clause=clause,
            target=target,
            deadline=deadline,
            actual=actual,
            percent=percent,
            met=met,
            counts=counts,
        )

        target_progress.additional_properties = d
        return target_progress

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
