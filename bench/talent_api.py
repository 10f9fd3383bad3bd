"""Talent's masked reads under load against a bare FastAPI endpoint running the same query, same run.

100,000 talents (500 centers of 200) in a fresh PostgreSQL database, their ID numbers and phones
sealed as the service seals them; talent and the bare app each as one uvicorn process;
concurrency 50. Measures a center's list (50 a page) and a search by whole ID number, both as a
municipal admin (masked), and prints p50/p99, requests/s and the ratios.
Target: at least 0.7 of the bare query's requests/s.

Needs ``wrk`` (Debian package ``wrk``; ``make bench`` installs it when run as root).

    make bench    (or: PYTHONPATH=. uv run python bench/talent_api.py [--seconds 10])
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
from stdnum.cn import ric

from bench.wrk_load import arguments, compare, start_bare
from shared.auth import issue_token
from shared.db import create_engine
from shared.localbroker import LocalBroker, free_port, wait_for_port
from shared.migrations import upgrade
from shared.settings import ServiceSettings
from shared.testing.postgres import PgServer, find_or_start
from shared.testing.processes import service_processes
from shared.testing.services import service_dir
from talent.centers.models import CenterView
from talent.config import TalentSettings
from talent.personal_data.dependency import cipher_from
from talent.personal_data.masking import mask_document_number, mask_phone
from talent.talents.models import Talent

CENTERS = 500
PER_CENTER = 200
POOL = 45
LEVELS = ("leading", "high_level", "academic_leader", "rd_backbone", "high_skilled")


def id_number(serial: int) -> str:
    """A valid number of its own for each serial below 14,000,000 (birth day, then sequence)."""
    birth = dt.date(1960, 1, 1) + dt.timedelta(days=serial % 14000)
    body = f"440106{birth:%Y%m%d}{serial // 14000 % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


async def seed(url: str) -> tuple[list[uuid.UUID], list[str]]:
    """100,000 talents written straight into the table, sealed: setup, not what is measured."""
    cipher = cipher_from(TalentSettings())
    engine = create_engine(url)
    now = dt.datetime.now(dt.UTC)
    centers = [uuid.uuid4() for _ in range(CENTERS)]
    numbers: list[str] = []
    async with engine.begin() as conn:
        await conn.execute(
            insert(CenterView),
            [
                {
                    "id": c,
                    "name": f"广州某创新中心{i:04d}",
                    "mode": "self_built",
                    "cluster_code": "artificial_intelligence",
                    "sub_sector": f"细分领域{i:04d}",
                    "district": "tianhe",
                    "lead_organization_name": "某公司",
                    "status": "operating",
                    "tier": "municipal",
                    "version": 1,
                    "updated_at": now,
                }
                for i, c in enumerate(centers)
            ],
        )
        serial = 0
        for center in centers:
            rows = []
            for _ in range(PER_CENTER):
                number = id_number(serial)
                phone = f"138{serial:08d}"
                digest = cipher.digest("resident_id", number)
                rows.append(
                    {
                        "id": uuid.uuid4(),
                        "center_id": center,
                        "name": f"人才{serial:06d}",
                        "gender": "female" if serial % 2 else "male",
                        "birth_date": ric.get_birth_date(number),
                        "nationality": "CHN",
                        "id_document_type": "resident_id",
                        "id_number_sealed": cipher.seal(number),
                        "id_number_masked": mask_document_number(number),
                        "id_number_digest": digest,
                        "phone_sealed": cipher.seal(phone),
                        "phone_masked": mask_phone(phone),
                        "sealed_with": cipher.active_key_id,
                        "email": None,
                        "level": LEVELS[serial % len(LEVELS)],
                        "role": "研发工程师",
                        "origin": "trained",
                        "introduced_from": None,
                        "joined_on": dt.date(2025, 3, 1),
                        "left_on": None,
                        "qualifications": ["硕士"],
                        "version": 1,
                        "registered_by": "bench",
                        "created_at": now + dt.timedelta(microseconds=serial),
                        "updated_at": now,
                    }
                )
                numbers.append(number)
                serial += 1
            await conn.execute(insert(Talent), rows)
    await engine.dispose()
    return centers, numbers


async def main(seconds: int, rounds: int) -> None:
    pg: PgServer = await find_or_start()
    name = f"mic_bench_{uuid.uuid4().hex[:8]}_talent"
    await pg.execute(f'CREATE DATABASE "{name}"')
    url = pg.sqlalchemy_url(name)
    broker = LocalBroker()
    broker.start()
    bare_port = free_port()
    bare = None
    try:
        await asyncio.to_thread(upgrade, service_dir("talent"), url)
        centers, numbers = await seed(url)
        analyze = await asyncpg.connect(pg.dsn(name))
        await analyze.execute("VACUUM ANALYZE talent")
        await analyze.execute("VACUUM ANALYZE center_view")
        await analyze.close()
        index_key = TalentSettings().personal_data_index_key.get_secret_value()
        bare = start_bare(
            "bench.bare_talent_app:app",
            bare_port,
            {
                "BARE_DATABASE_URL": url,
                "BARE_POOL_SIZE": str(POOL),
                "BARE_MAX_OVERFLOW": "0",
                "BARE_INDEX_KEY": index_key,
            },
        )
        wait_for_port(bare_port)
        settings = {
            "database_url": url,
            "kafka_bootstrap_servers": broker.bootstrap_servers,
            "log_level": "WARNING",
            "environment": "test",
            # One load generator is one client: a per-client limit would measure only itself.
            "rate_limit": "",
            "database_pool_size": str(POOL),
            "database_max_overflow": "0",
        }
        token = issue_token(ServiceSettings(), sub="bench", roles=["municipal_admin"])
        auth = {"Authorization": f"Bearer {token}"}
        with (
            tempfile.TemporaryDirectory() as logs,
            service_processes({"talent": settings}, Path(logs)) as running,
        ):
            rnd = random.Random(7)
            lists = [f"/talents?center_id={c}&limit=50" for c in rnd.sample(centers, 200)]
            searches = [f"/talents?id_number={n}" for n in rnd.sample(numbers, 2000)]
            ours, bare_url = running["talent"].url, f"http://127.0.0.1:{bare_port}"
            for name_, paths in (
                ("GET /api/v1/talents?center_id=..&limit=50 (masked)", lists),
                ("GET /api/v1/talents?id_number=.. (masked)", searches),
            ):
                compare(
                    name_,
                    service="talent",
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
