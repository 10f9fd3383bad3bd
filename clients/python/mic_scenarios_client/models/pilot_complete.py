from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.pilot_outcome import PilotOutcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="PilotComplete")


@_attrs_define
class PilotComplete:
    """
    Attributes:
        outcome (PilotOutcome):
        summary (None | str | Unset):
    """

    outcome: PilotOutcome
    summary: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outcome = PilotOutcome(d.pop("outcome"))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        pilot_complete = cls(
            outcome=outcome,
            summary=summary,
        )

        return pilot_complete
