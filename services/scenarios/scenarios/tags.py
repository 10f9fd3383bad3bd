"""Tags of scenarios and offerings: short free words that lists filter by and matching compares,
so each is written one way (NFKC, single spaces) and a list holds each tag once."""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints


def _normalized(value: object) -> object:
    """Full-width letters and digits as ASCII, runs of white space as one space (``５Ｇ`` is ``5G``)."""
    if not isinstance(value, str):
        return value
    return " ".join(unicodedata.normalize("NFKC", value).split())


def each_once(tags: list[str]) -> list[str]:
    """The tags in the order given, each once."""
    return list(dict.fromkeys(tags))


Tag = Annotated[str, BeforeValidator(_normalized), StringConstraints(min_length=1, max_length=50)]
Tags = Annotated[list[Tag], AfterValidator(each_once), Field(max_length=20)]
