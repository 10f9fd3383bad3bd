from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_status import EvaluationStatus
from ..models.grade import Grade
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talent_records import TalentRecords


T = TypeVar("T", bound="EvaluationSummary")


@_attrs_define
class EvaluationSummary:
    """One row of a center's evaluation list.

    Attributes:
        id (UUID):
        year (int):
        status (EvaluationStatus):
        talent_records (None | TalentRecords): what the talent service recorded for the center and the evaluation's year
            (三(六)), beside the reported talents_introduced and talents_trained; null while talent has recorded nothing for
            that year. Read at request time from registry's copy of talent's figures, which follows talent's events
        grade (Grade | None):
        grade_zh (None | str):
        total_score (None | str):
        rule_version (int | None):
        concluded_at (datetime.datetime | None):
        rectification_due (datetime.date | None):
        recheck_passed (bool | None):
        revocation_proposed (bool):
        created_at (datetime.datetime):
        closed_reason (None | str | Unset): set when closed_by_revocation
    """

    id: UUID
    year: int
    status: EvaluationStatus
    talent_records: None | TalentRecords
    grade: Grade | None
    grade_zh: None | str
    total_score: None | str
    rule_version: int | None
    concluded_at: datetime.datetime | None
    rectification_due: datetime.date | None
    recheck_passed: bool | None
    revocation_proposed: bool
    created_at: datetime.datetime
    closed_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.talent_records import TalentRecords

        id = str(self.id)

        year = self.year

        status = self.status.value

        talent_records: dict[str, Any] | None
        if isinstance(self.talent_records, TalentRecords):
            talent_records = self.talent_records.to_dict()
        else:
            talent_records = self.talent_records

        grade: None | str
        if isinstance(self.grade, Grade):
            grade = self.grade.value
        else:
            grade = self.grade

        grade_zh: None | str
        grade_zh = self.grade_zh

        total_score: None | str
        total_score = self.total_score

        rule_version: int | None
        rule_version = self.rule_version

        concluded_at: None | str
        if isinstance(self.concluded_at, datetime.datetime):
            concluded_at = self.concluded_at.isoformat()
        else:
            concluded_at = self.concluded_at

        rectification_due: None | str
        if isinstance(self.rectification_due, datetime.date):
            rectification_due = self.rectification_due.isoformat()
        else:
            rectification_due = self.rectification_due

        recheck_passed: bool | None
        recheck_passed = self.recheck_passed

        revocation_proposed = self.revocation_proposed

        created_at = self.created_at.isoformat()

        closed_reason: None | str | Unset
        if isinstance(self.closed_reason, Unset):
            closed_reason = UNSET
        else:
            closed_reason = self.closed_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "year": year,
                "status": status,
                "talent_records": talent_records,
                "grade": grade,
                "grade_zh": grade_zh,
                "total_score": total_score,
                "rule_version": rule_version,
                "concluded_at": concluded_at,
                "rectification_due": rectification_due,
                "recheck_passed": recheck_passed,
                "revocation_proposed": revocation_proposed,
                "created_at": created_at,
            }
        )
        if closed_reason is not UNSET:
            field_dict["closed_reason"] = closed_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.talent_records import TalentRecords

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        year = d.pop("year")

        status = EvaluationStatus(d.pop("status"))

        def _parse_talent_records(data: object) -> None | TalentRecords:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                talent_records_type_0 = TalentRecords.from_dict(data)

                return talent_records_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TalentRecords, data)

        talent_records = _parse_talent_records(d.pop("talent_records"))

        def _parse_grade(data: object) -> Grade | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                grade_type_0 = Grade(data)

                return grade_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Grade | None, data)

        grade = _parse_grade(d.pop("grade"))

        def _parse_grade_zh(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        grade_zh = _parse_grade_zh(d.pop("grade_zh"))

        def _parse_total_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        total_score = _parse_total_score(d.pop("total_score"))

        def _parse_rule_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rule_version = _parse_rule_version(d.pop("rule_version"))

        def _parse_concluded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                concluded_at_type_0 = datetime.datetime.fromisoformat(data)

                return concluded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        concluded_at = _parse_concluded_at(d.pop("concluded_at"))

        def _parse_rectification_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rectification_due_type_0 = datetime.date.fromisoformat(data)

                return rectification_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        rectification_due = _parse_rectification_due(d.pop("rectification_due"))

        def _parse_recheck_passed(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        recheck_passed = _parse_recheck_passed(d.pop("recheck_passed"))

        revocation_proposed = d.pop("revocation_proposed")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_closed_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_reason = _parse_closed_reason(d.pop("closed_reason", UNSET))

        evaluation_summary = cls(
            id=id,
            year=year,
            status=status,
            talent_records=talent_records,
            grade=grade,
            grade_zh=grade_zh,
            total_score=total_score,
            rule_version=rule_version,
            concluded_at=concluded_at,
            rectification_due=rectification_due,
            recheck_passed=recheck_passed,
            revocation_proposed=revocation_proposed,
            created_at=created_at,
            closed_reason=closed_reason,
        )

        evaluation_summary.additional_properties = d
        return evaluation_summary

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
