from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.maturity_level import MaturityLevel
from ..models.offering_create_cluster_code import OfferingCreateClusterCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferingCreate")


@_attrs_define
class OfferingCreate:
    """
    Attributes:
        center_id (UUID):
        name (str):
        description (str):
        cluster_code (OfferingCreateClusterCode): one of registry's industries (GET /api/v1/industries)
        maturity_level (MaturityLevel): How far the product or service has come (技术成熟度), from a prototype to mass
            production.
        tags (list[str] | Unset): at most 20, each once
        certifications (list[str] | Unset): certificates and recognitions held
    """

    center_id: UUID
    name: str
    description: str
    cluster_code: OfferingCreateClusterCode
    maturity_level: MaturityLevel
    tags: list[str] | Unset = UNSET
    certifications: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        center_id = str(self.center_id)

        name = self.name

        description = self.description

        cluster_code = self.cluster_code.value

        maturity_level = self.maturity_level.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        certifications: list[str] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = self.certifications

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "center_id": center_id,
                "name": name,
                "description": description,
                "cluster_code": cluster_code,
                "maturity_level": maturity_level,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if certifications is not UNSET:
            field_dict["certifications"] = certifications

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        center_id = UUID(d.pop("center_id"))

        name = d.pop("name")

        description = d.pop("description")

        cluster_code = OfferingCreateClusterCode(d.pop("cluster_code"))

        maturity_level = MaturityLevel(d.pop("maturity_level"))

        tags = cast(list[str], d.pop("tags", UNSET))

        certifications = cast(list[str], d.pop("certifications", UNSET))

        offering_create = cls(
            center_id=center_id,
            name=name,
            description=description,
            cluster_code=cluster_code,
            maturity_level=maturity_level,
            tags=tags,
            certifications=certifications,
        )

        return offering_create
