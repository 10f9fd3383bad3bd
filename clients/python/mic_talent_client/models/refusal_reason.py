from enum import StrEnum


class RefusalReason(StrEnum):
    NOT_ENTITLED = "not_entitled"
    REFUSED_BY_OFFICER = "refused_by_officer"

    def __str__(self) -> str:
        return str(self.value)
