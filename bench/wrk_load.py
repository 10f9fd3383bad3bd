"""Load a service and its bare baseline with wrk, in alternating rounds, and print the ratios
(shared by the read benchmarks: bench/registry_api.py, bench/talent_api.py)."""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass

CONCURRENCY = 50


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))]


@dataclass
class Result:
    p50_ms: float
    p99_ms: float
    requests_per_s: float


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(base_url: str, paths: list[str], headers: dict[str, str], seconds: int) -> Result:
    """Load with wrk (a C load generator: the client must not be the bottleneck), ``CONCURRENCY``
    connections, each request a random one of ``paths``."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write("local paths = {" + ",".join(f'"{p}"' for p in paths) + "}\n")
        script.write('request = function() return wrk.format("GET", paths[math.random(#paths)]) end\n')
    command = ["wrk", "-t2", f"-c{CONCURRENCY}", f"-d{seconds}s", "--latency", "-s", script.name]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run([*command, base_url], capture_output=True, text=True, check=True).stdout
    os.unlink(script.name)
    if "Non-2xx" in output:
        raise RuntimeError(f"wrk saw errors:\n{output}")
    p50 = re.search(r"^\s+50%\s+(\S+)", output, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.M)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if not (p50 and p99 and rps):
        raise RuntimeError(f"unexpected wrk output:\n{output}")
    return Result(_ms(p50.group(1)), _ms(p99.group(1)), float(rps.group(1)))


def alternating(ours: Callable[[], Result], bare: Callable[[], Result], rounds: int) -> tuple[Result, Result]:
    """Measure both in turns and keep each side's median round: a burst of background work on
    this 2-core machine (a checkpoint, autovacuum) then lands on one round, not on one side."""
    results: list[tuple[Result, Result]] = [(ours(), bare()) for _ in range(rounds)]

    def median(side: list[Result]) -> Result:
        return Result(
            statistics.median(r.p50_ms for r in side),
            statistics.median(r.p99_ms for r in side),
            statistics.median(r.requests_per_s for r in side),
        )

    return median([o for o, _ in results]), median([b for _, b in results])


def report(name: str, ours: Result, bare: Result, *, service: str) -> None:
    throughput, tail = ours.requests_per_s / bare.requests_per_s, ours.p99_ms / bare.p99_ms
    print(name)
    print(
        f"  bare      p50 {bare.p50_ms:7.2f} ms  p99 {bare.p99_ms:7.2f} ms  {bare.requests_per_s:8.1f} req/s"
    )
    print(
        f"  {service:<9} p50 {ours.p50_ms:7.2f} ms  p99 {ours.p99_ms:7.2f} ms"
        f"  {ours.requests_per_s:8.1f} req/s"
    )
    print(
        f"  ratio req/s {throughput:5.2f} (target >= 0.70) {'OK' if throughput >= 0.7 else 'MISSED'};"
        f"  p99 {tail:5.2f}x (target <= 1.5x) {'OK' if tail <= 1.5 else 'MISSED'}"
    )


def start_bare(app: str, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """The baseline app (``module:app``) as one uvicorn process, like the service it is set beside."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            app,
            "--port",
            str(port),
            "--no-access-log",
            "--loop",
            "asyncio",
            "--log-level",
            "warning",
        ],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
    )


def compare(
    name: str,
    *,
    service: str,
    ours: str,
    ours_paths: list[str],
    headers: dict[str, str],
    bare: str,
    bare_paths: list[str],
    seconds: int,
    rounds: int,
) -> None:
    """Warm both up, then measure them in alternating rounds and print the medians and ratios."""
    wrk(ours, ours_paths, headers, 2)
    wrk(bare, bare_paths, {}, 2)
    report(
        name,
        *alternating(
            lambda: wrk(ours, ours_paths, headers, seconds),
            lambda: wrk(bare, bare_paths, {}, seconds),
            rounds,
        ),
        service=service,
    )


def arguments(doc: str) -> argparse.Namespace:
    """``--seconds`` and ``--rounds`` of a read benchmark (its docstring's first line as help)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=6, help="per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds; medians are reported")
    return parser.parse_args()
