"""An index over offerings (or scenarios): BM25 on canonical terms with cluster and tag features."""

from collections.abc import Iterable, Sequence
from typing import Generic, NamedTuple, TypeVar

import bm25s
import numpy as np
import numpy.typing as npt
from scipy import sparse

from scenarios.matching import scoring
from scenarios.matching.documents import Document, DocumentId, Offering, Scenario
from scenarios.matching.profile import Profile
from scenarios.matching.results import Explanation, MatchedTerm, OfferingMatch, ScenarioMatch
from scenarios.matching.text import Analyzer

D = TypeVar("D", bound=Document)
Indices = npt.NDArray[np.int64]


class MatchIndex(Generic[D]):
    """Built once over every published offering (or scenario), then queried many times.

    Immutable: a change builds a new index (``replaced``), so readers never see a half-built one
    and a service swaps its reference when the documents' version moves (decision 0017).
    """

    def __init__(
        self,
        documents: Iterable[D],
        *,
        analyzer: Analyzer,
        version: object = None,
        weights: scoring.Weights = scoring.WEIGHTS,
        profiles: dict[DocumentId, Profile] | None = None,
    ) -> None:
        self.analyzer = analyzer
        self.version = version
        self.weights = weights
        self.documents: tuple[D, ...] = tuple(documents)
        known = profiles or {}
        self.profiles: dict[DocumentId, Profile] = {
            document.key: known.get(document.key) or Profile.of(document, analyzer)
            for document in self.documents
        }
        if len(self.profiles) != len(self.documents):
            raise ValueError("two documents share a key")
        ordered = [self.profiles[document.key] for document in self.documents]
        # Ties are broken by key, so a ranking does not depend on the order rows were loaded in.
        self._key_rank = np.argsort(
            np.argsort([str(document.key) for document in self.documents], kind="stable")
        )
        self._bm25 = bm25s.BM25()
        self._term_weights = _Rows(np.zeros(len(ordered) + 1, np.int64), _NONE, np.zeros(0, np.float32))
        if ordered:
            self._bm25.index([list(profile.terms) for profile in ordered], show_progress=False)
            self._term_weights = self._document_term_weights(len(ordered))
        self._clusters = _postings(profile.cluster_code for profile in ordered)
        self._tags = _postings_of_sets(profile.tags for profile in ordered)
        self._tag_counts = np.array([len(profile.tags) for profile in ordered], dtype=np.float32)
        self._term_of_id = (
            {token_id: term for term, token_id in self._bm25.vocab_dict.items()} if ordered else {}
        )

    def __len__(self) -> int:
        return len(self.documents)

    def replaced(
        self, *, upsert: Iterable[D] = (), remove: Iterable[DocumentId] = (), version: object = None
    ) -> "MatchIndex[D]":
        """A new index with documents added, changed or removed; only those are segmented again."""
        changed = {document.key: document for document in upsert}
        gone = set(remove) | set(changed)
        kept = [document for document in self.documents if document.key not in gone]
        profiles = {key: profile for key, profile in self.profiles.items() if key not in gone}
        return MatchIndex(
            [*kept, *changed.values()],
            analyzer=self.analyzer,
            version=version,
            weights=self.weights,
            profiles=profiles,
        )

    def search(self, query: Document, *, limit: int = 10) -> list[tuple[D, float, Explanation]]:
        """The best ``limit`` documents for ``query``, best first; a document sharing nothing is left out."""
        if not self.documents or limit <= 0:
            return []
        profile = Profile.of(query, self.analyzer)
        token_ids = sorted(
            {self._bm25.vocab_dict[term] for term in profile.terms if term in self._bm25.vocab_dict}
        )
        bm25 = self._bm25.get_scores_from_ids(token_ids) if token_ids else np.zeros(len(self), np.float32)
        same_cluster = np.zeros(len(self), dtype=np.float32)
        same_cluster[self._clusters.get(profile.cluster_code, _NONE)] = 1
        shared_tags = np.zeros(len(self), dtype=np.float32)
        for tag in profile.tags:
            shared_tags[self._tags.get(tag, _NONE)] += 1
        score = scoring.combine(
            scoring.text_feature(bm25),
            same_cluster,
            scoring.tag_feature(shared_tags, len(profile.tags), self._tag_counts),
            self.weights,
        )
        found = self._best(np.flatnonzero((bm25 > 0) | (same_cluster > 0) | (shared_tags > 0)), score, limit)
        return [
            (self.documents[at], round(float(score[at]), 4), self._explain(at, profile, token_ids))
            for at in found
        ]

    def _best(self, candidates: Indices, score: npt.NDArray[np.float32], limit: int) -> Indices:
        """The ``limit`` best candidates by score, then by key, without sorting them all."""
        if len(candidates) > limit:
            kth = np.partition(score[candidates], -limit)[-limit]
            candidates = candidates[score[candidates] >= kth]
        order = np.lexsort((self._key_rank[candidates], -score[candidates]))
        return candidates[order[:limit]]

    def _explain(self, at: int, query: Profile, token_ids: Sequence[int]) -> Explanation:
        """The shared terms by their BM25 weight in this document, the shared tags, the cluster."""
        rows = self._term_weights
        start, end = rows.indptr[at], rows.indptr[at + 1]
        weights = dict(zip(rows.indices[start:end].tolist(), rows.data[start:end].tolist(), strict=True))
        shared = sorted(
            (token_id for token_id in token_ids if token_id in weights),
            key=lambda token_id: (-weights[token_id], self._term_of_id[token_id]),
        )
        match = self.profiles[self.documents[at].key]
        terms = tuple(
            MatchedTerm(term, query.forms[term], match.forms[term])
            for term in map(self._term_of_id.get, shared)
            if term
        )
        return Explanation(
            cluster_match=query.cluster_code == match.cluster_code,
            matched_terms=terms,
            matched_tags=tuple(sorted(query.tags & match.tags)),
        )

    def _document_term_weights(self, documents: int) -> "_Rows":
        """Each document's BM25 weight per term, a row per document, from bm25s's own term columns."""
        scores = self._bm25.scores
        rows = sparse.csc_array(
            (scores["data"], scores["indices"], scores["indptr"]),
            shape=(documents, len(scores["indptr"]) - 1),
        ).tocsr()
        return _Rows(rows.indptr.astype(np.int64), rows.indices.astype(np.int64), rows.data)


