from enum import StrEnum


class OutcomeKind(StrEnum):
    FOLLOW_UP = "follow_up"
    INTENTION_SIGNED = "intention_signed"

    def __str__(self) -> str:
        return str(self.value)
