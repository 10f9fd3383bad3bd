from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LegalBasis")


@_attrs_define
class LegalBasis:
    """
    Attributes:
        policy_code (str):
        version (int):
        clause (str):
        effective_from (datetime.date):
        effective_to (datetime.date | None):
        basis (str): the notice the category's rate comes from
        source (str):
    """

    policy_code: str
    version: int
    clause: str
    effective_from: datetime.date
    effective_to: datetime.date | None
    basis: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_code = self.policy_code

        version = self.version

        clause = self.clause

        effective_from = self.effective_from.isoformat()

        effective_to: None | str
        if isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        basis = self.basis

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy_code": policy_code,
                "version": version,
                "clause": clause,
                "effective_from": effective_from,
                "effective_to": effective_to,
                "basis": basis,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        policy_code = d.pop("policy_code")

        version = d.pop("version")

        clause = d.pop("clause")

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

        source = d.pop("source")

        legal_basis = cls(
            policy_code=policy_code,
            version=version,
            clause=clause,
            effective_from=effective_from,
            effective_to=effective_to,
            basis=basis,
            source=source,
        )

        legal_basis.additional_properties = d
        return legal_basis

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
