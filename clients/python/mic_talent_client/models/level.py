from enum import StrEnum


class Level(StrEnum):
    ACADEMIC_LEADER = "academic_leader"
    HIGH_LEVEL = "high_level"
    HIGH_SKILLED = "high_skilled"
    LEADING = "leading"
    RD_BACKBONE = "rd_backbone"

    def __str__(self) -> str:
        return str(self.value)
