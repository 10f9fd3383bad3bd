"""Events that scenarios publishes on topic ``scenarios.pilot`` (DESIGN 5).

A completed pilot (验证、迭代、示范推广, `五(六)`) makes the piloted innovation offering eligible
for the procurement catalogues that funding keeps (`五(五)`). Scenarios does not publish it yet;
this module is the contract both sides build on.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict

PILOT_TOPIC = "scenarios.pilot"
SOURCE = "/gz-mic/scenarios"

PILOT_COMPLETED = "gz.mic.scenarios.pilot.completed.v1"

PilotOutcome = Literal["successful", "unsuccessful"]


class _Contract(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


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
