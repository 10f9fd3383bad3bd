from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.maturity_level import MaturityLevel
from ..models.offering_patch_cluster_code_type_0 import OfferingPatchClusterCodeType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferingPatch")


@_attrs_define
class OfferingPatch:
    """Any of an offering's fields but its center; one left out stays (none may be set to null).

    Attributes:
        name (None | str | Unset):
        description (None | str | Unset):
        cluster_code (None | OfferingPatchClusterCodeType0 | Unset):
        tags (list[str] | None | Unset):
        maturity_level (MaturityLevel | None | Unset):
        certifications (list[str] | None | Unset):
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    cluster_code: None | OfferingPatchClusterCodeType0 | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    maturity_level: MaturityLevel | None | Unset = UNSET
    certifications: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        cluster_code: None | str | Unset
        if isinstance(self.cluster_code, Unset):
            cluster_code = UNSET
        elif isinstance(self.cluster_code, OfferingPatchClusterCodeType0):
            cluster_code = self.cluster_code.value
        else:
            cluster_code = self.cluster_code

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        maturity_level: None | str | Unset
        if isinstance(self.maturity_level, Unset):
            maturity_level = UNSET
        elif isinstance(self.maturity_level, MaturityLevel):
            maturity_level = self.maturity_level.value
        else:
            maturity_level = self.maturity_level

        certifications: list[str] | None | Unset
        if isinstance(self.certifications, Unset):
            certifications = UNSET
        elif isinstance(self.certifications, list):
            certifications = self.certifications

        else:
            certifications = self.certifications

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if cluster_code is not UNSET:
            field_dict["cluster_code"] = cluster_code
        if tags is not UNSET:
            field_dict["tags"] = tags
        if maturity_level is not UNSET:
            field_dict["maturity_level"] = maturity_level
        if certifications is not UNSET:
            field_dict["certifications"] = certifications

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_cluster_code(
            data: object,
        ) -> None | OfferingPatchClusterCodeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cluster_code_type_0 = OfferingPatchClusterCodeType0(data)

                return cluster_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OfferingPatchClusterCodeType0 | Unset, data)

        cluster_code = _parse_cluster_code(d.pop("cluster_code", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_maturity_level(data: object) -> MaturityLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                maturity_level_type_0 = MaturityLevel(data)

                return maturity_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MaturityLevel | None | Unset, data)

        maturity_level = _parse_maturity_level(d.pop("maturity_level", UNSET))

        def _parse_certifications(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                certifications_type_0 = cast(list[str], data)

                return certifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        certifications = _parse_certifications(d.pop("certifications", UNSET))

        offering_patch = cls(
            name=name,
            description=description,
            cluster_code=cluster_code,
            tags=tags,
            maturity_level=maturity_level,
            certifications=certifications,
        )

        return offering_patch
