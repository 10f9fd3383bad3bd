from enum import StrEnum


class Side(StrEnum):
    CENTER = "center"
    SCENARIO = "scenario"

    def __str__(self) -> str:
        return str(self.value)
