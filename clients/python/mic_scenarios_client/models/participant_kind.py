from enum import StrEnum


class ParticipantKind(StrEnum):
    CENTER = "center"
    COMPANY = "company"

    def __str__(self) -> str:
        return str(self.value)
