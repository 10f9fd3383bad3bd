"""The domain vocabulary as data: synonym groups, broader terms and stop words (package files)."""

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources


def normalise(text: str) -> str:
    """One spelling for matching: NFKC (full-width ＡＩ is AI) and lower case (LLM is llm)."""
    return unicodedata.normalize("NFKC", text).lower()


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Surface form → canonical term, canonical term → its broader terms, and the stop words."""

    canonical: dict[str, str]
    broader: dict[str, tuple[str, ...]]
    stop_words: frozenset[str]

    @classmethod
    def parse(cls, synonym_lines: Iterable[str], stop_word_lines: Iterable[str]) -> "Vocabulary":
        """Read the two files' lines; a surface form in two groups, or an unknown broader term, is refused."""
        canonical: dict[str, str] = {}
        declared_broader: dict[str, list[str]] = {}
        for number, raw in enumerate(synonym_lines, start=1):
            line = normalise(raw).strip()
            if not line or line.startswith("#"):
                continue
            group, _, wider = line.partition(">")
            terms = group.split()
            for term in terms:
                if term in canonical:
                    raise ValueError(
                        f"line {number}: {term!r} is already in the group of {canonical[term]!r}"
                    )
                canonical[term] = terms[0]
            if wider.strip():
                declared_broader[terms[0]] = wider.split()
        broader = {term: _closure(term, declared_broader, canonical) for term in declared_broader}
        stop_words = frozenset(
            word for word in (normalise(raw).strip() for raw in stop_word_lines) if word and word[0] != "#"
        )
        return cls(canonical=canonical, broader=broader, stop_words=stop_words)

    @classmethod
    def packaged(cls) -> "Vocabulary":
        """The vocabulary shipped with this package (``synonyms.txt`` and ``stopwords.txt``)."""
        files = resources.files(__package__)
        synonyms = files.joinpath("synonyms.txt").read_text(encoding="utf-8")
        stop_words = files.joinpath("stopwords.txt").read_text(encoding="utf-8")
        return cls.parse(synonyms.splitlines(), stop_words.splitlines())

    def expand(self, surface: str) -> tuple[str, ...]:
        """The canonical term of a normalised surface form, then its broader terms (itself if unknown)."""
        term = self.canonical.get(surface, surface)
        return (term, *self.broader.get(term, ()))


def _closure(term: str, declared: dict[str, list[str]], canonical: dict[str, str]) -> tuple[str, ...]:
    """Every broader term of ``term``, nearest first, each once; a cycle or an unknown term is refused."""
    found: list[str] = []
    pending = list(declared[term])
    while pending:
        wider = pending.pop(0)
        if canonical.get(wider) != wider:
            raise ValueError(f"{term!r} > {wider!r}: a broader term must be the first term of a group")
        if wider == term:
            raise ValueError(f"{term!r} is broader than itself")
        if wider not in found:
            found.append(wider)
            pending.extend(declared.get(wider, ()))
    return tuple(found)
