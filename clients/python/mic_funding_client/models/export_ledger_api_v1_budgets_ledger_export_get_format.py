from enum import StrEnum


class ExportLedgerApiV1BudgetsLedgerExportGetFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    def __str__(self) -> str:
        return str(self.value)
