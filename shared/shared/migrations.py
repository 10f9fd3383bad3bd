"""Alembic plumbing shared by every service's ``migrations/env.py``.

Each service keeps its own history and its own version table (``alembic_version_<service>``),
so several services may share one database in a pinch without stepping on each other.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command, context, op
from alembic.config import Config
from sqlalchemy import MetaData
from sqlalchemy.engine import Connection

from shared.db import UTCDateTime, create_engine
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


def create_audit_log() -> None:
    """The service's audit log (shared.audit.entries), append-only in the database itself.

    Triggers refuse every UPDATE and DELETE (and, on PostgreSQL, TRUNCATE): the application
    never changes an entry, so whoever does went around it, and the hash chain shows where.
    """
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=False),
        sa.Column("occurred_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("request_id", sa.String(length=64), nullable=True),
        sa.Column("requested_by", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=40), nullable=True),
        sa.Column("client_id", sa.String(length=200), nullable=True),
        sa.Column("client_address", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=300), nullable=False),
        sa.Column("target", sa.String(length=500), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_entry"),
        sa.UniqueConstraint("hash", name="uq_audit_entry_hash"),
    )
    op.create_index("ix_audit_entry_action_seq", "audit_entry", ["action", "seq"])
    op.create_index("ix_audit_entry_occurred_at", "audit_entry", ["occurred_at"])
    op.create_index("ix_audit_entry_request_id", "audit_entry", ["request_id"])
    op.create_index("ix_audit_entry_requested_by_seq", "audit_entry", ["requested_by", "seq"])
    op.create_index(
        "ix_audit_entry_target", "audit_entry", ["target"], postgresql_ops={"target": "text_pattern_ops"}
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
            END $$;
        """)
        op.execute("""
            CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
            FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
        """)
        op.execute("""
            CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
            FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
        """)
        return
    for operation in ("UPDATE", "DELETE"):
        op.execute(f"""
            CREATE TRIGGER audit_entry_no_{operation.lower()} BEFORE {operation} ON audit_entry
            BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only: {operation} refused'); END;
        """)


def drop_audit_log() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE audit_entry")
        op.execute("DROP FUNCTION audit_entry_append_only()")
        return
    op.drop_table("audit_entry")  # its triggers go with it
