from enum import StrEnum


class EvidenceKind(StrEnum):
    CERTIFICATE = "certificate"
    MEDIA = "media"
    OTHER = "other"
    REPORT = "report"
    TEST_RECORD = "test_record"

    def __str__(self) -> str:
        return str(self.value)
