from enum import StrEnum


class SupportCaseAction(StrEnum):
    APPROVE = "approve"
    CANCEL = "cancel"
    CLOSE = "close"
    DISBURSE = "disburse"
    REJECT = "reject"
    RESOLVE = "resolve"
    RESUME = "resume"
    SELECT_OPTION = "select_option"
    SUSPEND = "suspend"

    def __str__(self) -> str:
        return str(self.value)
