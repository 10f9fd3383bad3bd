from enum import StrEnum


class ActionInOptionType0(StrEnum):
    EQUITY = "equity"
    GRANT = "grant"

    def __str__(self) -> str:
        return str(self.value)
