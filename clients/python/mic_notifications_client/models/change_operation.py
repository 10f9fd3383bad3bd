from enum import StrEnum


class ChangeOperation(StrEnum):
    DELETE = "delete"
    INSERT = "insert"
    UPDATE = "update"
    UPSERT = "upsert"

    def __str__(self) -> str:
        return str(self.value)
