from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.line_out import LineOut
    from ..models.option_out import OptionOut
    from ..models.policy_ref import PolicyRef
    from ..models.support_case_out_inputs import SupportCaseOutInputs
    from ..models.support_case_out_proposed_resolution_type_0 import (
        SupportCaseOutProposedResolutionType0,
    )
    from ..models.support_case_out_trace_item import SupportCaseOutTraceItem


T = TypeVar("T", bound="SupportCaseOut")


@_attrs_define
class SupportCaseOut:
    """
    Attributes:
        id (UUID):
        center_id (UUID):
        kind (str): the programme: upgrade_support, municipal_support, platform_subsidy, first_set_subsidy
        tier (str): an upgrade's tier; else the center's tier when the case opened
        status (str):
        requested_amount (None | str): what the center asked for (an application)
        options (list[OptionOut]):
        reason (None | str):
        policy (None | PolicyRef):
        inputs (SupportCaseOutInputs):
        trace (list[SupportCaseOutTraceItem]):
        lines (list[LineOut]):
        selected_option (None | str):
        resolved_by (None | str): who decided the amounts of a review: may not approve
        resolution_proposed_by (None | str): who proposed amounts above the request or the rule's cap: a second reviewer
            applies them
        proposed_resolution (None | SupportCaseOutProposedResolutionType0): the proposal awaiting a second reviewer
        approved_amount (None | str):
        disbursed_amount (str):
        budget_year (int | None):
        first_approved_by (None | str):
        approved_by (None | str):
        approved_at (datetime.datetime | None):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    center_id: UUID
    kind: str
    tier: str
    status: str
    requested_amount: None | str
    options: list[OptionOut]
    reason: None | str
    policy: None | PolicyRef
    inputs: SupportCaseOutInputs
    trace: list[SupportCaseOutTraceItem]
    lines: list[LineOut]
    selected_option: None | str
    resolved_by: None | str
    resolution_proposed_by: None | str
    proposed_resolution: None | SupportCaseOutProposedResolutionType0
    approved_amount: None | str
    disbursed_amount: str
    budget_year: int | None
    first_approved_by: None | str
    approved_by: None | str
    approved_at: datetime.datetime | None
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.policy_ref import PolicyRef
        from ..models.support_case_out_proposed_resolution_type_0 import (
            SupportCaseOutProposedResolutionType0,
        )

        id = str(self.id)

        center_id = str(self.center_id)

        kind = self.kind

        tier = self.tier

        status = self.status

        requested_amount: None | str
        requested_amount = self.requested_amount

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        reason: None | str
        reason = self.reason

        policy: dict[str, Any] | None
        if isinstance(self.policy, PolicyRef):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

        inputs = self.inputs.to_dict()

        trace = []
        for trace_item_data in self.trace:
            trace_item = trace_item_data.to_dict()
            trace.append(trace_item)

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        selected_option: None | str
        selected_option = self.selected_option

        resolved_by: None | str
        resolved_by = self.resolved_by

        resolution_proposed_by: None | str
        resolution_proposed_by = self.resolution_proposed_by

        proposed_resolution: dict[str, Any] | None
        if isinstance(self.proposed_resolution, SupportCaseOutProposedResolutionType0):
            proposed_resolution = self.proposed_resolution.to_dict()
        else:
            proposed_resolution = self.proposed_resolution

        approved_amount: None | str
        approved_amount = self.approved_amount

        disbursed_amount = self.disbursed_amount

        budget_year: int | None
        budget_year = self.budget_year

        first_approved_by: None | str
        first_approved_by = self.first_approved_by

        approved_by: None | str
        approved_by = self.approved_by

        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "center_id": center_id,
                "kind": kind,
                "tier": tier,
                "status": status,
                "requested_amount": requested_amount,
                "options": options,
                "reason": reason,
                "policy": policy,
                "inputs": inputs,
                "trace": trace,
                "lines": lines,
                "selected_option": selected_option,
                "resolved_by": resolved_by,
                "resolution_proposed_by": resolution_proposed_by,
                "proposed_resolution": proposed_resolution,
                "approved_amount": approved_amount,
                "disbursed_amount": disbursed_amount,
                "budget_year": budget_year,
                "first_approved_by": first_approved_by,
                "approved_by": approved_by,
                "approved_at": approved_at,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_out import LineOut
        from ..models.option_out import OptionOut
        from ..models.policy_ref import PolicyRef
        from ..models.support_case_out_inputs import SupportCaseOutInputs
        from ..models.support_case_out_proposed_resolution_type_0 import (
            SupportCaseOutProposedResolutionType0,
        )
        from ..models.support_case_out_trace_item import SupportCaseOutTraceItem

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        center_id = UUID(d.pop("center_id"))

        kind = d.pop("kind")

        tier = d.pop("tier")

        status = d.pop("status")

        def _parse_requested_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requested_amount = _parse_requested_amount(d.pop("requested_amount"))

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = OptionOut.from_dict(options_item_data)

            options.append(options_item)

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_policy(data: object) -> None | PolicyRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                policy_type_0 = PolicyRef.from_dict(data)

                return policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PolicyRef, data)

        policy = _parse_policy(d.pop("policy"))

        inputs = SupportCaseOutInputs.from_dict(d.pop("inputs"))

        trace = []
        _trace = d.pop("trace")
        for trace_item_data in _trace:
            trace_item = SupportCaseOutTraceItem.from_dict(trace_item_data)

            trace.append(trace_item)

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = LineOut.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_selected_option(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        selected_option = _parse_selected_option(d.pop("selected_option"))

        def _parse_resolved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolved_by = _parse_resolved_by(d.pop("resolved_by"))

        def _parse_resolution_proposed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution_proposed_by = _parse_resolution_proposed_by(
            d.pop("resolution_proposed_by")
        )

        def _parse_proposed_resolution(
            data: object,
        ) -> None | SupportCaseOutProposedResolutionType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proposed_resolution_type_0 = (
                    SupportCaseOutProposedResolutionType0.from_dict(data)
                )

                return proposed_resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupportCaseOutProposedResolutionType0, data)

        proposed_resolution = _parse_proposed_resolution(d.pop("proposed_resolution"))

        def _parse_approved_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_amount = _parse_approved_amount(d.pop("approved_amount"))

        disbursed_amount = d.pop("disbursed_amount")

        def _parse_budget_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        budget_year = _parse_budget_year(d.pop("budget_year"))

        def _parse_first_approved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_approved_by = _parse_first_approved_by(d.pop("first_approved_by"))

        def _parse_approved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_by = _parse_approved_by(d.pop("approved_by"))

        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        support_case_out = cls(
            id=id,
            center_id=center_id,
            kind=kind,
            tier=tier,
            status=status,
            requested_amount=requested_amount,
            options=options,
            reason=reason,
            policy=policy,
            inputs=inputs,
            trace=trace,
            lines=lines,
            selected_option=selected_option,
            resolved_by=resolved_by,
            resolution_proposed_by=resolution_proposed_by,
            proposed_resolution=proposed_resolution,
            approved_amount=approved_amount,
            disbursed_amount=disbursed_amount,
            budget_year=budget_year,
            first_approved_by=first_approved_by,
            approved_by=approved_by,
            approved_at=approved_at,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        support_case_out.additional_properties = d
        return support_case_out

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
