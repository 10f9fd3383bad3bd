from enum import StrEnum


class Kind(StrEnum):
    DEADLINE_REMINDERS = "deadline_reminders"
    STATUS_CHANGES = "status_changes"

    def __str__(self) -> str:
        return str(self.value)
