from enum import StrEnum


class ListMovementsApiV1BudgetsLedgerGetKindType0(StrEnum):
    ALLOCATE = "allocate"
    COMMIT = "commit"
    DISBURSE = "disburse"
    RELEASE = "release"

    def __str__(self) -> str:
        return str(self.value)
