from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.scenario_patch_cluster_code_type_0 import ScenarioPatchClusterCodeType0
from ..models.scenario_patch_district_type_0 import ScenarioPatchDistrictType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_resource_in import DataResourceIn


T = TypeVar("T", bound="ScenarioPatch")


@_attrs_define
class ScenarioPatch:
    """Any of a draft's fields; one left out stays as it is (none may be set to null).

    Attributes:
        title (None | str | Unset):
        description (None | str | Unset):
        cluster_code (None | ScenarioPatchClusterCodeType0 | Unset):
        tags (list[str] | None | Unset):
        district (None | ScenarioPatchDistrictType0 | Unset):
        publisher (None | str | Unset):
        budget_amount (None | str | Unset):
        deadline (datetime.date | None | Unset):
        data_resources (list[DataResourceIn] | None | Unset): replaces the whole list
    """

    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    cluster_code: None | ScenarioPatchClusterCodeType0 | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    district: None | ScenarioPatchDistrictType0 | Unset = UNSET
    publisher: None | str | Unset = UNSET
    budget_amount: None | str | Unset = UNSET
    deadline: datetime.date | None | Unset = UNSET
    data_resources: list[DataResourceIn] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        cluster_code: None | str | Unset
        if isinstance(self.cluster_code, Unset):
            cluster_code = UNSET
        elif isinstance(self.cluster_code, ScenarioPatchClusterCodeType0):
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

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        elif isinstance(self.district, ScenarioPatchDistrictType0):
            district = self.district.value
        else:
            district = self.district

        publisher: None | str | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

        budget_amount: None | str | Unset
        if isinstance(self.budget_amount, Unset):
            budget_amount = UNSET
        else:
            budget_amount = self.budget_amount

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.date):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        data_resources: list[dict[str, Any]] | None | Unset
        if isinstance(self.data_resources, Unset):
            data_resources = UNSET
        elif isinstance(self.data_resources, list):
            data_resources = []
            for data_resources_type_0_item_data in self.data_resources:
                data_resources_type_0_item = data_resources_type_0_item_data.to_dict()
                data_resources.append(data_resources_type_0_item)

        else:
            data_resources = self.data_resources

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if cluster_code is not UNSET:
            field_dict["cluster_code"] = cluster_code
        if tags is not UNSET:
            field_dict["tags"] = tags
        if district is not UNSET:
            field_dict["district"] = district
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if budget_amount is not UNSET:
            field_dict["budget_amount"] = budget_amount
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if data_resources is not UNSET:
            field_dict["data_resources"] = data_resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_resource_in import DataResourceIn

        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_cluster_code(
            data: object,
        ) -> None | ScenarioPatchClusterCodeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cluster_code_type_0 = ScenarioPatchClusterCodeType0(data)

                return cluster_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioPatchClusterCodeType0 | Unset, data)

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

        def _parse_district(data: object) -> None | ScenarioPatchDistrictType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                district_type_0 = ScenarioPatchDistrictType0(data)

                return district_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioPatchDistrictType0 | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        def _parse_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher = _parse_publisher(d.pop("publisher", UNSET))

        def _parse_budget_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_amount = _parse_budget_amount(d.pop("budget_amount", UNSET))

        def _parse_deadline(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.date.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        def _parse_data_resources(data: object) -> list[DataResourceIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_resources_type_0 = []
                _data_resources_type_0 = data
                for data_resources_type_0_item_data in _data_resources_type_0:
                    data_resources_type_0_item = DataResourceIn.from_dict(
                        data_resources_type_0_item_data
                    )

                    data_resources_type_0.append(data_resources_type_0_item)

                return data_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataResourceIn] | None | Unset, data)

        data_resources = _parse_data_resources(d.pop("data_resources", UNSET))

        scenario_patch = cls(
            title=title,
            description=description,
            cluster_code=cluster_code,
            tags=tags,
            district=district,
            publisher=publisher,
            budget_amount=budget_amount,
            deadline=deadline,
            data_resources=data_resources,
        )

        return scenario_patch
