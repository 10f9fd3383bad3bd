from enum import StrEnum


class OptionInType(StrEnum):
    EQUITY = "equity"
    GRANT = "grant"

    def __str__(self) -> str:
        return str(self.value)
