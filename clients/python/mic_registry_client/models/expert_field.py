from enum import StrEnum


class ExpertField(StrEnum):
    ACADEMIA = "academia"
    INDUSTRY = "industry"

    def __str__(self) -> str:
        return str(self.value)
