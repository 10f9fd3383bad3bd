"""Matching's speed: top 10 of 10,000 offerings for a scenario, beside the bare bm25s query, one run.

The 10,000 offerings recombine the labelled set's texts (a name, two descriptions' clauses, tags
of two offerings); the queries are its scenarios, each several times. Per query:

- matching: ``rank_offerings`` end to end — the scenario segmented and canonicalised, BM25 over
  the index, the cluster and tag features, the top 10 and their explanations;
- bare bm25s: ``BM25.retrieve`` of the top 10 on the same tokenised corpus, the query's canonical
  terms (heading, body, tags) handed over already segmented (so the bare side does strictly less).

Prints p50/p99 of both and the ratio of the p99s. Target: matching's p99 within 3× the bare one's.

    PYTHONPATH=. .venv/bin/python bench/matching_speed.py [--offerings 10000] [--rounds 10]
"""

import argparse
import random
import statistics
import time
from dataclasses import replace

import bm25s

from bench.matching_data import LabelledSet, load
from scenarios.matching import Analyzer, MatchIndex, Offering, rank_offerings
from scenarios.matching.profile import Profile

TARGET_RATIO = 3.0


def recombined(data: LabelledSet, count: int, seed: int = 14) -> list[Offering]:
    """``count`` offerings, each a labelled offering's name and cluster with clauses of two others."""
    pick = random.Random(seed)
    clauses = [offering.description.rstrip("。").split("，") for offering in data.offerings]
    made = []
    for number in range(count):
        base, other = pick.choice(data.offerings), pick.randrange(len(clauses))
        mine = clauses[data.offerings.index(base)]
        text = "，".join([*pick.sample(mine, min(2, len(mine))), *pick.sample(clauses[other], 1)])
        made.append(
            Offering(
                offering_id=f"G-{number:05}",
                center_id=base.center_id,
                name=base.name,
                description=text + "。",
                cluster_code=base.cluster_code,
                tags=(*base.tags[:2], *data.offerings[other].tags[:1]),
            )
        )
    return made


def percentile(samples: list[float], share: float) -> float:
    """The nearest-rank percentile of samples (in seconds) in microseconds."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offerings", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=10, help="times each scenario is asked")
    args = parser.parse_args()
    data = load()
    analyzer = Analyzer()
    offerings = recombined(data, args.offerings)

    started = time.perf_counter()
    index = MatchIndex(offerings, analyzer=analyzer, version=1)
    built = time.perf_counter() - started
    started = time.perf_counter()
    changed = replace(offerings[0], description=offerings[1].description)
    index.replaced(upsert=[changed], remove=[offerings[2].offering_id], version=2)
    rebuilt = time.perf_counter() - started
    started = time.perf_counter()
    corpus = [list(index.profiles[offering.offering_id].terms) for offering in offerings]
    bare = bm25s.BM25()
    bare.index(corpus, show_progress=False)
    bare_built = time.perf_counter() - started

    queries = [(scenario, sorted(set(Profile.of(scenario, analyzer).terms))) for scenario in data.scenarios]
    for scenario, tokens in queries:  # warm both paths once
        rank_offerings(index, scenario)
        bare.retrieve([tokens], k=10, show_progress=False, n_threads=1)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(args.rounds):
        for scenario, tokens in queries:
            # Alternate, so a neighbour's load on this shared machine falls on both sides alike.
            started = time.perf_counter()
            rank_offerings(index, scenario)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            bare.retrieve([tokens], k=10, show_progress=False, n_threads=1)
            theirs.append(time.perf_counter() - started)

    print(f"{len(offerings)} offerings; {len(ours)} queries ({len(queries)} scenarios × {args.rounds})")
    print(f"index built in {built:.2f} s (segmenting every offering); bare bm25s index {bare_built:.2f} s")
    print(f"replaced() after one offering changed and one withdrawn: {rebuilt:.2f} s")
    print(f"{'query, top 10':<16}{'p50 µs':>9}{'p99 µs':>9}{'mean µs':>9}")
    for name, samples in (("matching", ours), ("bare bm25s", theirs)):
        mean = statistics.fmean(samples) * 1e6
        print(f"{name:<16}{percentile(samples, 0.5):9.0f}{percentile(samples, 0.99):9.0f}{mean:9.0f}")
    ratio = percentile(ours, 0.99) / percentile(theirs, 0.99)
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    print(f"p50 ratio matching / bare: {percentile(ours, 0.5) / percentile(theirs, 0.5):.2f}")
    print(f"p99 ratio matching / bare: {ratio:.2f} (target ≤ {TARGET_RATIO:.0f}: {verdict})")


if __name__ == "__main__":
    main()
