from enum import StrEnum


class EventAction(StrEnum):
    CANCEL = "cancel"
    CLOSE = "close"
    HOLD = "hold"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
