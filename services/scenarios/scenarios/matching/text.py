"""Chinese text to canonical terms: jieba with the domain terms kept whole, synonyms folded."""

import logging
from dataclasses import dataclass

import jieba

from scenarios.matching.vocabulary import Vocabulary, normalise

# A term's frequency in the segmenter's dictionary: high enough that jieba keeps every term of
# the table whole (大语言模型, not 大/语言/模型) against the general dictionary's splits.
_TERM_FREQUENCY = 1_000_000


@dataclass(frozen=True, slots=True)
class Term:
    """A canonical term found in a text, and the form the text wrote it in."""

    term: str
    surface: str


class Analyzer:
    """Segments and canonicalises text; build one per process (loading jieba takes about a second)."""

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = vocabulary or Vocabulary.packaged()
        jieba.setLogLevel(logging.WARNING)
        # An instance of its own, so the terms added here never change the process-wide jieba.
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        for surface in sorted(self.vocabulary.canonical):
            self._jieba.add_word(surface, freq=_TERM_FREQUENCY)
        self._parts = {surface: self._split(surface) for surface in self.vocabulary.canonical}

    def words(self, text: str) -> list[str]:
        """The normalised words of a text, stop words, punctuation and bare numbers dropped."""
        stop_words = self.vocabulary.stop_words
        return [
            word
            for word in self._jieba.lcut(normalise(text), HMM=True)
            if word not in stop_words and any(char.isalpha() for char in word)
        ]

    def terms(self, text: str) -> list[Term]:
        """Each word's canonical term, its broader terms, then the canonical terms of its parts.

        The parts keep what a whole term would hide: 桥梁监测 is 结构健康监测, and also 桥梁 and 监测.
        """
        vocabulary = self.vocabulary
        return [
            Term(term, word)
            for word in self.words(text)
            for term in (
                *vocabulary.expand(word),
                *(vocabulary.canonical.get(part, part) for part in self._parts.get(word, ())),
            )
        ]

    def _split(self, word: str) -> tuple[str, ...]:
        """The word as two or more dictionary words, when it is exactly that (桥梁监测 is 桥梁 + 监测).

        The candidates are jieba's search-mode pieces; a split must cover the word with no overlap
        and no single character left, so 无人机 keeps no 人机 and 燃气管网 no 气管.
        """
        stop_words = self.vocabulary.stop_words
        pieces = {piece for piece in self._jieba.cut_for_search(word, HMM=False) if piece != word}
        return tuple(part for part in _cover(word, pieces) if part not in stop_words)

    def tag(self, tag: str) -> str:
        """A tag's canonical form: the term the whole tag names, else the tag normalised."""
        label = " ".join(normalise(tag).split())
        return self.vocabulary.canonical.get(label, label)


def _cover(word: str, pieces: set[str]) -> tuple[str, ...]:
    """The fewest ``pieces`` that spell ``word`` end to end (the longest first piece on a tie), or none."""
    best: dict[int, tuple[str, ...]] = {len(word): ()}
    for start in range(len(word) - 1, -1, -1):
        ways = [
            (word[start:end], *best[end])
            for end in range(len(word), start, -1)
            if end in best and word[start:end] in pieces
        ]
        if ways:
            best[start] = min(ways, key=len)
    return best.get(0, ())
