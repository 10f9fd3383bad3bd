from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.option_in import OptionIn


T = TypeVar("T", bound="ResolvedLine")


@_attrs_define
class ResolvedLine:
    """What a person decides to pay on one line (an existing line, or a new one of a known policy).

    Attributes:
        policy_code (str):
        options (list[OptionIn]):
    """

    policy_code: str
    options: list[OptionIn]

    def to_dict(self) -> dict[str, Any]:
        policy_code = self.policy_code

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "policy_code": policy_code,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.option_in import OptionIn

        d = dict(src_dict)
        policy_code = d.pop("policy_code")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = OptionIn.from_dict(options_item_data)

            options.append(options_item)

        resolved_line = cls(
            policy_code=policy_code,
            options=options,
        )

        return resolved_line
