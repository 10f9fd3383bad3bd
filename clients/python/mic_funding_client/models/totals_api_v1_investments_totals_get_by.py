from enum import StrEnum


class TotalsApiV1InvestmentsTotalsGetBy(StrEnum):
    CENTER = "center"
    FUND = "fund"

    def __str__(self) -> str:
        return str(self.value)
