from enum import StrEnum


class ListIndustriesApiV1IndustriesGetGroupType0(StrEnum):
    DISTINCTIVE_ADVANTAGE = "distinctive_advantage"
    EMERGING_PILLAR = "emerging_pillar"
    FUTURE = "future"
    STRATEGIC_LEADING = "strategic_leading"

    def __str__(self) -> str:
        return str(self.value)
