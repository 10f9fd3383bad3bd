"""How a center's sub-sector text is matched to the catalogue of sub-sectors. Pure logic, no I/O.

People type the same sub-sector in many ways: full-width or half-width characters, other
letter case, extra spaces. ``normalize`` folds those differences away (NFKC, case folding,
white space collapsed); nothing else is guessed — "固态电池" and "全固态电池" stay different,
and a human decides whether they are one sub-sector (`二` is vague on what a sub-sector is).
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

_SPACES = re.compile(r"\s+")


class Listed(Protocol):
    """What matching needs of a catalogue entry."""

    @property
    def code(self) -> str: ...
    @property
    def name_zh(self) -> str: ...
    @property
    def name_en(self) -> str: ...


T = TypeVar("T", bound=Listed)


@dataclass(frozen=True)
class Names:
    """A catalogue entry as it would be after an edit, before it is saved."""

    code: str
    name_zh: str
    name_en: str


def normalize(text: str) -> str:
    """The form two spellings of one sub-sector share: NFKC, case-folded, single spaces."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def keys_of(entry: Listed) -> set[str]:
    """Every text that names ``entry``: its code and its zh and en names, normalized."""
    return {normalize(entry.code), normalize(entry.name_zh), normalize(entry.name_en)}


def match(text: str, entries: Iterable[T]) -> T | None:
    """The entry ``text`` names by code or zh/en name, or None when it names none."""
    key = normalize(text)
    return next((e for e in entries if key in keys_of(e)), None)


def clashes(entry: Listed, others: Iterable[T]) -> list[tuple[T, set[str]]]:
    """The other entries (of the same cluster) that share a code or name with ``entry``."""
    mine = keys_of(entry)
    found = [(o, mine & keys_of(o)) for o in others if o.code != entry.code]
    return [(o, shared) for o, shared in found if shared]
