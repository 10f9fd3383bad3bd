from enum import StrEnum


class ExportCentersApiV1CentersExportGetFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    def __str__(self) -> str:
        return str(self.value)
