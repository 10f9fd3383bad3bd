from enum import StrEnum


class Grade(StrEnum):
    EXCELLENT = "excellent"
    GOOD = "good"
    QUALIFIED = "qualified"
    UNQUALIFIED = "unqualified"

    def __str__(self) -> str:
        return str(self.value)
