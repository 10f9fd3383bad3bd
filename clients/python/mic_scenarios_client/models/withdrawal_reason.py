from enum import StrEnum


class WithdrawalReason(StrEnum):
    CENTER_REVOKED = "center_revoked"
    REQUESTED = "requested"

    def __str__(self) -> str:
        return str(self.value)
