"""Events of the talent service (`三(六)`, `五(七)`): talents registered, programme rounds opened,
programme awards, support services fulfilled, and each center's yearly talent figures.

No payload carries personal data: a talent travels as its id, center, level and origin — never a
name, ID number, phone, e-mail or birth date. One topic per aggregate, keyed by the aggregate's
id (DESIGN 6); the figures are keyed by the center, so one center's figures stay in order.
"""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict

from shared.event_catalogue import EventType, Topic

SOURCE = "/gz-mic/talent"

TALENT_TOPIC = "talent.talent"
APPLICATION_TOPIC = "talent.application"
SERVICE_REQUEST_TOPIC = "talent.service-request"
CENTER_FIGURES_TOPIC = "talent.center-figures"
PROGRAMME_ROUND_TOPIC = "talent.programme-round"

TALENT_REGISTERED = "gz.mic.talent.talent.registered.v1"
APPLICATION_AWARDED = "gz.mic.talent.application.awarded.v1"
SERVICE_REQUEST_FULFILLED = "gz.mic.talent.service_request.fulfilled.v1"
CENTER_FIGURES_CHANGED = "gz.mic.talent.center_figures.changed.v1"
PROGRAMME_ROUND_OPENED = "gz.mic.talent.programme_round.opened.v1"

PRODUCED_TOPICS = (
    TALENT_TOPIC,
    APPLICATION_TOPIC,
    SERVICE_REQUEST_TOPIC,
    CENTER_FIGURES_TOPIC,
    PROGRAMME_ROUND_TOPIC,
)


class _Contract(BaseModel):
    # Attribute docstrings are the fields' descriptions in the AsyncAPI document.
    model_config = ConfigDict(frozen=True, extra="ignore", use_attribute_docstrings=True)


class TalentRegistered(_Contract):
    """A center's talent (`三(六)`) entered the platform: introduced from elsewhere or trained."""

    talent_id: uuid.UUID
    center_id: uuid.UUID
    level: str
    origin: str
    joined_on: dt.date
    registered_at: dt.datetime


class ApplicationAwarded(_Contract):
    """A talent recommended by its center won a national, provincial or city programme (`五(七)`)."""

    application_id: uuid.UUID
    talent_id: uuid.UUID
    center_id: uuid.UUID
    programme_code: str
    programme_level: str
    round_year: int
    awarded_on: dt.date


class ServiceRequestFulfilled(_Contract):
    """A high-level talent received housing, healthcare or education support (`五(七)`)."""

    request_id: uuid.UUID
    talent_id: uuid.UUID
    center_id: uuid.UUID
    kind: str
    fulfilled_on: dt.date


class ProgrammeRoundOpened(_Contract):
    """A talent officer entered a programme's round of one year (`五(七)`): centers may recommend
    their talents from ``opens_on`` until ``deadline`` ends in China (``closes_at``, UTC)."""

    round_id: uuid.UUID
    programme_id: uuid.UUID
    programme_code: str
    programme_name_zh: str
    programme_level: str
    eligible_levels: list[str]
    """The talent levels that may apply, in the level enum's order."""
    year: int
    opens_on: dt.date
    deadline: dt.date
    closes_at: dt.datetime
    created_by: str


class CenterFiguresChanged(_Contract):
    """One center's talent figures for one (China) year, whole: the newest ``version`` wins."""

    center_id: uuid.UUID
    year: int
    introduced: int
    trained: int
    awarded: int
    services_fulfilled: int
    version: int
    updated_at: dt.datetime


TALENT = Topic(
    TALENT_TOPIC,
    title="Talent — talents",
    key="the talent id",
    subject="the talent id",
    description="No payload carries personal data: a talent travels as its id, center, level and origin.",
)
APPLICATION = Topic(
    APPLICATION_TOPIC,
    title="Talent — talent-programme applications",
    key="the application id",
    subject="the application id",
)
SERVICE_REQUEST = Topic(
    SERVICE_REQUEST_TOPIC,
    title="Talent — support-service requests",
    key="the request id",
    subject="the request id",
)
CENTER_FIGURES = Topic(
    CENTER_FIGURES_TOPIC,
    title="Talent — each center's yearly talent figures",
    key="the center id, so one center's figures stay in order",
    subject="the center id",
    description="The whole figures of one center and one (China) year; the newest `version` wins.",
)
PROGRAMME_ROUND = Topic(
    PROGRAMME_ROUND_TOPIC,
    title="Talent — talent-programme rounds",
    key="the round id",
    subject="the round id",
    description="A round is announced once, when a talent officer enters it, with its deadline.",
)

EVENTS = (
    EventType(TALENT_REGISTERED, TALENT, TalentRegistered),
    EventType(APPLICATION_AWARDED, APPLICATION, ApplicationAwarded),
    EventType(SERVICE_REQUEST_FULFILLED, SERVICE_REQUEST, ServiceRequestFulfilled),
    EventType(CENTER_FIGURES_CHANGED, CENTER_FIGURES, CenterFiguresChanged),
    EventType(PROGRAMME_ROUND_OPENED, PROGRAMME_ROUND, ProgrammeRoundOpened),
)
