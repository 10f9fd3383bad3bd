"""A document as matching sees it: canonical terms, the forms it wrote them in, its tags."""

from dataclasses import dataclass

from scenarios.matching.documents import Document
from scenarios.matching.text import Analyzer


@dataclass(frozen=True, slots=True)
class Profile:
    """The analysed text of one document, kept so that a rebuild need not segment it again."""

    terms: tuple[str, ...]
    forms: dict[str, tuple[str, ...]]
    tags: frozenset[str]
    cluster_code: str

    @classmethod
    def of(cls, document: Document, analyzer: Analyzer) -> "Profile":
        """Heading, body and tags as one text of canonical terms; tags also as canonical labels.

        The heading counts once: weighting it twice did no better on the labelled set (decision 0017).
        """
        found = analyzer.terms(document.heading) + analyzer.terms(document.body)
        for tag in document.tags:
            found += analyzer.terms(tag)
        forms: dict[str, list[str]] = {}
        for term in found:
            seen = forms.setdefault(term.term, [])
            if term.surface not in seen:
                seen.append(term.surface)
        return cls(
            terms=tuple(term.term for term in found),
            forms={term: tuple(surfaces) for term, surfaces in forms.items()},
            tags=frozenset(analyzer.tag(tag) for tag in document.tags if tag.strip()),
            cluster_code=document.cluster_code,
        )
