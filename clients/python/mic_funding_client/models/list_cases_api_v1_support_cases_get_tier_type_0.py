from enum import StrEnum


class ListCasesApiV1SupportCasesGetTierType0(StrEnum):
    MUNICIPAL = "municipal"
    NATIONAL = "national"
    PROVINCIAL = "provincial"

    def __str__(self) -> str:
        return str(self.value)
