from enum import StrEnum


class MaturityLevel(StrEnum):
    MASS_PRODUCTION = "mass_production"
    PILOT_READY = "pilot_ready"
    PROTOTYPE = "prototype"
    SMALL_BATCH = "small_batch"

    def __str__(self) -> str:
        return str(self.value)
