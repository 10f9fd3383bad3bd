from enum import StrEnum


class Entitlement(StrEnum):
    ENTITLED = "entitled"
    NOT_ENTITLED = "not_entitled"
    REVIEW = "review"

    def __str__(self) -> str:
        return str(self.value)
