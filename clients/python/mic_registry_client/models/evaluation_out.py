from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_status import EvaluationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.closure_out import ClosureOut
    from ..models.expert_out import ExpertOut
    from ..models.indicators import Indicators
    from ..models.rectification_out import RectificationOut
    from ..models.result_out import ResultOut
    from ..models.talent_records import TalentRecords


T = TypeVar("T", bound="EvaluationOut")


@_attrs_define
class EvaluationOut:
    """
    Attributes:
        id (UUID):
        center_id (UUID):
        year (int):
        status (EvaluationStatus):
        indicators (Indicators): The yearly indicators a center reports (DESIGN 2).
        talent_records (None | TalentRecords): what the talent service recorded for the center and the evaluation's year
            (三(六)), beside the reported talents_introduced and talents_trained; null while talent has recorded nothing for
            that year. Read at request time from registry's copy of talent's figures, which follows talent's events
        submitted_by (str):
        experts (list[ExpertOut]):
        result (None | ResultOut):
        rectification (None | RectificationOut):
        revocation_proposed (bool): the system proposes revocation; a municipal admin decides with the center's revoke
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        closure (ClosureOut | None | Unset): set when closed_by_revocation
    """

    id: UUID
    center_id: UUID
    year: int
    status: EvaluationStatus
    indicators: Indicators
    talent_records: None | TalentRecords
    submitted_by: str
    experts: list[ExpertOut]
    result: None | ResultOut
    rectification: None | RectificationOut
    revocation_proposed: bool
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    closure: ClosureOut | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.closure_out import ClosureOut
        from ..models.rectification_out import RectificationOut
        from ..models.result_out import ResultOut
        from ..models.talent_records import TalentRecords

        id = str(self.id)

        center_id = str(self.center_id)

        year = self.year

        status = self.status.value

        indicators = self.indicators.to_dict()

        talent_records: dict[str, Any] | None
        if isinstance(self.talent_records, TalentRecords):
            talent_records = self.talent_records.to_dict()
        else:
            talent_records = self.talent_records

        submitted_by = self.submitted_by

        experts = []
        for experts_item_data in self.experts:
            experts_item = experts_item_data.to_dict()
            experts.append(experts_item)

        result: dict[str, Any] | None
        if isinstance(self.result, ResultOut):
            result = self.result.to_dict()
        else:
            result = self.result

        rectification: dict[str, Any] | None
        if isinstance(self.rectification, RectificationOut):
            rectification = self.rectification.to_dict()
        else:
            rectification = self.rectification

        revocation_proposed = self.revocation_proposed

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        closure: dict[str, Any] | None | Unset
        if isinstance(self.closure, Unset):
            closure = UNSET
        elif isinstance(self.closure, ClosureOut):
            closure = self.closure.to_dict()
        else:
            closure = self.closure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "center_id": center_id,
                "year": year,
                "status": status,
                "indicators": indicators,
                "talent_records": talent_records,
                "submitted_by": submitted_by,
                "experts": experts,
                "result": result,
                "rectification": rectification,
                "revocation_proposed": revocation_proposed,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if closure is not UNSET:
            field_dict["closure"] = closure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.closure_out import ClosureOut
        from ..models.expert_out import ExpertOut
        from ..models.indicators import Indicators
        from ..models.rectification_out import RectificationOut
        from ..models.result_out import ResultOut
        from ..models.talent_records import TalentRecords

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        center_id = UUID(d.pop("center_id"))

        year = d.pop("year")

        status = EvaluationStatus(d.pop("status"))

        indicators = Indicators.from_dict(d.pop("indicators"))

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

        submitted_by = d.pop("submitted_by")

        experts = []
        _experts = d.pop("experts")
        for experts_item_data in _experts:
            experts_item = ExpertOut.from_dict(experts_item_data)

            experts.append(experts_item)

        def _parse_result(data: object) -> None | ResultOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = ResultOut.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResultOut, data)

        result = _parse_result(d.pop("result"))

        def _parse_rectification(data: object) -> None | RectificationOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rectification_type_0 = RectificationOut.from_dict(data)

                return rectification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RectificationOut, data)

        rectification = _parse_rectification(d.pop("rectification"))

        revocation_proposed = d.pop("revocation_proposed")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_closure(data: object) -> ClosureOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                closure_type_0 = ClosureOut.from_dict(data)

                return closure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClosureOut | None | Unset, data)

        closure = _parse_closure(d.pop("closure", UNSET))

        evaluation_out = cls(
            id=id,
            center_id=center_id,
            year=year,
            status=status,
            indicators=indicators,
            talent_records=talent_records,
            submitted_by=submitted_by,
            experts=experts,
            result=result,
            rectification=rectification,
            revocation_proposed=revocation_proposed,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            closure=closure,
        )

        evaluation_out.additional_properties = d
        return evaluation_out

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
