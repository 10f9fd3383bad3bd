"""Scenarios (五(六)) with their tags, the public data resources they open and their steps; the Idempotency-Key table.

Revision ID: d950e9150fbd
Revises: b0839bfd6625
Create Date: 2026-12-04 02:28:37.118611
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db

revision: str = "d950e9150fbd"
down_revision: str | None = "b0839bfd6625"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "idempotency_record",
        sa.Column("principal", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("path", sa.String(length=500), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("response_body", sa.JSON(), nullable=True),
        sa.Column("created_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("principal", "key", name=op.f("pk_idempotency_record")),
    )
    op.create_table(
        "scenario",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cluster_code", sa.String(length=80), nullable=False),
        sa.Column("district", sa.String(length=40), nullable=False),
        sa.Column("publisher", sa.String(length=200), nullable=False),
        sa.Column("budget_amount", shared.db.Money(precision=18, scale=2), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("published_at", shared.db.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status = 'closed' OR (status = 'draft') = (published_at IS NULL)",
            name=op.f("ck_scenario_published"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'published', 'matching', 'piloting', 'completed', 'closed')",
            name=op.f("ck_scenario_status_known"),
        ),
        sa.CheckConstraint("budget_amount >= 0", name=op.f("ck_scenario_budget_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenario")),
    )
    with op.batch_alter_table("scenario", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scenario_cluster_code"), ["cluster_code"], unique=False)
        batch_op.create_index("ix_scenario_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_scenario_created_by"), ["created_by"], unique=False)
        batch_op.create_index(batch_op.f("ix_scenario_district"), ["district"], unique=False)
        batch_op.create_index(batch_op.f("ix_scenario_status"), ["status"], unique=False)

    op.create_table(
        "scenario_data_resource",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("scenario_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("owner_department", sa.String(length=200), nullable=False),
        sa.Column("format", sa.String(length=100), nullable=False),
        sa.Column("access_terms", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["scenario_id"], ["scenario.id"], name=op.f("fk_scenario_data_resource_scenario_id_scenario")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenario_data_resource")),
    )
    with op.batch_alter_table("scenario_data_resource", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scenario_data_resource_scenario_id"), ["scenario_id"], unique=False
        )

    op.create_table(
        "scenario_step",
        sa.Column("scenario_id", sa.Uuid(), nullable=False),
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=False),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("acted_by", sa.String(length=200), nullable=False),
        sa.Column("acted_as", sa.String(length=40), nullable=False),
        sa.Column("acted_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["scenario_id"], ["scenario.id"], name=op.f("fk_scenario_step_scenario_id_scenario")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenario_step")),
    )
    with op.batch_alter_table("scenario_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scenario_step_scenario_id"), ["scenario_id"], unique=False)

    op.create_table(
        "scenario_tag",
        sa.Column("scenario_id", sa.Uuid(), nullable=False),
        sa.Column("tag", sa.String(length=50), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["scenario_id"], ["scenario.id"], name=op.f("fk_scenario_tag_scenario_id_scenario")
        ),
        sa.PrimaryKeyConstraint("scenario_id", "tag", name=op.f("pk_scenario_tag")),
    )
    with op.batch_alter_table("scenario_tag", schema=None) as batch_op:
        batch_op.create_index("ix_scenario_tag_tag", ["tag"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("scenario_tag", schema=None) as batch_op:
        batch_op.drop_index("ix_scenario_tag_tag")

    op.drop_table("scenario_tag")
    with op.batch_alter_table("scenario_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scenario_step_scenario_id"))

    op.drop_table("scenario_step")
    with op.batch_alter_table("scenario_data_resource", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scenario_data_resource_scenario_id"))

    op.drop_table("scenario_data_resource")
    with op.batch_alter_table("scenario", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scenario_status"))
        batch_op.drop_index(batch_op.f("ix_scenario_district"))
        batch_op.drop_index(batch_op.f("ix_scenario_created_by"))
        batch_op.drop_index("ix_scenario_created_at_id")
        batch_op.drop_index(batch_op.f("ix_scenario_cluster_code"))

    op.drop_table("scenario")
    op.drop_table("idempotency_record")
