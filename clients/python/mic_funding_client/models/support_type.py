from enum import StrEnum


class SupportType(StrEnum):
    FINANCING = "financing"
    FUNDING = "funding"
    PROJECT = "project"

    def __str__(self) -> str:
        return str(self.value)
