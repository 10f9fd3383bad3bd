from enum import StrEnum


class ListReferenceChangesApiV1ReferenceChangesGetEntityType0(StrEnum):
    DISTRICT = "district"
    INDUSTRY = "industry"
    SUB_SECTOR = "sub_sector"

    def __str__(self) -> str:
        return str(self.value)
