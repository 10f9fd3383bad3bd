from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expert_change import ExpertChange

if TYPE_CHECKING:
    from ..models.expert_revision_out_record import ExpertRevisionOutRecord


T = TypeVar("T", bound="ExpertRevisionOut")


@_attrs_define
class ExpertRevisionOut:
    """
    Attributes:
        version (int):
        change (ExpertChange): What one revision of an expert's record changed.
        record (ExpertRevisionOutRecord): the expert's whole record after the change
        changed_by (str):
        changed_at (datetime.datetime):
    """

    version: int
    change: ExpertChange
    record: ExpertRevisionOutRecord
    changed_by: str
    changed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        change = self.change.value

        record = self.record.to_dict()

        changed_by = self.changed_by

        changed_at = self.changed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "change": change,
                "record": record,
                "changed_by": changed_by,
                "changed_at": changed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.expert_revision_out_record import ExpertRevisionOutRecord

        d = dict(src_dict)
        version = d.pop("version")

        change = ExpertChange(d.pop("change"))

        record = ExpertRevisionOutRecord.from_dict(d.pop("record"))

        changed_by = d.pop("changed_by")

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        expert_revision_out = cls(
            version=version,
            change=change,
            record=record,
            changed_by=changed_by,
            changed_at=changed_at,
        )

        expert_revision_out.additional_properties = d
        return expert_revision_out

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
