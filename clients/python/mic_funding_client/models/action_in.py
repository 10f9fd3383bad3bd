from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.action_in_decision_type_0 import ActionInDecisionType0
from ..models.action_in_option_type_0 import ActionInOptionType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_in_line_options_type_0 import ActionInLineOptionsType0
    from ..models.resolved_line import ResolvedLine


T = TypeVar("T", bound="ActionIn")


@_attrs_define
class ActionIn:
    """The body of an action; each action reads its own fields (see the summary of the route).

    Attributes:
        comment (None | str | Unset):
        option (ActionInOptionType0 | None | Unset):
        line_options (ActionInLineOptionsType0 | None | Unset): per line (policy code) when a line does not offer
            `option`
        voucher_no (None | str | Unset):
        amount (None | str | Unset):
        paid_on (datetime.date | None | Unset):
        decision (ActionInDecisionType0 | None | Unset):
        justification (None | str | Unset):
        lines (list[ResolvedLine] | None | Unset):
    """

    comment: None | str | Unset = UNSET
    option: ActionInOptionType0 | None | Unset = UNSET
    line_options: ActionInLineOptionsType0 | None | Unset = UNSET
    voucher_no: None | str | Unset = UNSET
    amount: None | str | Unset = UNSET
    paid_on: datetime.date | None | Unset = UNSET
    decision: ActionInDecisionType0 | None | Unset = UNSET
    justification: None | str | Unset = UNSET
    lines: list[ResolvedLine] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_in_line_options_type_0 import ActionInLineOptionsType0

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        option: None | str | Unset
        if isinstance(self.option, Unset):
            option = UNSET
        elif isinstance(self.option, ActionInOptionType0):
            option = self.option.value
        else:
            option = self.option

        line_options: dict[str, Any] | None | Unset
        if isinstance(self.line_options, Unset):
            line_options = UNSET
        elif isinstance(self.line_options, ActionInLineOptionsType0):
            line_options = self.line_options.to_dict()
        else:
            line_options = self.line_options

        voucher_no: None | str | Unset
        if isinstance(self.voucher_no, Unset):
            voucher_no = UNSET
        else:
            voucher_no = self.voucher_no

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        paid_on: None | str | Unset
        if isinstance(self.paid_on, Unset):
            paid_on = UNSET
        elif isinstance(self.paid_on, datetime.date):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        decision: None | str | Unset
        if isinstance(self.decision, Unset):
            decision = UNSET
        elif isinstance(self.decision, ActionInDecisionType0):
            decision = self.decision.value
        else:
            decision = self.decision

        justification: None | str | Unset
        if isinstance(self.justification, Unset):
            justification = UNSET
        else:
            justification = self.justification

        lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)

        else:
            lines = self.lines

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if option is not UNSET:
            field_dict["option"] = option
        if line_options is not UNSET:
            field_dict["line_options"] = line_options
        if voucher_no is not UNSET:
            field_dict["voucher_no"] = voucher_no
        if amount is not UNSET:
            field_dict["amount"] = amount
        if paid_on is not UNSET:
            field_dict["paid_on"] = paid_on
        if decision is not UNSET:
            field_dict["decision"] = decision
        if justification is not UNSET:
            field_dict["justification"] = justification
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_in_line_options_type_0 import ActionInLineOptionsType0
        from ..models.resolved_line import ResolvedLine

        d = dict(src_dict)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_option(data: object) -> ActionInOptionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                option_type_0 = ActionInOptionType0(data)

                return option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionInOptionType0 | None | Unset, data)

        option = _parse_option(d.pop("option", UNSET))

        def _parse_line_options(
            data: object,
        ) -> ActionInLineOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                line_options_type_0 = ActionInLineOptionsType0.from_dict(data)

                return line_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionInLineOptionsType0 | None | Unset, data)

        line_options = _parse_line_options(d.pop("line_options", UNSET))

        def _parse_voucher_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voucher_no = _parse_voucher_no(d.pop("voucher_no", UNSET))

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_paid_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_on_type_0 = datetime.date.fromisoformat(data)

                return paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        paid_on = _parse_paid_on(d.pop("paid_on", UNSET))

        def _parse_decision(data: object) -> ActionInDecisionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_type_0 = ActionInDecisionType0(data)

                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionInDecisionType0 | None | Unset, data)

        decision = _parse_decision(d.pop("decision", UNSET))

        def _parse_justification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        justification = _parse_justification(d.pop("justification", UNSET))

        def _parse_lines(data: object) -> list[ResolvedLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = data
                for lines_type_0_item_data in _lines_type_0:
                    lines_type_0_item = ResolvedLine.from_dict(lines_type_0_item_data)

                    lines_type_0.append(lines_type_0_item)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResolvedLine] | None | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))

        action_in = cls(
            comment=comment,
            option=option,
            line_options=line_options,
            voucher_no=voucher_no,
            amount=amount,
            paid_on=paid_on,
            decision=decision,
            justification=justification,
            lines=lines,
        )

        return action_in
