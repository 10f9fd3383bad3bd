from enum import StrEnum


class ActionInDecisionType0(StrEnum):
    INELIGIBLE = "ineligible"
    PAY = "pay"

    def __str__(self) -> str:
        return str(self.value)
