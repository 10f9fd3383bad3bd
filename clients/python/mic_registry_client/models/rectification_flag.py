from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RectificationFlag")


@_attrs_define
class RectificationFlag:
    """Where the center stands on rectification, over all its evaluations.

    Attributes:
        under_rectification (bool): a 不合格 evaluation awaits its re-check
        evaluation_id (None | UUID): that evaluation
        rectification_due (datetime.date | None):
        overdue (bool): the due date has passed without a re-check
        revocation_proposed (bool): any evaluation of the center proposes revocation
    """

    under_rectification: bool
    evaluation_id: None | UUID
    rectification_due: datetime.date | None
    overdue: bool
    revocation_proposed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        under_rectification = self.under_rectification

        evaluation_id: None | str
        if isinstance(self.evaluation_id, UUID):
            evaluation_id = str(self.evaluation_id)
        else:
            evaluation_id = self.evaluation_id

        rectification_due: None | str
        if isinstance(self.rectification_due, datetime.date):
            rectification_due = self.rectification_due.isoformat()
        else:
            rectification_due = self.rectification_due

        overdue = self.overdue

        revocation_proposed = self.revocation_proposed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "under_rectification": under_rectification,
                "evaluation_id": evaluation_id,
                "rectification_due": rectification_due,
                "overdue": overdue,
                "revocation_proposed": revocation_proposed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        under_rectification = d.pop("under_rectification")

        def _parse_evaluation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evaluation_id_type_0 = UUID(data)

                return evaluation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        evaluation_id = _parse_evaluation_id(d.pop("evaluation_id"))

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

        overdue = d.pop("overdue")

        revocation_proposed = d.pop("revocation_proposed")

        rectification_flag = cls(
            under_rectification=under_rectification,
            evaluation_id=evaluation_id,
            rectification_due=rectification_due,
            overdue=overdue,
            revocation_proposed=revocation_proposed,
        )

        rectification_flag.additional_properties = d
        return rectification_flag

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
