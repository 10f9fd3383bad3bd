"""One score in 0..1 from three features: the text (BM25), the same cluster, shared tags."""

from typing import NamedTuple

import numpy as np
import numpy.typing as npt

# The weights sum to 1, so a score is in 0..1. Chosen on the labelled set of bench/data with
# bench/matching_quality.py --sweep (decision 0017): text alone gives nDCG@10 0.861; the grid's
# best is 0.872 (0.9/0.1/0), these give 0.868, a difference that is noise on 77 scenarios, and
# keep the tags the authors chose in play. The cluster lifts an offering of the scenario's own
# field above a cross-cluster one with the same text, but a cluster weight of 0.2 or more lets
# same-cluster offerings sharing one common term push out cross-cluster ones that fit
# (0.6/0.2/0.2 gives 0.834).
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
