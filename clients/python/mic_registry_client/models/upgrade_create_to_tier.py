from enum import StrEnum


class UpgradeCreateToTier(StrEnum):
    NATIONAL = "national"
    PROVINCIAL = "provincial"

    def __str__(self) -> str:
        return str(self.value)
