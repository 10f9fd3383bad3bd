"""Request and response bodies of the teams API."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field

from shared.text import NonBlank
from talent.talents.schemas import Level, Origin


class TeamCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "center_id": "0b9e7a0e-6f4c-4b8e-9a49-3c2f1d0e5a11",
                    "name": "智能传感器创新团队",
                    "research_field": "MEMS 传感器",
                    "leader_id": "5d1f0c3e-2a47-4c8b-8f0e-1b2c3d4e5f60",
                    "member_ids": ["7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"],
                    "origin": "introduced",
                    "introduced_from": "香港科技大学",
                    "formed_on": "2025-04-01",
                }
            ]
        },
    )

    center_id: uuid.UUID
    name: NonBlank = Field(max_length=200)
    research_field: NonBlank = Field(max_length=200)
    description: NonBlank | None = Field(default=None, max_length=4000)
    leader_id: uuid.UUID = Field(
        description="a talent of the center; a member of the team by being its leader"
    )
    member_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=200, description="talents of the center"
    )
    origin: Origin
    introduced_from: NonBlank | None = Field(default=None, max_length=200)
    formed_on: dt.date


class TeamUpdate(BaseModel):
    """A team's name, field, description, leader and members change; its center and origin do not."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"member_ids": []}]})

    name: NonBlank | None = Field(default=None, max_length=200)
    research_field: NonBlank | None = Field(default=None, max_length=200)
    description: NonBlank | None = Field(default=None, max_length=4000)
    leader_id: uuid.UUID | None = None
    member_ids: list[uuid.UUID] | None = Field(
        default=None, max_length=200, description="replaces the members"
    )


class TeamMemberOut(BaseModel):
    talent_id: uuid.UUID
    name: str
    level: Level
    is_leader: bool


class TeamOut(BaseModel):
    id: uuid.UUID
    center_id: uuid.UUID
    name: str
    research_field: str
    description: str | None
    leader_id: uuid.UUID
    members: list[TeamMemberOut]
    origin: Origin
    introduced_from: str | None
    formed_on: dt.date
    version: int
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime
