from enum import StrEnum


class MunicipalSupportStatus(StrEnum):
    APPROVED = "approved"
    CLOSED = "closed"
    REJECTED = "rejected"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
