from enum import StrEnum


class MatchStatus(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    PROPOSED = "proposed"

    def __str__(self) -> str:
        return str(self.value)
