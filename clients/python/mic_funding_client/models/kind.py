from enum import StrEnum


class Kind(StrEnum):
    FIRST_SET_SUBSIDY = "first_set_subsidy"
    MUNICIPAL_SUPPORT = "municipal_support"
    PLATFORM_SUBSIDY = "platform_subsidy"
    UPGRADE_SUPPORT = "upgrade_support"

    def __str__(self) -> str:
        return str(self.value)
