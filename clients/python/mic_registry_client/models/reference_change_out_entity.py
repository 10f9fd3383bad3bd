from enum import StrEnum


class ReferenceChangeOutEntity(StrEnum):
    DISTRICT = "district"
    INDUSTRY = "industry"
    SUB_SECTOR = "sub_sector"

    def __str__(self) -> str:
        return str(self.value)
