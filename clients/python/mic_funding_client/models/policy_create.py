from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyCreate")


@_attrs_define
class PolicyCreate:
    """
    Attributes:
        code (str): snake_case, e.g. huangpu_upgrade_support
        title (str):
        clause (str): work-plan clause, e.g. 五(八)
        source (str): the legal source of the rule
        jurisdiction (str | Unset): city, or a district code Default: 'city'.
    """

    code: str
    title: str
    clause: str
    source: str
    jurisdiction: str | Unset = "city"

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        clause = self.clause

        source = self.source

        jurisdiction = self.jurisdiction

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "title": title,
                "clause": clause,
                "source": source,
            }
        )
        if jurisdiction is not UNSET:
            field_dict["jurisdiction"] = jurisdiction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        title = d.pop("title")

        clause = d.pop("clause")

        source = d.pop("source")

        jurisdiction = d.pop("jurisdiction", UNSET)

        policy_create = cls(
            code=code,
            title=title,
            clause=clause,
            source=source,
            jurisdiction=jurisdiction,
        )

        return policy_create
