from enum import StrEnum


class ServiceRequestStatus(StrEnum):
    ACCEPTED = "accepted"
    FULFILLED = "fulfilled"
    REFUSED = "refused"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
