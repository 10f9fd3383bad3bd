from enum import StrEnum


class ServiceRequestAction(StrEnum):
    ACCEPT = "accept"
    FULFIL = "fulfil"
    REFUSE = "refuse"

    def __str__(self) -> str:
        return str(self.value)
