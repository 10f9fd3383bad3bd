"""What each of scenarios' enum values means, in Chinese and English (``GET /api/v1/meta/enums``)."""

from collections.abc import Mapping
from typing import Any

from scenarios.scenarios.schemas import SCENARIO_ACTION_LABELS, SCENARIO_STATUS_LABELS
from shared.meta import Label

ENUM_LABELS: dict[str, Mapping[Any, Label]] = {
    "scenario_status": SCENARIO_STATUS_LABELS,
    "scenario_action": SCENARIO_ACTION_LABELS,
}
