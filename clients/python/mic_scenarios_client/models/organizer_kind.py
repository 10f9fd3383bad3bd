from enum import StrEnum


class OrganizerKind(StrEnum):
    ALLIANCE = "alliance"
    ASSOCIATION = "association"
    BUREAU = "bureau"
    CENTER = "center"

    def __str__(self) -> str:
        return str(self.value)
