from enum import StrEnum


class DecisionCategory(StrEnum):
    INDUSTRY_FIGURE = "industry_figure"
    MEMBER_UNIT_REP = "member_unit_rep"
    ST_FIGURE = "st_figure"

    def __str__(self) -> str:
        return str(self.value)
