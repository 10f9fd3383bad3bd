from enum import StrEnum


class ExportCasesApiV1SupportCasesExportGetTierType0(StrEnum):
    MUNICIPAL = "municipal"
    NATIONAL = "national"
    PROVINCIAL = "provincial"

    def __str__(self) -> str:
        return str(self.value)
