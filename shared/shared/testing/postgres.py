"""A real PostgreSQL for the tests: the machine's (or ``TEST_DATABASE_URL``), else a throwaway one.

Each test run gets its own databases (``mic_<run>_...``), so runs never collide.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from shared.localbroker import free_port

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
HOW_TO_GET_ONE = (
    "No PostgreSQL answered and none could be started. Either run one on 127.0.0.1:5432 with "
    "trust auth for user 'postgres' (Debian: `apt-get install postgresql && pg_ctlcluster "
    "--skip-systemctl-redirect 15 main start`), or point TEST_DATABASE_URL at one "
    "(postgresql://user:password@host:port/postgres), or install the server binaries "
    "(initdb, pg_ctl) so the tests can start a throwaway instance."
)


@dataclass
class PgServer:
    """Where the admin connection goes; ``sqlalchemy_url(db)`` names a database on it."""

    admin_dsn: str
    throwaway_dir: Path | None = None

    def dsn(self, database: str) -> str:
        parts = urlsplit(self.admin_dsn)
        return urlunsplit(parts._replace(path=f"/{database}"))

    def sqlalchemy_url(self, database: str) -> str:
        return self.dsn(database).replace("postgresql://", "postgresql+asyncpg://", 1)

    async def execute(self, sql: str) -> None:
        conn = await asyncpg.connect(self.admin_dsn, timeout=10)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    def stop(self) -> None:
        if self.throwaway_dir is not None:
            _pg_ctl(self.throwaway_dir, "stop", "-m", "immediate")
            shutil.rmtree(self.throwaway_dir, ignore_errors=True)


async def _answers(dsn: str) -> bool:
    try:
        conn = await asyncpg.connect(dsn, timeout=3)
    except (OSError, asyncpg.PostgresError, TimeoutError):
        return False
    await conn.close()
    return True


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _as_postgres_user(command: list[str]) -> list[str]:
    """initdb refuses to run as root: run it as the 'postgres' system user when we are root."""
    if os.geteuid() != 0:
        return command
    try:
        pwd.getpwnam("postgres")
    except KeyError as exc:
        raise RuntimeError(HOW_TO_GET_ONE + " (running as root without a 'postgres' user)") from exc
    return ["runuser", "-u", "postgres", "--", *command]


def _pg_ctl(data_dir: Path, *args: str) -> None:
    pg_ctl = _binary("pg_ctl")
    if pg_ctl is None:
        return
    subprocess.run(_as_postgres_user([pg_ctl, "-D", str(data_dir), *args]), check=False, capture_output=True)


def _start_throwaway() -> PgServer:
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        raise RuntimeError(HOW_TO_GET_ONE)
    data_dir = Path(tempfile.mkdtemp(prefix="mic-pg-"))
    if os.geteuid() == 0:
        shutil.chown(data_dir, "postgres", "postgres")
    port = free_port()
    subprocess.run(
        _as_postgres_user([initdb, "-D", str(data_dir), "-U", "postgres", "--auth=trust", "--encoding=UTF8"]),
        check=True,
        capture_output=True,
    )
    subprocess.run(
        _as_postgres_user(
            [
                pg_ctl,
                "-D",
                str(data_dir),
                "-w",
                "-l",
                str(data_dir / "server.log"),
                "-o",
                f"-p {port} -k {data_dir} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    return PgServer(admin_dsn=f"postgresql://postgres@127.0.0.1:{port}/postgres", throwaway_dir=data_dir)


async def find_or_start() -> PgServer:
    dsn = os.environ.get("TEST_DATABASE_URL", DEFAULT_URL).replace(
        "postgresql+asyncpg://", "postgresql://", 1
    )
    if await _answers(dsn):
        return PgServer(admin_dsn=dsn)
    if "TEST_DATABASE_URL" in os.environ:
        raise RuntimeError(f"TEST_DATABASE_URL={dsn} does not answer. " + HOW_TO_GET_ONE)
    return _start_throwaway()
