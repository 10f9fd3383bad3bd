from enum import StrEnum


class PlatformKind(StrEnum):
    CONCEPT_VERIFICATION = "concept_verification"
    PILOT_PLATFORM = "pilot_platform"

    def __str__(self) -> str:
        return str(self.value)
