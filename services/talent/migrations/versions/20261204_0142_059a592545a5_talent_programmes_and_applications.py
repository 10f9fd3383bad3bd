"""Talent programmes (seeded with four well-known ones), their yearly rounds, applications and their steps.

Revision ID: 059a592545a5
Revises: 5e7afa529ae9
Create Date: 2026-12-04 01:42:38.109409
"""

import datetime
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db

revision: str = "059a592545a5"
down_revision: str | None = "5e7afa529ae9"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ALL_TALENT_LEVELS = ["leading", "high_level", "academic_leader", "rd_backbone", "high_skilled"]
# Real programmes only, and no rounds: a round's dates are decided each year and entered by a
# talent officer. (code, name_zh, name_en, level, id)
PROGRAMMES = [
    (
        "cn_special_support",
        "国家高层次人才特殊支持计划",
        "National High-level Talents Special Support Programme (Ten Thousand Talents Programme)",
        "national",
        "5d0f3c1e-7a2b-4e8f-9c61-000000000001",
    ),
    (
        "gd_pearl_river",
        "广东省“珠江人才计划”",
        "Guangdong Pearl River Talents Programme",
        "provincial",
        "5d0f3c1e-7a2b-4e8f-9c61-000000000002",
    ),
    (
        "gd_special_support",
        "广东省高层次人才特殊支持计划（广东特支计划）",
        "Guangdong Special Support Programme for High-level Talents",
        "provincial",
        "5d0f3c1e-7a2b-4e8f-9c61-000000000003",
    ),
    (
        "gz_red_kapok",
        "广州市“红棉计划”",
        "Guangzhou Red Kapok Programme",
        "municipal",
        "5d0f3c1e-7a2b-4e8f-9c61-000000000004",
    ),
]


def upgrade() -> None:
    programme = op.create_table(
        "talent_programme",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_zh", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("eligible_levels", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "level IN ('national', 'provincial', 'municipal')", name=op.f("ck_talent_programme_level_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talent_programme")),
        sa.UniqueConstraint("code", name=op.f("uq_talent_programme_code")),
    )
    with op.batch_alter_table("talent_programme", schema=None) as batch_op:
        batch_op.create_index("ix_talent_programme_created_at_id", ["created_at", "id"], unique=False)
    now = datetime.datetime.now(datetime.UTC)
    op.bulk_insert(
        programme,
        [
            {
                "id": uuid.UUID(id_),
                "code": code,
                "name_zh": name_zh,
                "name_en": name_en,
                "level": level,
                "eligible_levels": ALL_TALENT_LEVELS,
                "active": True,
                "created_by": "seed",
                "created_at": now,
            }
            for code, name_zh, name_en, level, id_ in PROGRAMMES
        ],
    )

    op.create_table(
        "programme_round",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("programme_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("opens_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("opens_on <= deadline", name=op.f("ck_programme_round_opens_by_deadline")),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["talent_programme.id"],
            name=op.f("fk_programme_round_programme_id_talent_programme"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_round")),
        sa.UniqueConstraint("programme_id", "year", name=op.f("uq_programme_round_programme_id_year")),
    )
    op.create_table(
        "talent_application",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("talent_id", sa.Uuid(), nullable=False),
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("recommendation", sa.Text(), nullable=False),
        sa.Column("awarded_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(status = 'awarded') = (awarded_on IS NOT NULL)",
            name=op.f("ck_talent_application_awarded_on_iff_awarded"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'recommended', 'submitted', 'awarded', 'rejected')",
            name=op.f("ck_talent_application_status_known"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["programme_round.id"], name=op.f("fk_talent_application_round_id_programme_round")
        ),
        sa.ForeignKeyConstraint(
            ["talent_id"], ["talent.id"], name=op.f("fk_talent_application_talent_id_talent")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talent_application")),
        sa.UniqueConstraint("talent_id", "round_id", name=op.f("uq_talent_application_talent_id_round_id")),
    )
    with op.batch_alter_table("talent_application", schema=None) as batch_op:
        batch_op.create_index(
            "ix_talent_application_center_id_created_at_id", ["center_id", "created_at", "id"], unique=False
        )
        batch_op.create_index("ix_talent_application_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_talent_application_round_id"), ["round_id"], unique=False)

    op.create_table(
        "talent_application_step",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=False),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("acted_by", sa.String(length=200), nullable=False),
        sa.Column("acted_by_role", sa.String(length=40), nullable=False),
        sa.Column("acted_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["talent_application.id"],
            name=op.f("fk_talent_application_step_application_id_talent_application"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talent_application_step")),
    )
    with op.batch_alter_table("talent_application_step", schema=None) as batch_op:
        batch_op.create_index(
            "ix_talent_application_step_application_id_acted_at", ["application_id", "acted_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("talent_application_step", schema=None) as batch_op:
        batch_op.drop_index("ix_talent_application_step_application_id_acted_at")

    op.drop_table("talent_application_step")
    with op.batch_alter_table("talent_application", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talent_application_round_id"))
        batch_op.drop_index("ix_talent_application_created_at_id")
        batch_op.drop_index("ix_talent_application_center_id_created_at_id")

    op.drop_table("talent_application")
    op.drop_table("programme_round")
    with op.batch_alter_table("talent_programme", schema=None) as batch_op:
        batch_op.drop_index("ix_talent_programme_created_at_id")

    op.drop_table("talent_programme")