class _Rows(NamedTuple):
    """A sparse matrix by rows (CSR): row r is ``indices`` and ``data`` from indptr[r] to indptr[r + 1]."""

    indptr: Indices
    indices: Indices
    data: npt.NDArray[np.float32]


OfferingIndex = MatchIndex[Offering]
ScenarioIndex = MatchIndex[Scenario]

_NONE: Indices = np.array([], dtype=np.int64)


def rank_offerings(index: OfferingIndex, scenario: Scenario, *, limit: int = 10) -> list[OfferingMatch]:
    """The offerings that best serve a scenario, best first."""
    return [
        OfferingMatch(offering.offering_id, offering.center_id, score, explanation)
        for offering, score, explanation in index.search(scenario, limit=limit)
    ]


def rank_scenarios(index: ScenarioIndex, offering: Offering, *, limit: int = 10) -> list[ScenarioMatch]:
    """The scenarios an offering best serves, best first."""
    return [
        ScenarioMatch(scenario.scenario_id, score, explanation)
        for scenario, score, explanation in index.search(offering, limit=limit)
    ]


def _postings(values: Iterable[str]) -> dict[str, Indices]:
    """Value → the positions of the documents that have it."""
    return _postings_of_sets(frozenset((value,)) for value in values)


def _postings_of_sets(values: Iterable[frozenset[str]]) -> dict[str, Indices]:
    """Value → the positions of the documents whose set holds it."""
    positions: dict[str, list[int]] = {}
    for at, found in enumerate(values):
        for value in found:
            positions.setdefault(value, []).append(at)
    return {value: np.array(ats, dtype=np.int64) for value, ats in positions.items()}
