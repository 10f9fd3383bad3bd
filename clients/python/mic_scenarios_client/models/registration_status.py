from enum import StrEnum


class RegistrationStatus(StrEnum):
    CANCELLED = "cancelled"
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"

    def __str__(self) -> str:
        return str(self.value)
