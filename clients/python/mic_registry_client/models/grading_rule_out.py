from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.grading_rule_out_parameters import GradingRuleOutParameters


T = TypeVar("T", bound="GradingRuleOut")


@_attrs_define
class GradingRuleOut:
    """
    Attributes:
        version (int):
        effective_from (datetime.date):
        effective_to (datetime.date | None):
        basis (str):
        parameters (GradingRuleOutParameters):
    """

    version: int
    effective_from: datetime.date
    effective_to: datetime.date | None
    basis: str
    parameters: GradingRuleOutParameters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        effective_from = self.effective_from.isoformat()

        effective_to: None | str
        if isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        basis = self.basis

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "effective_from": effective_from,
                "effective_to": effective_to,
                "basis": basis,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grading_rule_out_parameters import GradingRuleOutParameters

        d = dict(src_dict)
        version = d.pop("version")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        def _parse_effective_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)

                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_to = _parse_effective_to(d.pop("effective_to"))

        basis = d.pop("basis")

        parameters = GradingRuleOutParameters.from_dict(d.pop("parameters"))

        grading_rule_out = cls(
            version=version,
            effective_from=effective_from,
            effective_to=effective_to,
            basis=basis,
            parameters=parameters,
        )

        grading_rule_out.additional_properties = d
        return grading_rule_out

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
