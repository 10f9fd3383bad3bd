from enum import StrEnum


class ReferenceChangeOutAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
