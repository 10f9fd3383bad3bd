from enum import StrEnum


class Catalogue(StrEnum):
    FIRST_BATCH_CITY = "first_batch_city"
    FIRST_BATCH_NATIONAL = "first_batch_national"
    FIRST_SET_COMPLETE = "first_set_complete"
    FIRST_SET_SINGLE = "first_set_single"
    FIRST_VERSION = "first_version"

    def __str__(self) -> str:
        return str(self.value)
