from enum import StrEnum


class ActionInLineOptionsType0AdditionalProperty(StrEnum):
    EQUITY = "equity"
    GRANT = "grant"

    def __str__(self) -> str:
        return str(self.value)
