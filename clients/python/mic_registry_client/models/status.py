from enum import StrEnum


class Status(StrEnum):
    APPROVED = "approved"
    DISTRICT_RECOMMENDED = "district_recommended"
    DRAFT = "draft"
    OPERATING = "operating"
    REJECTED = "rejected"
    RETURNED = "returned"
    REVOKED = "revoked"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
