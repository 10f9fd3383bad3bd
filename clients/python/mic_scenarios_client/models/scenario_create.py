from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.scenario_create_cluster_code import ScenarioCreateClusterCode
from ..models.scenario_create_district import ScenarioCreateDistrict
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_resource_in import DataResourceIn


T = TypeVar("T", bound="ScenarioCreate")


@_attrs_define
class ScenarioCreate:
    """
    Attributes:
        title (str):
        description (str): what is to be proved, in Chinese
        cluster_code (ScenarioCreateClusterCode): one of registry's industries (GET /api/v1/industries)
        district (ScenarioCreateDistrict): the Guangzhou district where the scenario is
        publisher (str): the department or district bureau opening it
        budget_amount (str): yuan, a decimal string with two places
        deadline (datetime.date): the last day (China) to answer it; today or later
        tags (list[str] | Unset): at most 20, each once
        data_resources (list[DataResourceIn] | Unset):
    """

    title: str
    description: str
    cluster_code: ScenarioCreateClusterCode
    district: ScenarioCreateDistrict
    publisher: str
    budget_amount: str
    deadline: datetime.date
    tags: list[str] | Unset = UNSET
    data_resources: list[DataResourceIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        cluster_code = self.cluster_code.value

        district = self.district.value

        publisher = self.publisher

        budget_amount = self.budget_amount

        deadline = self.deadline.isoformat()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        data_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_resources, Unset):
            data_resources = []
            for data_resources_item_data in self.data_resources:
                data_resources_item = data_resources_item_data.to_dict()
                data_resources.append(data_resources_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "description": description,
                "cluster_code": cluster_code,
                "district": district,
                "publisher": publisher,
                "budget_amount": budget_amount,
                "deadline": deadline,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if data_resources is not UNSET:
            field_dict["data_resources"] = data_resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_resource_in import DataResourceIn

        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        cluster_code = ScenarioCreateClusterCode(d.pop("cluster_code"))

        district = ScenarioCreateDistrict(d.pop("district"))

        publisher = d.pop("publisher")

        budget_amount = d.pop("budget_amount")

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        tags = cast(list[str], d.pop("tags", UNSET))

        _data_resources = d.pop("data_resources", UNSET)
        data_resources: list[DataResourceIn] | Unset = UNSET
        if _data_resources is not UNSET:
            data_resources = []
            for data_resources_item_data in _data_resources:
                data_resources_item = DataResourceIn.from_dict(data_resources_item_data)

                data_resources.append(data_resources_item)

        scenario_create = cls(
            title=title,
            description=description,
            cluster_code=cluster_code,
            district=district,
            publisher=publisher,
            budget_amount=budget_amount,
            deadline=deadline,
            tags=tags,
            data_resources=data_resources,
        )

        return scenario_create
