from enum import StrEnum


class MemberRole(StrEnum):
    ALLIANCE_MEMBER = "alliance_member"
    LEAD = "lead"
    MEMBER = "member"
    SHAREHOLDER = "shareholder"

    def __str__(self) -> str:
        return str(self.value)
