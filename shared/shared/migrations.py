"""Alembic plumbing shared by every service's ``migrations/env.py``.

Each service keeps its own history and its own version table (``alembic_version_<service>``),
so several services may share one database in a pinch without stepping on each other.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from alembic import command, context, op
from alembic.config import Config
from sqlalchemy import MetaData
from sqlalchemy.engine import Connection

from shared.db import create_engine
from shared.outbox import notify_channel


def version_table(service: str) -> str:
    return f"alembic_version_{service}"


def run_env(*, service: str, metadata: MetaData, default_url: str) -> None:
    """Body of a service's ``env.py``: offline SQL or online async migration."""
    config = context.config
    url = config.get_main_option("sqlalchemy.url") or default_url
    options: dict[str, Any] = {
        "target_metadata": metadata,
        "version_table": version_table(service),
        "render_as_batch": url.startswith("sqlite"),
        "compare_type": True,
    }
    if context.is_offline_mode():
        context.configure(url=url, literal_binds=True, **options)
        with context.begin_transaction():
            context.run_migrations()
        return

    def _run(connection: Connection) -> None:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch mode drops and recreates a table: rows of other tables that refer to it would
            # fail their foreign keys. Off before the first write opens the transaction, checked
            # at the end (Alembic's documented recipe for SQLite).
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        context.configure(connection=connection, **options)
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"the migration left rows whose foreign keys point nowhere: {broken}")

    async def _online() -> None:
        engine = create_engine(url)
        try:
            async with engine.begin() as conn:
                await conn.run_sync(_run)
        finally:
            await engine.dispose()

    asyncio.run(_online())


def alembic_config(service_dir: Path, database_url: str) -> Config:
    config = Config(str(service_dir / "alembic.ini"))
    config.set_main_option("script_location", str(service_dir / "migrations"))
    config.set_main_option("sqlalchemy.url", database_url)
    return config


def upgrade(service_dir: Path, database_url: str, revision: str = "head") -> None:
    """Migrate a database (blocking: call from a thread inside an event loop)."""
    command.upgrade(alembic_config(service_dir, database_url), revision)


def downgrade(service_dir: Path, database_url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(service_dir, database_url), revision)


def create_outbox_notify_trigger(service: str) -> None:
    """PostgreSQL: NOTIFY the service's relays once per statement that inserts outbox rows.

    The trigger fires inside the writing transaction and PostgreSQL delivers the notification
    at commit, so a relay in any replica wakes without an extra round trip from the writer.
    """
    if op.get_bind().dialect.name != "postgresql":
        return
    channel = notify_channel(service)
    op.execute(f"""
        CREATE FUNCTION outbox_notify_{service}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{channel}', '');
            RETURN NULL;
        END $$;
    """)
    op.execute(f"""
        CREATE TRIGGER outbox_record_notify AFTER INSERT ON outbox_record
        FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify_{service}();
    """)


def drop_outbox_notify_trigger(service: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS outbox_record_notify ON outbox_record")
    op.execute(f"DROP FUNCTION IF EXISTS outbox_notify_{service}()")
