from enum import StrEnum


class ApplicationAction(StrEnum):
    AWARD = "award"
    RECOMMEND = "recommend"
    REJECT = "reject"
    SUBMIT = "submit"

    def __str__(self) -> str:
        return str(self.value)
