from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scenario_action import ScenarioAction
from ..models.scenario_status import ScenarioStatus

if TYPE_CHECKING:
    from ..models.data_resource_out import DataResourceOut


T = TypeVar("T", bound="ScenarioOut")


@_attrs_define
class ScenarioOut:
    """
    Attributes:
        id (UUID):
        title (str):
        description (str):
        cluster_code (str):
        tags (list[str]):
        district (str):
        publisher (str):
        budget_amount (str):
        deadline (datetime.date):
        data_resources (list[DataResourceOut]):
        status (ScenarioStatus):
        allowed_actions (list[ScenarioAction]): what the lifecycle allows now, whoever asks
        version (int):
        created_by (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        published_at (datetime.datetime | None):
    """

    id: UUID
    title: str
    description: str
    cluster_code: str
    tags: list[str]
    district: str
    publisher: str
    budget_amount: str
    deadline: datetime.date
    data_resources: list[DataResourceOut]
    status: ScenarioStatus
    allowed_actions: list[ScenarioAction]
    version: int
    created_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    published_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        description = self.description

        cluster_code = self.cluster_code

        tags = self.tags

        district = self.district

        publisher = self.publisher

        budget_amount = self.budget_amount

        deadline = self.deadline.isoformat()

        data_resources = []
        for data_resources_item_data in self.data_resources:
            data_resources_item = data_resources_item_data.to_dict()
            data_resources.append(data_resources_item)

        status = self.status.value

        allowed_actions = []
        for allowed_actions_item_data in self.allowed_actions:
            allowed_actions_item = allowed_actions_item_data.value
            allowed_actions.append(allowed_actions_item)

        version = self.version

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "cluster_code": cluster_code,
                "tags": tags,
                "district": district,
                "publisher": publisher,
                "budget_amount": budget_amount,
                "deadline": deadline,
                "data_resources": data_resources,
                "status": status,
                "allowed_actions": allowed_actions,
                "version": version,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
                "published_at": published_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_resource_out import DataResourceOut

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        description = d.pop("description")

        cluster_code = d.pop("cluster_code")

        tags = cast(list[str], d.pop("tags"))

        district = d.pop("district")

        publisher = d.pop("publisher")

        budget_amount = d.pop("budget_amount")

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        data_resources = []
        _data_resources = d.pop("data_resources")
        for data_resources_item_data in _data_resources:
            data_resources_item = DataResourceOut.from_dict(data_resources_item_data)

            data_resources.append(data_resources_item)

        status = ScenarioStatus(d.pop("status"))

        allowed_actions = []
        _allowed_actions = d.pop("allowed_actions")
        for allowed_actions_item_data in _allowed_actions:
            allowed_actions_item = ScenarioAction(allowed_actions_item_data)

            allowed_actions.append(allowed_actions_item)

        version = d.pop("version")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        scenario_out = cls(
            id=id,
            title=title,
            description=description,
            cluster_code=cluster_code,
            tags=tags,
            district=district,
            publisher=publisher,
            budget_amount=budget_amount,
            deadline=deadline,
            data_resources=data_resources,
            status=status,
            allowed_actions=allowed_actions,
            version=version,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            published_at=published_at,
        )

        scenario_out.additional_properties = d
        return scenario_out

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
