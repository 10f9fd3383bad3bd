"""The labelled set of the matching benches (bench/data/matching_*.json) as matching's documents."""

import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

from scenarios.matching import Offering, Scenario

DATA = Path(__file__).parent / "data"
D = TypeVar("D", Offering, Scenario)


@dataclass(frozen=True)
class LabelledSet:
    """Offerings, scenarios, and each scenario's graded relevance (offering id → 0..3)."""

    offerings: list[Offering]
    scenarios: list[Scenario]
    relevance: dict[str, dict[str, int]]


def load() -> LabelledSet:
    """Read both files; offerings not judged for a scenario count as 0."""
    offerings: list[dict[str, Any]] = json.loads((DATA / "matching_offerings.json").read_text())["offerings"]
    scenarios: list[dict[str, Any]] = json.loads((DATA / "matching_scenarios.json").read_text())["scenarios"]
    return LabelledSet(
        offerings=[_document(Offering, row) for row in offerings],
        scenarios=[_document(Scenario, row) for row in scenarios],
        relevance={row["scenario_id"]: row["relevance"] for row in scenarios},
    )


def _document(kind: type[D], row: dict[str, Any]) -> D:
    """A row's fields that the document has; tags as a tuple."""
    names = {field.name for field in fields(kind)}
    values = {name: value for name, value in row.items() if name in names}
    return kind(**values | {"tags": tuple(row["tags"])})
