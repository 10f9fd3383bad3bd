from enum import StrEnum


class OutcomeSource(StrEnum):
    NO_VERSION_IN_FORCE = "no_version_in_force"
    RECOMPUTED = "recomputed"
    SIMULATED = "simulated"
    STORED = "stored"

    def __str__(self) -> str:
        return str(self.value)
