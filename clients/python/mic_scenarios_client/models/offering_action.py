from enum import StrEnum


class OfferingAction(StrEnum):
    REACTIVATE = "reactivate"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
