from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shareholder import Shareholder


T = TypeVar("T", bound="LegalEntity")


@_attrs_define
class LegalEntity:
    """The center's company (企业法人).

    Attributes:
        name (str):
        uscc (None | str | Unset):
        registered_capital (None | str | Unset): 注册资本, decimal yuan
        shareholders (list[Shareholder] | Unset):
    """

    name: str
    uscc: None | str | Unset = UNSET
    registered_capital: None | str | Unset = UNSET
    shareholders: list[Shareholder] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        uscc: None | str | Unset
        if isinstance(self.uscc, Unset):
            uscc = UNSET
        else:
            uscc = self.uscc

        registered_capital: None | str | Unset
        if isinstance(self.registered_capital, Unset):
            registered_capital = UNSET
        else:
            registered_capital = self.registered_capital

        shareholders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shareholders, Unset):
            shareholders = []
            for shareholders_item_data in self.shareholders:
                shareholders_item = shareholders_item_data.to_dict()
                shareholders.append(shareholders_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if uscc is not UNSET:
            field_dict["uscc"] = uscc
        if registered_capital is not UNSET:
            field_dict["registered_capital"] = registered_capital
        if shareholders is not UNSET:
            field_dict["shareholders"] = shareholders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.shareholder import Shareholder

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_uscc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uscc = _parse_uscc(d.pop("uscc", UNSET))

        def _parse_registered_capital(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registered_capital = _parse_registered_capital(
            d.pop("registered_capital", UNSET)
        )

        _shareholders = d.pop("shareholders", UNSET)
        shareholders: list[Shareholder] | Unset = UNSET
        if _shareholders is not UNSET:
            shareholders = []
            for shareholders_item_data in _shareholders:
                shareholders_item = Shareholder.from_dict(shareholders_item_data)

                shareholders.append(shareholders_item)

        legal_entity = cls(
            name=name,
            uscc=uscc,
            registered_capital=registered_capital,
            shareholders=shareholders,
        )

        return legal_entity
