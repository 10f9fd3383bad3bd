from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.service_kind import ServiceKind

T = TypeVar("T", bound="ServiceRequestCreate")


@_attrs_define
class ServiceRequestCreate:
    """
    Attributes:
        talent_id (UUID):
        kind (ServiceKind): 住房、医疗保健、教育服务 (`五(七)`); education is the children's schooling of the talent.
        details (str): what is asked for; may hold personal matters, so it is in no event
    """

    talent_id: UUID
    kind: ServiceKind
    details: str

    def to_dict(self) -> dict[str, Any]:
        talent_id = str(self.talent_id)

        kind = self.kind.value

        details = self.details

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "talent_id": talent_id,
                "kind": kind,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        talent_id = UUID(d.pop("talent_id"))

        kind = ServiceKind(d.pop("kind"))

        details = d.pop("details")

        service_request_create = cls(
            talent_id=talent_id,
            kind=kind,
            details=details,
        )

        return service_request_create
