from enum import StrEnum


class ExpertChange(StrEnum):
    DECLARED = "declared"
    REGISTERED = "registered"
    RENAMED = "renamed"

    def __str__(self) -> str:
        return str(self.value)
