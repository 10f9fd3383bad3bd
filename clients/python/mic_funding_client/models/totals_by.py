from enum import StrEnum


class TotalsBy(StrEnum):
    CENTER = "center"
    FUND = "fund"

    def __str__(self) -> str:
        return str(self.value)
