from enum import StrEnum


class ScenarioStatus(StrEnum):
    CLOSED = "closed"
    COMPLETED = "completed"
    DRAFT = "draft"
    MATCHING = "matching"
    PILOTING = "piloting"
    PUBLISHED = "published"

    def __str__(self) -> str:
        return str(self.value)
