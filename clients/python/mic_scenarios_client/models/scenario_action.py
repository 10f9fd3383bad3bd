from enum import StrEnum


class ScenarioAction(StrEnum):
    CLOSE = "close"
    COMPLETE = "complete"
    PUBLISH = "publish"
    START_MATCHING = "start_matching"
    START_PILOT = "start_pilot"

    def __str__(self) -> str:
        return str(self.value)
