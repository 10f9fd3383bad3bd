"""Events that scenarios publishes (DESIGN 5): application scenarios on ``scenarios.scenario``,
matches on ``scenarios.match`` and pilots on ``scenarios.pilot``.

A scenario (开放应用场景, `五(六)`) is announced when its publisher publishes it, with the public
data resources it opens, and every later change of its status after that; a draft is never
announced. A completed pilot (验证、迭代、示范推广, `五(六)`) makes the piloted innovation offering
eligible for the procurement catalogues that funding keeps (`五(五)`). A match is announced once
both sides accepted it, and every milestone of a pilot as it is completed. An intention signed at
a matchmaking event (产业场景应用对接, `五(六)`) between a scenario on show and a center's offering
is announced on ``scenarios.matchmaking`` for the matches side to open a match from. Keys and
subjects are the aggregate's id (the matchmaking event's, for an intention).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict

from shared.event_catalogue import EventType, Topic
from shared.money import Money

SCENARIO_TOPIC = "scenarios.scenario"
MATCH_TOPIC = "scenarios.match"
PILOT_TOPIC = "scenarios.pilot"
MATCHMAKING_TOPIC = "scenarios.matchmaking"
SOURCE = "/gz-mic/scenarios"

SCENARIO_PUBLISHED = "gz.mic.scenarios.scenario.published.v1"
SCENARIO_STATUS_CHANGED = "gz.mic.scenarios.scenario.status_changed.v1"
PILOT_COMPLETED = "gz.mic.scenarios.pilot.completed.v1"
MATCHMAKING_INTENTION_SIGNED = "gz.mic.scenarios.matchmaking.intention_signed.v1"
MATCH_ACCEPTED = "gz.mic.scenarios.match.accepted.v1"
PILOT_MILESTONE_COMPLETED = "gz.mic.scenarios.pilot.milestone_completed.v1"

PRODUCED_TOPICS = (SCENARIO_TOPIC, MATCH_TOPIC, PILOT_TOPIC, MATCHMAKING_TOPIC)

PilotOutcome = Literal["successful", "unsuccessful"]


class _Contract(BaseModel):
    # Attribute docstrings are the fields' descriptions in the AsyncAPI document.
    model_config = ConfigDict(frozen=True, extra="ignore", use_attribute_docstrings=True)


class PilotCompleted(_Contract):
    """A pilot of a center's offering in a scenario ended; key and subject = the pilot id.

    ``outcome`` says whether the offering proved itself: only a ``successful`` pilot makes the
    offering catalogue-eligible in funding.
    """

    pilot_id: uuid.UUID
    scenario_id: uuid.UUID
    scenario_title: str
    offering_id: uuid.UUID
    offering_name: str
    center_id: uuid.UUID
    outcome: PilotOutcome
    completed_on: dt.date
    summary: str | None = None


class MatchAccepted(_Contract):
    """Both sides of a match accepted it: the scenario's publisher (or the city) and the offering's
    center; key and subject = the match id. ``score`` is the ranking's at the proposal."""

    match_id: uuid.UUID
    scenario_id: uuid.UUID
    offering_id: uuid.UUID
    center_id: uuid.UUID
    score: float
    proposed_by: str
    proposed_side: Literal["scenario", "center"]
    accepted_by: str
    accepted_at: dt.datetime


class PilotEvidence(_Contract):
    """A piece of evidence for a milestone: a link or a document reference, of a kind."""

    title: str
    url: str | None = None
    document_ref: str | None = None
    kind: str


class PilotMilestoneCompleted(_Contract):
    """A milestone of a pilot (``verification`` 验证, ``iteration`` 迭代, ``demonstration``
    示范推广, in that order) was completed; key and subject = the pilot id."""

    pilot_id: uuid.UUID
    match_id: uuid.UUID
    scenario_id: uuid.UUID
    offering_id: uuid.UUID
    center_id: uuid.UUID
    milestone: Literal["verification", "iteration", "demonstration"]
    position: int
    summary: str
    evidence: list[PilotEvidence]
    completed_by: str
    completed_at: dt.datetime


class DataResource(_Contract):
    """A public data resource the scenario opens (公共数据资源), and on what terms."""

    id: uuid.UUID
    name: str
    owner_department: str
    format: str
    access_terms: str


class ScenarioSnapshot(_Contract):
    """The scenario right after the change; ``version`` orders snapshots of one scenario."""

    id: uuid.UUID
    title: str
    description: str
    cluster_code: str
    tags: list[str]
    district: str
    publisher: str
    budget_amount: Money
    deadline: dt.date
    data_resources: list[DataResource]
    status: str
    version: int
    created_by: str
    published_at: dt.datetime
    updated_at: dt.datetime


class ScenarioPublished(_Contract):
    """A draft was published: from now on every authenticated caller sees the scenario."""

    scenario: ScenarioSnapshot
    published_by: str
    comment: str | None = None


class ScenarioStatusChanged(_Contract):
    """A published scenario moved on: ``start_matching``, ``start_pilot``, ``complete`` or ``close``."""

    scenario: ScenarioSnapshot
    action: str
    from_status: str
    to_status: str
    acted_by: str
    comment: str | None = None


class MatchmakingIntentionSigned(_Contract):
    """At a held matchmaking event a scenario on show and a center's offering signed an intention
    (合作意向): the start of a pilot pipeline. Key and subject = the matchmaking event id;
    ``outcome_id`` is unique per intention, for a consumer to open one match from it once."""

    outcome_id: uuid.UUID
    event_id: uuid.UUID
    scenario_id: uuid.UUID
    offering_id: uuid.UUID
    center_id: uuid.UUID
    signed_on: dt.date
    recorded_by: str
    note: str | None = None


SCENARIO = Topic(
    SCENARIO_TOPIC,
    title="Scenarios — application scenarios",
    key="the scenario id",
    subject="the scenario id",
    description=(
        "Every message carries the scenario's whole snapshot with its `version`. `published` when a "
        "draft is published, `status_changed` for each later step; a draft is never announced."
    ),
)
MATCH = Topic(MATCH_TOPIC, title="Scenarios — matches", key="the match id", subject="the match id")
PILOT = Topic(
    PILOT_TOPIC,
    title="Scenarios — pilots",
    key="the pilot id",
    subject="the pilot id",
    description="`milestone_completed` for every milestone, in order; `completed` when the pilot ends.",
)
MATCHMAKING = Topic(
    MATCHMAKING_TOPIC,
    title="Scenarios — matchmaking events (产业场景应用对接)",
    key="the matchmaking event id, so one event's intentions stay in order",
    subject="the matchmaking event id",
)

EVENTS = (
    EventType(SCENARIO_PUBLISHED, SCENARIO, ScenarioPublished),
    EventType(SCENARIO_STATUS_CHANGED, SCENARIO, ScenarioStatusChanged),
    EventType(MATCH_ACCEPTED, MATCH, MatchAccepted),
    EventType(PILOT_MILESTONE_COMPLETED, PILOT, PilotMilestoneCompleted),
    EventType(PILOT_COMPLETED, PILOT, PilotCompleted),
    EventType(MATCHMAKING_INTENTION_SIGNED, MATCHMAKING, MatchmakingIntentionSigned),
)
