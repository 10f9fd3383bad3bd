from enum import StrEnum


class Fund(StrEnum):
    ANGEL = "angel"
    INDUSTRIAL_INVESTMENT = "industrial_investment"
    VENTURE_CAPITAL = "venture_capital"

    def __str__(self) -> str:
        return str(self.value)
