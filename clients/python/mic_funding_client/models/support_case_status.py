from enum import StrEnum


class SupportCaseStatus(StrEnum):
    APPROVED = "approved"
    CANCELLED = "cancelled"
    CLOSED = "closed"
    DISBURSED = "disbursed"
    EVALUATED = "evaluated"
    INELIGIBLE = "ineligible"
    NEEDS_REVIEW = "needs_review"
    OPTION_SELECTED = "option_selected"
    REJECTED = "rejected"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
