from enum import StrEnum


class ApplicationStatus(StrEnum):
    AWARDED = "awarded"
    DRAFT = "draft"
    RECOMMENDED = "recommended"
    REJECTED = "rejected"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
