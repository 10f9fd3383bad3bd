from enum import StrEnum


class ExportCasesApiV1SupportCasesExportGetFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    def __str__(self) -> str:
        return str(self.value)
