from enum import StrEnum


class RdSuperDeductionOutCategory(StrEnum):
    GENERAL = "general"
    INDUSTRIAL_MOTHER_MACHINE = "industrial_mother_machine"
    INTEGRATED_CIRCUIT = "integrated_circuit"

    def __str__(self) -> str:
        return str(self.value)
