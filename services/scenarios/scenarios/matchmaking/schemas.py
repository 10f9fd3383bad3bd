"""Request and response bodies of the matchmaking events API, and the zh/en labels of its enums."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

from scenarios.matchmaking.places import ParticipantKind, RegistrationStatus
from scenarios.matchmaking.workflow import EventAction, EventStatus, OrganizerKind
from scenarios.tags import each_once
from shared.text import NonBlank


class OutcomeKind(enum.StrEnum):
    INTENTION_SIGNED = "intention_signed"
    FOLLOW_UP = "follow_up"


class RegistrationAction(enum.StrEnum):
    CANCEL = "cancel"


EVENT_STATUS_LABELS: dict[EventStatus, tuple[str, str]] = {
    EventStatus.DRAFT: ("草稿", "draft"),
    EventStatus.OPEN: ("报名中", "open for registration"),
    EventStatus.CLOSED: ("报名已截止", "registration closed"),
    EventStatus.HELD: ("已举办", "held"),
    EventStatus.CANCELLED: ("已取消", "cancelled"),
}
EVENT_ACTION_LABELS: dict[EventAction, tuple[str, str]] = {
    EventAction.OPEN: ("开放报名", "open registration"),
    EventAction.CLOSE: ("截止报名", "close registration"),
    EventAction.HOLD: ("确认已举办", "record as held"),
    EventAction.CANCEL: ("取消活动", "cancel"),
}
ORGANIZER_KIND_LABELS: dict[OrganizerKind, tuple[str, str]] = {
    OrganizerKind.CENTER: ("制造业创新中心", "manufacturing innovation center"),
    OrganizerKind.ALLIANCE: ("产业联盟", "industry alliance"),
    OrganizerKind.ASSOCIATION: ("行业协会", "industry association"),
    OrganizerKind.BUREAU: ("工业和信息化主管部门", "industry and IT bureau"),
}
REGISTRATION_STATUS_LABELS: dict[RegistrationStatus, tuple[str, str]] = {
    RegistrationStatus.CONFIRMED: ("已确认", "confirmed"),
    RegistrationStatus.WAITLISTED: ("候补中", "waitlisted"),
    RegistrationStatus.CANCELLED: ("已取消", "cancelled"),
}
PARTICIPANT_KIND_LABELS: dict[ParticipantKind, tuple[str, str]] = {
    ParticipantKind.CENTER: ("制造业创新中心", "innovation center"),
    ParticipantKind.COMPANY: ("企业", "company"),
}
REGISTRATION_ACTION_LABELS: dict[RegistrationAction, tuple[str, str]] = {
    RegistrationAction.CANCEL: ("取消报名", "cancel the registration"),
}
OUTCOME_KIND_LABELS: dict[OutcomeKind, tuple[str, str]] = {
    OutcomeKind.INTENTION_SIGNED: ("签署合作意向", "intention signed"),
    OutcomeKind.FOLLOW_UP: ("后续跟进", "follow-up agreed"),
}

ScenarioIds = Annotated[list[uuid.UUID], AfterValidator(each_once), Field(min_length=1, max_length=50)]

_EVENT_EXAMPLE: dict[str, Any] = {
    "title": "智能网联汽车产业场景应用对接会",
    "description": "发布黄埔区车路协同应用场景，组织创新中心与企业现场对接。",
    "organizer_name": "广州市智能网联汽车产业联盟",
    "organizer_kind": "alliance",
    "venue": "广州市黄埔区开创大道2511号 会议中心",
    "starts_at": "2030-03-20T01:30:00Z",
    "ends_at": "2030-03-20T09:00:00Z",
    "capacity": 120,
    "registration_deadline": "2030-03-15T10:00:00Z",
    "scenario_ids": ["7c0e2a55-3f7e-4c2b-9a3c-5d1e2f3a4b5c"],
}


class EventCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_EVENT_EXAMPLE]})

    title: NonBlank = Field(max_length=200)
    description: NonBlank = Field(max_length=10000)
    organizer_name: NonBlank = Field(
        max_length=200,
        description="who leads it, as it signs: the bureau, a center, an alliance or an association",
    )
    organizer_kind: OrganizerKind
    venue: NonBlank = Field(max_length=300)
    starts_at: AwareDatetime = Field(description="RFC 3339; stored in UTC, in the future")
    ends_at: AwareDatetime = Field(description="after starts_at")
    capacity: int = Field(gt=0, le=100000, description="attendees the venue takes")
    registration_deadline: AwareDatetime = Field(description="in the future, at the latest starts_at")
    scenario_ids: ScenarioIds = Field(description="published scenarios on show, each once")


class EventActionIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"comment": "场地调整，活动取消"}]}
    )

    comment: NonBlank | None = Field(
        default=None, max_length=2000, description="kept in the history; cancel needs one (why)"
    )


class EventCounts(BaseModel):
    registered: int = Field(description="registrations not cancelled")
    confirmed: int
    waitlisted: int
    attendees: int = Field(description="attendees of confirmed registrations")
    intentions_signed: int


class EventOut(BaseModel):
    id: uuid.UUID
    title: str
    description: str
    organizer_name: str
    organizer_kind: OrganizerKind
    venue: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    date_in_china: dt.date = Field(description="the day it starts, in China")
    capacity: int
    registration_deadline: dt.datetime
    scenario_ids: list[uuid.UUID]
    status: EventStatus
    allowed_actions: list[EventAction]
    counts: EventCounts
    version: int
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime


class RegistrationCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "participant_kind": "company",
                    "company_name": "广州某智能科技有限公司",
                    "company_uscc": "91440101MA5CL0K1X5",
                    "contact_name": "王工",
                    "attendees": 2,
                }
            ]
        },
    )

    participant_kind: ParticipantKind
    center_id: uuid.UUID | None = Field(default=None, description="for a center: the center registering")
    company_name: NonBlank | None = Field(default=None, max_length=200, description="for a company")
    company_uscc: NonBlank | None = Field(
        default=None, max_length=40, description="for a company: its USCC (GB 32100-2015)"
    )
    contact_name: NonBlank = Field(max_length=100)
    attendees: int = Field(ge=1, le=10000)


class RegistrationOut(BaseModel):
    id: uuid.UUID
    event_id: uuid.UUID
    number: int = Field(description="the order it came in (1, 2, …)")
    participant_kind: ParticipantKind
    center_id: uuid.UUID | None
    company_name: str | None
    company_uscc: str | None
    contact_name: str
    attendees: int
    status: RegistrationStatus
    waitlist_place: int | None = Field(description="for a waitlisted one: its place in the queue (1 = next)")
    version: int
    registered_by: str
    registered_at: dt.datetime
    confirmed_at: dt.datetime | None
    cancelled_by: str | None
    cancelled_at: dt.datetime | None


class OutcomeCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "scenario_id": "7c0e2a55-3f7e-4c2b-9a3c-5d1e2f3a4b5c",
                    "offering_id": "0b9e7a0e-6f4c-4b8e-9a49-3c2f1d0e5a11",
                    "kind": "intention_signed",
                    "signed_on": "2026-03-20",
                    "note": "双方签署试点合作意向书",
                }
            ]
        },
    )

    scenario_id: uuid.UUID = Field(description="one of the scenarios on show")
    offering_id: uuid.UUID | None = Field(default=None, description="a center's offering, or company_name")
    company_name: NonBlank | None = Field(default=None, max_length=200)
    kind: OutcomeKind
    signed_on: dt.date | None = Field(default=None, description="needed for intention_signed")
    note: NonBlank | None = Field(default=None, max_length=2000)


class OutcomeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    event_id: uuid.UUID
    scenario_id: uuid.UUID
    offering_id: uuid.UUID | None
    center_id: uuid.UUID | None
    company_name: str | None
    kind: OutcomeKind
    signed_on: dt.date | None
    note: str | None
    recorded_by: str
    recorded_at: dt.datetime
