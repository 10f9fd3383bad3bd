from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reference_change_out_action import ReferenceChangeOutAction
from ..models.reference_change_out_entity import ReferenceChangeOutEntity

if TYPE_CHECKING:
    from ..models.reference_change_out_after import ReferenceChangeOutAfter
    from ..models.reference_change_out_before_type_0 import (
        ReferenceChangeOutBeforeType0,
    )


T = TypeVar("T", bound="ReferenceChangeOut")


@_attrs_define
class ReferenceChangeOut:
    """
    Attributes:
        id (UUID):
        entity (ReferenceChangeOutEntity):
        code (str):
        action (ReferenceChangeOutAction):
        before (None | ReferenceChangeOutBeforeType0):
        after (ReferenceChangeOutAfter):
        actor (str):
        changed_at (datetime.datetime):
    """

    id: UUID
    entity: ReferenceChangeOutEntity
    code: str
    action: ReferenceChangeOutAction
    before: None | ReferenceChangeOutBeforeType0
    after: ReferenceChangeOutAfter
    actor: str
    changed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.reference_change_out_before_type_0 import (
            ReferenceChangeOutBeforeType0,
        )

        id = str(self.id)

        entity = self.entity.value

        code = self.code

        action = self.action.value

        before: dict[str, Any] | None
        if isinstance(self.before, ReferenceChangeOutBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        after = self.after.to_dict()

        actor = self.actor

        changed_at = self.changed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "entity": entity,
                "code": code,
                "action": action,
                "before": before,
                "after": after,
                "actor": actor,
                "changed_at": changed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reference_change_out_after import ReferenceChangeOutAfter
        from ..models.reference_change_out_before_type_0 import (
            ReferenceChangeOutBeforeType0,
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        entity = ReferenceChangeOutEntity(d.pop("entity"))

        code = d.pop("code")

        action = ReferenceChangeOutAction(d.pop("action"))

        def _parse_before(data: object) -> None | ReferenceChangeOutBeforeType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = ReferenceChangeOutBeforeType0.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferenceChangeOutBeforeType0, data)

        before = _parse_before(d.pop("before"))

        after = ReferenceChangeOutAfter.from_dict(d.pop("after"))

        actor = d.pop("actor")

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        reference_change_out = cls(
            id=id,
            entity=entity,
            code=code,
            action=action,
            before=before,
            after=after,
            actor=actor,
            changed_at=changed_at,
        )

        reference_change_out.additional_properties = d
        return reference_change_out

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
