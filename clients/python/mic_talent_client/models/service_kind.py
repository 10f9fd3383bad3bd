from enum import StrEnum


class ServiceKind(StrEnum):
    CHILDREN_EDUCATION = "children_education"
    HEALTHCARE = "healthcare"
    HOUSING = "housing"

    def __str__(self) -> str:
        return str(self.value)
