"""Offerings (五(五), 五(六)): a center's innovation products and services, their tags and steps.

Revision ID: c8c62311c7af
Revises: d950e9150fbd
Create Date: 2026-12-04 02:29:53.199114
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db

revision: str = "c8c62311c7af"
down_revision: str | None = "d950e9150fbd"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "offering",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cluster_code", sa.String(length=80), nullable=False),
        sa.Column("maturity_level", sa.String(length=30), nullable=False),
        sa.Column("certifications", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("withdrawal_reason", sa.String(length=30), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(status = 'withdrawn') = (withdrawal_reason IS NOT NULL)",
            name=op.f("ck_offering_withdrawn_iff_reason"),
        ),
        sa.CheckConstraint(
            "maturity_level IN ('prototype', 'pilot_ready', 'small_batch', 'mass_production')",
            name=op.f("ck_offering_maturity_level_known"),
        ),
        sa.CheckConstraint("status IN ('active', 'withdrawn')", name=op.f("ck_offering_status_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offering")),
    )
    with op.batch_alter_table("offering", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offering_center_id"), ["center_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_offering_cluster_code"), ["cluster_code"], unique=False)
        batch_op.create_index("ix_offering_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_offering_status"), ["status"], unique=False)

    op.create_table(
        "offering_step",
        sa.Column("offering_id", sa.Uuid(), nullable=False),
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
            ["offering_id"], ["offering.id"], name=op.f("fk_offering_step_offering_id_offering")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offering_step")),
    )
    with op.batch_alter_table("offering_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offering_step_offering_id"), ["offering_id"], unique=False)

    op.create_table(
        "offering_tag",
        sa.Column("offering_id", sa.Uuid(), nullable=False),
        sa.Column("tag", sa.String(length=50), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["offering_id"], ["offering.id"], name=op.f("fk_offering_tag_offering_id_offering")
        ),
        sa.PrimaryKeyConstraint("offering_id", "tag", name=op.f("pk_offering_tag")),
    )
    with op.batch_alter_table("offering_tag", schema=None) as batch_op:
        batch_op.create_index("ix_offering_tag_tag", ["tag"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("offering_tag", schema=None) as batch_op:
        batch_op.drop_index("ix_offering_tag_tag")

    op.drop_table("offering_tag")
    with op.batch_alter_table("offering_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offering_step_offering_id"))

    op.drop_table("offering_step")
    with op.batch_alter_table("offering", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offering_status"))
        batch_op.drop_index("ix_offering_created_at_id")
        batch_op.drop_index(batch_op.f("ix_offering_cluster_code"))
        batch_op.drop_index(batch_op.f("ix_offering_center_id"))

    op.drop_table("offering")
