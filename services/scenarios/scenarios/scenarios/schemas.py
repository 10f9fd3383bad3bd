"""Request and response bodies of the scenarios API, and the zh/en labels of its enums."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from scenarios.scenarios.workflow import ScenarioAction, ScenarioStatus
from scenarios.tags import Tags
from shared.money import Money
from shared.reference import ClusterCode, DistrictCode
from shared.text import NonBlank

SCENARIO_STATUS_LABELS: dict[ScenarioStatus, tuple[str, str]] = {
    ScenarioStatus.DRAFT: ("草稿", "draft"),
    ScenarioStatus.PUBLISHED: ("已发布", "published"),
    ScenarioStatus.MATCHING: ("供需对接中", "matching"),
    ScenarioStatus.PILOTING: ("试点验证中", "piloting"),
    ScenarioStatus.COMPLETED: ("已完成", "completed"),
    ScenarioStatus.CLOSED: ("已关闭", "closed"),
}
SCENARIO_ACTION_LABELS: dict[ScenarioAction, tuple[str, str]] = {
    ScenarioAction.PUBLISH: ("发布", "publish"),
    ScenarioAction.START_MATCHING: ("开始对接", "start matching"),
    ScenarioAction.START_PILOT: ("开始试点", "start the pilot"),
    ScenarioAction.COMPLETE: ("完成", "complete"),
    ScenarioAction.CLOSE: ("关闭", "close"),
}

_EXAMPLE: dict[str, Any] = {
    "title": "黄埔区智能网联汽车道路测试应用场景",
    "description": "开放黄埔区20公里城市道路用于L4级自动驾驶车辆测试，验证车路协同感知与决策系统。",
    "cluster_code": "intelligent_connected_nev",
    "tags": ["车路协同", "自动驾驶"],
    "district": "huangpu",
    "publisher": "广州市黄埔区工业和信息化局",
    "budget_amount": "5000000.00",
    "deadline": "2030-12-31",
    "data_resources": [
        {
            "name": "黄埔区路口信号灯实时配时数据",
            "owner_department": "广州市公安局黄埔区分局交通警察大队",
            "format": "API (JSON)",
            "access_terms": "签订数据使用协议后开放，仅限本场景测试验证使用",
        }
    ],
}


class DataResourceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: NonBlank = Field(max_length=200)
    owner_department: NonBlank = Field(max_length=200, description="the department that holds the data")
    format: NonBlank = Field(max_length=100, description="how it is provided, e.g. API (JSON), CSV")
    access_terms: NonBlank = Field(max_length=2000, description="on what terms it is opened (开放条件)")


class DataResourceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    owner_department: str
    format: str
    access_terms: str


class ScenarioCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_EXAMPLE]})

    title: NonBlank = Field(max_length=200)
    description: NonBlank = Field(max_length=10000, description="what is to be proved, in Chinese")
    cluster_code: ClusterCode = Field(description="one of registry's industries (GET /api/v1/industries)")
    tags: Tags = Field(default_factory=list, description="at most 20, each once")
    district: DistrictCode = Field(description="the Guangzhou district where the scenario is")
    publisher: NonBlank = Field(max_length=200, description="the department or district bureau opening it")
    budget_amount: Money = Field(description="yuan, a decimal string with two places")
    deadline: dt.date = Field(description="the last day (China) to answer it; today or later")
    data_resources: list[DataResourceIn] = Field(default_factory=list, max_length=50)


class ScenarioPatch(BaseModel):
    """Any of a draft's fields; one left out stays as it is (none may be set to null)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"budget_amount": "6000000.00", "tags": ["车路协同"]}]},
    )

    title: NonBlank | None = Field(default=None, max_length=200)
    description: NonBlank | None = Field(default=None, max_length=10000)
    cluster_code: ClusterCode | None = None
    tags: Tags | None = None
    district: DistrictCode | None = None
    publisher: NonBlank | None = Field(default=None, max_length=200)
    budget_amount: Money | None = None
    deadline: dt.date | None = None
    data_resources: list[DataResourceIn] | None = Field(
        default=None, max_length=50, description="replaces the whole list"
    )


class ScenarioActionIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"comment": "经审核，同意对外发布"}]}
    )

    comment: NonBlank | None = Field(
        default=None, max_length=2000, description="kept in the history; close needs one (why)"
    )


class ScenarioOut(BaseModel):
    id: uuid.UUID
    title: str
    description: str
    cluster_code: str
    tags: list[str]
    district: str
    publisher: str
    budget_amount: Money
    deadline: dt.date
    data_resources: list[DataResourceOut]
    status: ScenarioStatus
    allowed_actions: list[ScenarioAction] = Field(description="what the lifecycle allows now, whoever asks")
    version: int
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime
    published_at: dt.datetime | None
