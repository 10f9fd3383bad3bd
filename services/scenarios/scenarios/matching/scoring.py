"""One score in 0..1 from three features: the text (BM25), the same cluster, shared tags."""

from typing import NamedTuple

import numpy as np
import numpy.typing as npt

# The weights sum to 1, so a score is in 0..1. Chosen on the labelled set of bench/data by
# bench/matching_quality.py --sweep (decision 0016): the text carries most of the signal; the
# cluster lifts an offering of the scenario's own field above a cross-cluster one of the same
# text score, but too little for a same-cluster offering with no shared term to outrank one
# that fits; shared tags are the authors' own summary and weigh as much as the cluster.
TEXT_WEIGHT = 0.8
CLUSTER_WEIGHT = 0.1
TAG_WEIGHT = 0.1


class Weights(NamedTuple):
    """The three features' weights, summing to 1."""

    text: float
    cluster: float
    tag: float


WEIGHTS = Weights(TEXT_WEIGHT, CLUSTER_WEIGHT, TAG_WEIGHT)

Scores = npt.NDArray[np.float32]


def text_feature(bm25: Scores) -> Scores:
    """BM25 over the query's best: 1 for the best text in the index, 0 for none shared."""
    best = float(bm25.max(initial=0.0))
    return bm25 / best if best > 0 else bm25


def tag_feature(shared: Scores, query_tags: int, document_tags: Scores) -> Scores:
    """Shared tags over the fewer of the two sides' tags (two of two shared is as good as it gets)."""
    fewer = np.minimum(document_tags, np.float32(query_tags))
    feature: Scores = np.divide(shared, fewer, out=np.zeros_like(shared), where=fewer > 0)
    return feature


def combine(text: Scores, same_cluster: Scores, tags: Scores, weights: Weights = WEIGHTS) -> Scores:
    """The weighted sum of the three features."""
    score: Scores = weights.text * text + weights.cluster * same_cluster + weights.tag * tags
    return score
