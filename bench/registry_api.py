"""Registry's reads under load against a bare FastAPI endpoint running the same query, same run.

10,000 centers in a fresh PostgreSQL database; registry and the bare app each as one uvicorn
process; concurrency 50. Measures ``GET /api/v1/centers/{id}`` and a filtered list
(district + status, 50 a page) on both and prints p50/p99, requests/s and the ratios.
Targets: at least 0.7 of the bare requests/s, and a p99 within 1.5x of the bare p99.

Needs ``wrk`` (Debian package ``wrk``; ``make bench`` installs it when run as root).

    make bench    (or: PYTHONPATH=. uv run python bench/registry_api.py [--seconds 10])
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import tempfile
import uuid
from pathlib import Path

import asyncpg
from sqlalchemy import insert

from bench.wrk_load import arguments, compare, start_bare
from registry.centers.models import Center
from registry.organizations.models import Organization
from shared.auth import issue_token
from shared.db import create_engine
from shared.localbroker import LocalBroker, free_port, wait_for_port
from shared.migrations import upgrade
from shared.settings import ServiceSettings
from shared.testing.postgres import PgServer, find_or_start
from shared.testing.processes import service_processes
from shared.testing.services import service_dir
from tests.codes import valid_uscc

CENTERS = 10_000
POOL = 45
DISTRICTS = (
    "yuexiu",
    "haizhu",
    "liwan",
    "tianhe",
    "baiyun",
    "huangpu",
    "panyu",
    "huadu",
    "nansha",
    "conghua",
    "zengcheng",
)
STATUSES = ("draft", "submitted", "under_review", "approved", "operating")


async def seed(url: str) -> list[uuid.UUID]:
    """10,000 centers written straight into the table: setup, not what is measured."""
    engine = create_engine(url)
    ids = [uuid.uuid4() for _ in range(CENTERS)]
    now = dt.datetime.now(dt.UTC)
    lead = {
        "id": uuid.uuid4(),
        "name": "某公司",
        "uscc": valid_uscc(),
        "type": "enterprise",
        "created_by": "bench",
        "created_at": now,
        "updated_at": now,
    }
    rows = [
        {
            "id": cid,
            "name": f"广州某创新中心{i:05d}",
            "mode": "self_built",
            "cluster_code": "artificial_intelligence",
            "sub_sector": f"细分领域{i:05d}",
            "district": DISTRICTS[i % len(DISTRICTS)],
            "lead_organization_id": lead["id"],
            "lead_organization_name": lead["name"],
            "lead_organization_uscc": lead["uscc"],
            "lead_organization_type": lead["type"],
            "status": STATUSES[i % len(STATUSES)],
            "tier": "municipal",
            "version": 1,
            "created_by": "bench",
            "created_at": now + dt.timedelta(microseconds=i),
            "updated_at": now,
        }
        for i, cid in enumerate(ids)
    ]
    async with engine.begin() as conn:
        await conn.execute(insert(Organization), [lead])
        for start in range(0, CENTERS, 1000):
            await conn.execute(insert(Center), rows[start : start + 1000])
    await engine.dispose()
    return ids


async def main(seconds: int, rounds: int) -> None:
    pg: PgServer = await find_or_start()
    name = f"mic_bench_{uuid.uuid4().hex[:8]}_registry"
    await pg.execute(f'CREATE DATABASE "{name}"')
    url = pg.sqlalchemy_url(name)
    broker = LocalBroker()
    broker.start()
    bare_port = free_port()
    bare = None
    try:
        await asyncio.to_thread(upgrade, service_dir("registry"), url)
        ids = await seed(url)
        # Statistics and visibility map now, not by autovacuum in the middle of a measurement.
        analyze = await asyncpg.connect(pg.dsn(name))
        await analyze.execute("VACUUM ANALYZE center")
        await analyze.close()
        bare = start_bare(
            "bench.bare_registry_app:app",
            bare_port,
            {"BARE_DATABASE_URL": url, "BARE_POOL_SIZE": str(POOL), "BARE_MAX_OVERFLOW": "0"},
        )
        wait_for_port(bare_port)
        settings = {
            "database_url": url,
            "kafka_bootstrap_servers": broker.bootstrap_servers,
            "log_level": "WARNING",
            "environment": "test",
            # One load generator is one client: a per-client limit would measure only itself.
            "rate_limit": "",
            # The same fixed pool for both, near one connection per concurrent request: overflow
            # connections open and close all the time (that would be all one measures), and
            # both pools together stay under PostgreSQL's default 100 connections.
            "database_pool_size": str(POOL),
            "database_max_overflow": "0",
        }
        token = issue_token(ServiceSettings(), sub="bench", roles=["municipal_admin"])
        auth = {"Authorization": f"Bearer {token}"}
        with (
            tempfile.TemporaryDirectory() as logs,
            service_processes({"registry": settings}, Path(logs)) as running,
        ):
            rnd = random.Random(7)
            sample = [str(i) for i in rnd.sample(ids, 2000)]
            filters = [f"?district={d}&status={s}&limit=50" for d in DISTRICTS for s in STATUSES]
            ours, bare_url = running["registry"].url, f"http://127.0.0.1:{bare_port}"
            for name_, paths in (
                ("GET /api/v1/centers/{id}", [f"/centers/{i}" for i in sample]),
                ("GET /api/v1/centers?district=..&status=..&limit=50", [f"/centers{f}" for f in filters]),
            ):
                compare(
                    name_,
                    service="registry",
                    ours=ours,
                    ours_paths=[f"/api/v1{p}" for p in paths],
                    headers=auth,
                    bare=bare_url,
                    bare_paths=paths,
                    seconds=seconds,
                    rounds=rounds,
                )
    finally:
        if bare is not None:
            bare.terminate()
            bare.wait()
        broker.stop()
        await pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        pg.stop()


if __name__ == "__main__":
    args = arguments(__doc__)
    asyncio.run(main(args.seconds, args.rounds))
