from enum import StrEnum


class EventStatus(StrEnum):
    CANCELLED = "cancelled"
    CLOSED = "closed"
    DRAFT = "draft"
    HELD = "held"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
