from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade import Grade

if TYPE_CHECKING:
    from ..models.result_out_trace_type_0 import ResultOutTraceType0


T = TypeVar("T", bound="ResultOut")


@_attrs_define
class ResultOut:
    """
    Attributes:
        total_score (str): decimal, two places
        grade (Grade):
        grade_zh (str):
        rule_version (int):
        concluded_at (datetime.datetime):
        concluded_by (str):
        comment (None | str):
        trace (None | ResultOutTraceType0): every step of the computation; shown to municipal admins only (it names
            experts)
    """

    total_score: str
    grade: Grade
    grade_zh: str
    rule_version: int
    concluded_at: datetime.datetime
    concluded_by: str
    comment: None | str
    trace: None | ResultOutTraceType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.result_out_trace_type_0 import ResultOutTraceType0

        total_score = self.total_score

        grade = self.grade.value

        grade_zh = self.grade_zh

        rule_version = self.rule_version

        concluded_at = self.concluded_at.isoformat()

        concluded_by = self.concluded_by

        comment: None | str
        comment = self.comment

        trace: dict[str, Any] | None
        if isinstance(self.trace, ResultOutTraceType0):
            trace = self.trace.to_dict()
        else:
            trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_score": total_score,
                "grade": grade,
                "grade_zh": grade_zh,
                "rule_version": rule_version,
                "concluded_at": concluded_at,
                "concluded_by": concluded_by,
                "comment": comment,
                "trace": trace,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.result_out_trace_type_0 import ResultOutTraceType0

        d = dict(src_dict)
        total_score = d.pop("total_score")

        grade = Grade(d.pop("grade"))

        grade_zh = d.pop("grade_zh")

        rule_version = d.pop("rule_version")

        concluded_at = datetime.datetime.fromisoformat(d.pop("concluded_at"))

        concluded_by = d.pop("concluded_by")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_trace(data: object) -> None | ResultOutTraceType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trace_type_0 = ResultOutTraceType0.from_dict(data)

                return trace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResultOutTraceType0, data)

        trace = _parse_trace(d.pop("trace"))

        result_out = cls(
            total_score=total_score,
            grade=grade,
            grade_zh=grade_zh,
            rule_version=rule_version,
            concluded_at=concluded_at,
            concluded_by=concluded_by,
            comment=comment,
            trace=trace,
        )

        result_out.additional_properties = d
        return result_out

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
