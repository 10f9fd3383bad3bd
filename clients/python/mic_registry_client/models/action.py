from enum import StrEnum


class Action(StrEnum):
    ACCEPT = "accept"
    APPROVE = "approve"
    RECOMMEND = "recommend"
    REJECT = "reject"
    RETURN = "return"
    REVOKE = "revoke"
    START_REVIEW = "start_review"
    SUBMIT = "submit"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
