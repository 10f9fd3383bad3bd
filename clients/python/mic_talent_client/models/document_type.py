from enum import StrEnum


class DocumentType(StrEnum):
    FOREIGN_PERMANENT_RESIDENT = "foreign_permanent_resident"
    HK_MACAO_PERMIT = "hk_macao_permit"
    PASSPORT = "passport"
    RESIDENT_ID = "resident_id"
    TAIWAN_PERMIT = "taiwan_permit"

    def __str__(self) -> str:
        return str(self.value)
