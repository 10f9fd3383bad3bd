"""The pilot's rules as data: milestones in order (验证 → 迭代 → 示范推广), each only after the one
before; ``running → completed`` with an outcome, ``successful`` only after all three. Pure logic."""

import enum


class PilotStatus(enum.StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"


class Milestone(enum.StrEnum):
    VERIFICATION = "verification"
    ITERATION = "iteration"
    DEMONSTRATION = "demonstration"


class PilotOutcome(enum.StrEnum):
    SUCCESSFUL = "successful"
    UNSUCCESSFUL = "unsuccessful"


class EvidenceKind(enum.StrEnum):
    REPORT = "report"
    TEST_RECORD = "test_record"
    CERTIFICATE = "certificate"
    MEDIA = "media"
    OTHER = "other"


ORDER: tuple[Milestone, ...] = (Milestone.VERIFICATION, Milestone.ITERATION, Milestone.DEMONSTRATION)


def position(milestone: Milestone) -> int:
    """1 for verification, 2 for iteration, 3 for demonstration."""
    return ORDER.index(milestone) + 1


def next_milestone(done: set[Milestone]) -> Milestone | None:
    """The one milestone that may be completed now (None once all are)."""
    return next((m for m in ORDER if m not in done), None)


def may_end_as(outcome: PilotOutcome, done: set[Milestone]) -> bool:
    """``successful`` needs every milestone; ``unsuccessful`` ends a pilot at any point."""
    return outcome is PilotOutcome.UNSUCCESSFUL or done >= set(ORDER)
