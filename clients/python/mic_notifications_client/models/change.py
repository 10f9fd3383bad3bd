from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_operation import ChangeOperation

if TYPE_CHECKING:
    from ..models.change_after_type_0 import ChangeAfterType0
    from ..models.change_before_type_0 import ChangeBeforeType0
    from ..models.change_key import ChangeKey


T = TypeVar("T", bound="Change")


@_attrs_define
class Change:
    """
    Attributes:
        table (str): the table of the changed row
        key (ChangeKey): the row's primary key
        operation (ChangeOperation):
        before (ChangeBeforeType0 | None): the changed columns before (null for an insert)
        after (ChangeAfterType0 | None): the changed columns after (null for a delete)
    """

    table: str
    key: ChangeKey
    operation: ChangeOperation
    before: ChangeBeforeType0 | None
    after: ChangeAfterType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.change_after_type_0 import ChangeAfterType0
        from ..models.change_before_type_0 import ChangeBeforeType0

        table = self.table

        key = self.key.to_dict()

        operation = self.operation.value

        before: dict[str, Any] | None
        if isinstance(self.before, ChangeBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        after: dict[str, Any] | None
        if isinstance(self.after, ChangeAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "table": table,
                "key": key,
                "operation": operation,
                "before": before,
                "after": after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.change_after_type_0 import ChangeAfterType0
        from ..models.change_before_type_0 import ChangeBeforeType0
        from ..models.change_key import ChangeKey

        d = dict(src_dict)
        table = d.pop("table")

        key = ChangeKey.from_dict(d.pop("key"))

        operation = ChangeOperation(d.pop("operation"))

        def _parse_before(data: object) -> ChangeBeforeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = ChangeBeforeType0.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeBeforeType0 | None, data)

        before = _parse_before(d.pop("before"))

        def _parse_after(data: object) -> ChangeAfterType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = ChangeAfterType0.from_dict(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeAfterType0 | None, data)

        after = _parse_after(d.pop("after"))

        change = cls(
            table=table,
            key=key,
            operation=operation,
            before=before,
            after=after,
        )

        change.additional_properties = d
        return change

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
