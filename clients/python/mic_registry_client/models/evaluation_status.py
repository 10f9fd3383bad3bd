from enum import StrEnum


class EvaluationStatus(StrEnum):
    CLOSED_BY_REVOCATION = "closed_by_revocation"
    CONCLUDED = "concluded"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"

    def __str__(self) -> str:
        return str(self.value)
