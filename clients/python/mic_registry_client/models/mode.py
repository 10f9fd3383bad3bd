from enum import StrEnum


class Mode(StrEnum):
    CORPORATE_ALLIANCE = "corporate_alliance"
    SELF_BUILT = "self_built"

    def __str__(self) -> str:
        return str(self.value)
