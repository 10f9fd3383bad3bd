from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MatchedTermOut")


@_attrs_define
class MatchedTermOut:
    """
    Attributes:
        term (str): the canonical term both sides use
        scenario_forms (list[str]): how the scenario wrote it
        offering_forms (list[str]): how the offering wrote it
    """

    term: str
    scenario_forms: list[str]
    offering_forms: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        term = self.term

        scenario_forms = self.scenario_forms

        offering_forms = self.offering_forms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "term": term,
                "scenario_forms": scenario_forms,
                "offering_forms": offering_forms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        term = d.pop("term")

        scenario_forms = cast(list[str], d.pop("scenario_forms"))

        offering_forms = cast(list[str], d.pop("offering_forms"))

        matched_term_out = cls(
            term=term,
            scenario_forms=scenario_forms,
            offering_forms=offering_forms,
        )

        matched_term_out.additional_properties = d
        return matched_term_out

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
