from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.policy_version_out_parameters import PolicyVersionOutParameters
    from ..models.policy_version_out_publish_trace_type_0_item import (
        PolicyVersionOutPublishTraceType0Item,
    )


T = TypeVar("T", bound="PolicyVersionOut")


@_attrs_define
class PolicyVersionOut:
    """
    Attributes:
        policy_code (str):
        version (int):
        effective_from (datetime.date):
        effective_to (datetime.date | None):
        rule_kind (str):
        parameters (PolicyVersionOutParameters):
        clause (str):
        source (str):
        provisional (bool):
        status (str):
        created_by (str):
        published_by (None | str):
        published_at (datetime.datetime | None):
        publish_trace (list[PolicyVersionOutPublishTraceType0Item] | None):
        created_at (datetime.datetime):
    """

    policy_code: str
    version: int
    effective_from: datetime.date
    effective_to: datetime.date | None
    rule_kind: str
    parameters: PolicyVersionOutParameters
    clause: str
    source: str
    provisional: bool
    status: str
    created_by: str
    published_by: None | str
    published_at: datetime.datetime | None
    publish_trace: list[PolicyVersionOutPublishTraceType0Item] | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_code = self.policy_code

        version = self.version

        effective_from = self.effective_from.isoformat()

        effective_to: None | str
        if isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        rule_kind = self.rule_kind

        parameters = self.parameters.to_dict()

        clause = self.clause

        source = self.source

        provisional = self.provisional

        status = self.status

        created_by = self.created_by

        published_by: None | str
        published_by = self.published_by

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        publish_trace: list[dict[str, Any]] | None
        if isinstance(self.publish_trace, list):
            publish_trace = []
            for publish_trace_type_0_item_data in self.publish_trace:
                publish_trace_type_0_item = publish_trace_type_0_item_data.to_dict()
                publish_trace.append(publish_trace_type_0_item)

        else:
            publish_trace = self.publish_trace

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy_code": policy_code,
                "version": version,
                "effective_from": effective_from,
                "effective_to": effective_to,
                "rule_kind": rule_kind,
                "parameters": parameters,
                "clause": clause,
                "source": source,
                "provisional": provisional,
                "status": status,
                "created_by": created_by,
                "published_by": published_by,
                "published_at": published_at,
                "publish_trace": publish_trace,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.policy_version_out_parameters import PolicyVersionOutParameters
        from ..models.policy_version_out_publish_trace_type_0_item import (
            PolicyVersionOutPublishTraceType0Item,
        )

        d = dict(src_dict)
        policy_code = d.pop("policy_code")

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

        rule_kind = d.pop("rule_kind")

        parameters = PolicyVersionOutParameters.from_dict(d.pop("parameters"))

        clause = d.pop("clause")

        source = d.pop("source")

        provisional = d.pop("provisional")

        status = d.pop("status")

        created_by = d.pop("created_by")

        def _parse_published_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_by = _parse_published_by(d.pop("published_by"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        def _parse_publish_trace(
            data: object,
        ) -> list[PolicyVersionOutPublishTraceType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                publish_trace_type_0 = []
                _publish_trace_type_0 = data
                for publish_trace_type_0_item_data in _publish_trace_type_0:
                    publish_trace_type_0_item = (
                        PolicyVersionOutPublishTraceType0Item.from_dict(
                            publish_trace_type_0_item_data
                        )
                    )

                    publish_trace_type_0.append(publish_trace_type_0_item)

                return publish_trace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PolicyVersionOutPublishTraceType0Item] | None, data)

        publish_trace = _parse_publish_trace(d.pop("publish_trace"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        policy_version_out = cls(
            policy_code=policy_code,
            version=version,
            effective_from=effective_from,
            effective_to=effective_to,
            rule_kind=rule_kind,
            parameters=parameters,
            clause=clause,
            source=source,
            provisional=provisional,
            status=status,
            created_by=created_by,
            published_by=published_by,
            published_at=published_at,
            publish_trace=publish_trace,
            created_at=created_at,
        )

        policy_version_out.additional_properties = d
        return policy_version_out

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
