from enum import StrEnum


class Status(StrEnum):
    APPROVED = "approved"
    CLOSED = "closed"
    REJECTED = "rejected"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
