from enum import StrEnum


class Origin(StrEnum):
    INTRODUCED = "introduced"
    TRAINED = "trained"

    def __str__(self) -> str:
        return str(self.value)
