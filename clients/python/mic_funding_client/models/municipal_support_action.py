from enum import StrEnum


class MunicipalSupportAction(StrEnum):
    CLOSE = "close"
    REVIEW = "review"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
