from enum import StrEnum


class ProgrammeLevel(StrEnum):
    MUNICIPAL = "municipal"
    NATIONAL = "national"
    PROVINCIAL = "provincial"

    def __str__(self) -> str:
        return str(self.value)
