from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.policy_version_create_status import PolicyVersionCreateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_version_create_parameters import PolicyVersionCreateParameters


T = TypeVar("T", bound="PolicyVersionCreate")


@_attrs_define
class PolicyVersionCreate:
    """
    Attributes:
        effective_from (datetime.date):
        rule_kind (str):
        parameters (PolicyVersionCreateParameters):
        effective_to (datetime.date | None | Unset):
        clause (None | str | Unset): default: the policy's
        source (None | str | Unset): default: the policy's
        provisional (bool | Unset): its figures are not in the work plan or a source document yet: every case it prices
            goes to needs_review, for a person to confirm before approval Default: False.
        status (PolicyVersionCreateStatus | Unset): draft (simulate first), or published at once Default:
            PolicyVersionCreateStatus.DRAFT.
    """

    effective_from: datetime.date
    rule_kind: str
    parameters: PolicyVersionCreateParameters
    effective_to: datetime.date | None | Unset = UNSET
    clause: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    provisional: bool | Unset = False
    status: PolicyVersionCreateStatus | Unset = PolicyVersionCreateStatus.DRAFT

    def to_dict(self) -> dict[str, Any]:
        effective_from = self.effective_from.isoformat()

        rule_kind = self.rule_kind

        parameters = self.parameters.to_dict()

        effective_to: None | str | Unset
        if isinstance(self.effective_to, Unset):
            effective_to = UNSET
        elif isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        clause: None | str | Unset
        if isinstance(self.clause, Unset):
            clause = UNSET
        else:
            clause = self.clause

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        provisional = self.provisional

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "effective_from": effective_from,
                "rule_kind": rule_kind,
                "parameters": parameters,
            }
        )
        if effective_to is not UNSET:
            field_dict["effective_to"] = effective_to
        if clause is not UNSET:
            field_dict["clause"] = clause
        if source is not UNSET:
            field_dict["source"] = source
        if provisional is not UNSET:
            field_dict["provisional"] = provisional
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.policy_version_create_parameters import (
            PolicyVersionCreateParameters,
        )

        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        rule_kind = d.pop("rule_kind")

        parameters = PolicyVersionCreateParameters.from_dict(d.pop("parameters"))

        def _parse_effective_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)

                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_to = _parse_effective_to(d.pop("effective_to", UNSET))

        def _parse_clause(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clause = _parse_clause(d.pop("clause", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        provisional = d.pop("provisional", UNSET)

        _status = d.pop("status", UNSET)
        status: PolicyVersionCreateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PolicyVersionCreateStatus(_status)

        policy_version_create = cls(
            effective_from=effective_from,
            rule_kind=rule_kind,
            parameters=parameters,
            effective_to=effective_to,
            clause=clause,
            source=source,
            provisional=provisional,
            status=status,
        )

        return policy_version_create
