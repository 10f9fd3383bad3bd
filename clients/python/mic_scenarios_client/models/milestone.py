from enum import StrEnum


class Milestone(StrEnum):
    DEMONSTRATION = "demonstration"
    ITERATION = "iteration"
    VERIFICATION = "verification"

    def __str__(self) -> str:
        return str(self.value)
