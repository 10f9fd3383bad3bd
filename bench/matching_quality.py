"""Matching quality on the labelled set: nDCG@10 and P@5 of matching beside two baselines, one run.

- matching: ``scenarios.matching`` (canonical terms, synonyms, BM25, cluster and tag features),
  and the same with its text feature alone (weights 1/0/0);
- cluster-only: the scenario's cluster first, ties in offering-id order;
- plain BM25: bm25s on jieba's own tokens (default dictionary, stop words and punctuation
  dropped, heading, description and tags as one text), no synonyms, no cluster or tag feature.

The measures are trec_eval's (``pytrec_eval``): ``ndcg_cut_10`` with the graded judgements as
gains, ``P_5`` with relevance ≥ 2 as relevant. Target: matching's nDCG@10 at least 0.15 above
cluster-only's.

    PYTHONPATH=. .venv/bin/python bench/matching_quality.py [--sweep]
"""

import argparse
import itertools
import logging
import time
from collections.abc import Callable

import bm25s
import jieba
import pytrec_eval

from bench.matching_data import LabelledSet, load
from scenarios.matching import Analyzer, MatchIndex, Scenario, Weights, rank_offerings
from scenarios.matching.vocabulary import normalise

TARGET_GAIN = 0.15
DEPTH = 100  # the length of each ranked list handed to trec_eval

Ranker = Callable[[Scenario], list[str]]


def matching(data: LabelledSet, analyzer: Analyzer, weights: Weights | None = None) -> Ranker:
    """The module under test."""
    index = MatchIndex(data.offerings, analyzer=analyzer, **({"weights": weights} if weights else {}))
    return lambda scenario: [str(hit.offering_id) for hit in rank_offerings(index, scenario, limit=DEPTH)]


def cluster_only(data: LabelledSet) -> Ranker:
    """Same cluster first; within it the stable order of offering ids."""
    ids = sorted(data.offerings, key=lambda offering: str(offering.offering_id))
    return lambda scenario: [str(o.offering_id) for o in ids if o.cluster_code == scenario.cluster_code]


def plain_bm25(data: LabelledSet, stop_words: frozenset[str]) -> Ranker:
    """bm25s over jieba's default segmentation: what matching adds is measured against this."""
    jieba.setLogLevel(logging.WARNING)

    def tokens(heading: str, body: str, tags: tuple[str, ...]) -> list[str]:
        text = normalise(" ".join((heading, body, *tags)))
        return [w for w in jieba.lcut(text) if w not in stop_words and any(c.isalpha() for c in w)]

    retriever = bm25s.BM25()
    retriever.index([tokens(o.name, o.description, o.tags) for o in data.offerings], show_progress=False)
    ids = [str(o.offering_id) for o in data.offerings]

    def rank(scenario: Scenario) -> list[str]:
        query = tokens(scenario.title, scenario.description, scenario.tags)
        found, scores = retriever.retrieve([query], k=DEPTH, show_progress=False, n_threads=1)
        return [ids[at] for at, score in zip(found[0], scores[0], strict=True) if score > 0]

    return rank


def evaluate(data: LabelledSet, rank: Ranker) -> tuple[float, float]:
    """Mean nDCG@10 and P@5 over every scenario (a scenario with nothing ranked scores 0)."""
    runs = {}
    for scenario in data.scenarios:
        ranked = rank(scenario)
        # trec_eval orders by score: give each rank its own, so ties keep the ranker's order.
        runs[str(scenario.scenario_id)] = {doc: float(len(ranked) - at) for at, doc in enumerate(ranked)}
    graded = pytrec_eval.RelevanceEvaluator(data.relevance, {"ndcg_cut.10"})
    binary = pytrec_eval.RelevanceEvaluator(data.relevance, {"P.5"}, relevance_level=2)
    ndcg = graded.evaluate({q: r for q, r in runs.items() if r})
    precision = binary.evaluate({q: r for q, r in runs.items() if r})
    count = len(data.scenarios)
    return (
        sum(m["ndcg_cut_10"] for m in ndcg.values()) / count,
        sum(m["P_5"] for m in precision.values()) / count,
    )


def sweep(data: LabelledSet, analyzer: Analyzer) -> None:
    """nDCG@10 over a grid of weights (how scoring.WEIGHTS was chosen)."""
    print("text  cluster  tag   nDCG@10  P@5")
    steps = [round(0.1 * i, 1) for i in range(11)]
    for cluster, tag in itertools.product(steps, steps):
        text = round(1 - cluster - tag, 1)
        if text < 0.3:
            continue
        ndcg, precision = evaluate(data, matching(data, analyzer, Weights(text, cluster, tag)))
        print(f"{text:4.1f}  {cluster:7.1f}  {tag:3.1f}   {ndcg:7.3f}  {precision:4.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="print nDCG@10 over a grid of weights")
    args = parser.parse_args()
    started = time.perf_counter()
    data = load()
    analyzer = Analyzer()
    if args.sweep:
        sweep(data, analyzer)
        return
    judged = sum(1 for grades in data.relevance.values() for grade in grades.values() if grade >= 2)
    clusters = len({scenario.cluster_code for scenario in data.scenarios})
    print(
        f"{len(data.scenarios)} scenarios over {clusters} clusters, {len(data.offerings)} offerings, "
        f"{judged} judged relevant (≥ 2)"
    )
    rows = {
        "matching": evaluate(data, matching(data, analyzer)),
        "  text only": evaluate(data, matching(data, analyzer, Weights(1.0, 0.0, 0.0))),
        "cluster-only": evaluate(data, cluster_only(data)),
        "plain BM25": evaluate(data, plain_bm25(data, analyzer.vocabulary.stop_words)),
    }
    print(f"{'ranking':<14}{'nDCG@10':>9}{'P@5':>8}")
    for name, (ndcg, precision) in rows.items():
        print(f"{name:<14}{ndcg:9.3f}{precision:8.3f}")
    # Most scenarios have fewer than five offerings judged ≥ 2, so P@5 cannot reach 1.
    ceiling = sum(min(5, sum(g >= 2 for g in grades.values())) / 5 for grades in data.relevance.values())
    print(f"{'best possible':<14}{'':>9}{ceiling / len(data.relevance):8.3f}")
    gain = rows["matching"][0] - rows["cluster-only"][0]
    verdict = "met" if gain >= TARGET_GAIN else "NOT met"
    print(f"nDCG@10 gain over cluster-only: {gain:+.3f} (target +{TARGET_GAIN:.2f}: {verdict})")
    print(f"ran in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
