"""Matches and pilots (五(六)): a scenario and an offering both sides accepted, and the pilot of
such a match with its milestones (验证、迭代、示范推广) and their evidence.

Revision ID: d00d1d199346
Revises: 2e310a1a24c3
Create Date: 2026-12-04 02:41:35.956279
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db

revision: str = "d00d1d199346"
down_revision: str | None = "2e310a1a24c3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "match",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("scenario_id", sa.Uuid(), nullable=False),
        sa.Column("offering_id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("explanation", sa.JSON(), nullable=False),
        sa.Column("proposed_by", sa.String(length=200), nullable=False),
        sa.Column("proposed_side", sa.String(length=20), nullable=False),
        sa.Column("scenario_accepted_by", sa.String(length=200), nullable=True),
        sa.Column("scenario_accepted_at", shared.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("center_accepted_by", sa.String(length=200), nullable=True),
        sa.Column("center_accepted_at", shared.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(status = 'accepted') = (scenario_accepted_at IS NOT NULL AND center_accepted_at IS NOT NULL)",
            name=op.f("ck_match_accepted_by_both"),
        ),
        sa.CheckConstraint(
            "proposed_side IN ('scenario', 'center')", name=op.f("ck_match_proposed_side_known")
        ),
        sa.CheckConstraint(
            "status IN ('proposed', 'accepted', 'declined')", name=op.f("ck_match_status_known")
        ),
        sa.ForeignKeyConstraint(["offering_id"], ["offering.id"], name=op.f("fk_match_offering_id_offering")),
        sa.ForeignKeyConstraint(["scenario_id"], ["scenario.id"], name=op.f("fk_match_scenario_id_scenario")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match")),
        sa.UniqueConstraint("scenario_id", "offering_id", name="one_per_pair"),
    )
    with op.batch_alter_table("match", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_match_center_id"), ["center_id"], unique=False)
        batch_op.create_index("ix_match_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_match_offering_id"), ["offering_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_match_scenario_id"), ["scenario_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_match_status"), ["status"], unique=False)

    op.create_table(
        "match_step",
        sa.Column("match_id", sa.Uuid(), nullable=False),
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
        sa.ForeignKeyConstraint(["match_id"], ["match.id"], name=op.f("fk_match_step_match_id_match")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_step")),
    )
    with op.batch_alter_table("match_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_match_step_match_id"), ["match_id"], unique=False)

    op.create_table(
        "pilot",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("match_id", sa.Uuid(), nullable=False),
        sa.Column("scenario_id", sa.Uuid(), nullable=False),
        sa.Column("offering_id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("completed_by", sa.String(length=200), nullable=True),
        sa.Column("completed_at", shared.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(status = 'completed') = (outcome IS NOT NULL AND completed_at IS NOT NULL)",
            name=op.f("ck_pilot_completed_iff_outcome"),
        ),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('successful', 'unsuccessful')",
            name=op.f("ck_pilot_outcome_known"),
        ),
        sa.CheckConstraint("status IN ('running', 'completed')", name=op.f("ck_pilot_status_known")),
        sa.ForeignKeyConstraint(["match_id"], ["match.id"], name=op.f("fk_pilot_match_id_match")),
        sa.ForeignKeyConstraint(["offering_id"], ["offering.id"], name=op.f("fk_pilot_offering_id_offering")),
        sa.ForeignKeyConstraint(["scenario_id"], ["scenario.id"], name=op.f("fk_pilot_scenario_id_scenario")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pilot")),
        sa.UniqueConstraint("match_id", name=op.f("uq_pilot_match_id")),
    )
    with op.batch_alter_table("pilot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pilot_center_id"), ["center_id"], unique=False)
        batch_op.create_index("ix_pilot_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pilot_offering_id"), ["offering_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pilot_scenario_id"), ["scenario_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pilot_status"), ["status"], unique=False)

    op.create_table(
        "pilot_milestone",
        sa.Column("pilot_id", sa.Uuid(), nullable=False),
        sa.Column("milestone", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("completed_by", sa.String(length=200), nullable=False),
        sa.Column("completed_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "milestone IN ('verification', 'iteration', 'demonstration')",
            name=op.f("ck_pilot_milestone_milestone_known"),
        ),
        sa.ForeignKeyConstraint(["pilot_id"], ["pilot.id"], name=op.f("fk_pilot_milestone_pilot_id_pilot")),
        sa.PrimaryKeyConstraint("pilot_id", "milestone", name=op.f("pk_pilot_milestone")),
    )
    op.create_table(
        "pilot_evidence",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("pilot_id", sa.Uuid(), nullable=False),
        sa.Column("milestone", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("document_ref", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "url IS NOT NULL OR document_ref IS NOT NULL", name=op.f("ck_pilot_evidence_url_or_document")
        ),
        sa.ForeignKeyConstraint(
            ["pilot_id", "milestone"],
            ["pilot_milestone.pilot_id", "pilot_milestone.milestone"],
            name=op.f("fk_pilot_evidence_pilot_id_pilot_milestone"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pilot_evidence")),
    )
    with op.batch_alter_table("pilot_evidence", schema=None) as batch_op:
        batch_op.create_index("ix_pilot_evidence_pilot_id_milestone", ["pilot_id", "milestone"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pilot_evidence", schema=None) as batch_op:
        batch_op.drop_index("ix_pilot_evidence_pilot_id_milestone")

    op.drop_table("pilot_evidence")
    op.drop_table("pilot_milestone")
    with op.batch_alter_table("pilot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pilot_status"))
        batch_op.drop_index(batch_op.f("ix_pilot_scenario_id"))
        batch_op.drop_index(batch_op.f("ix_pilot_offering_id"))
        batch_op.drop_index("ix_pilot_created_at_id")
        batch_op.drop_index(batch_op.f("ix_pilot_center_id"))

    op.drop_table("pilot")
    with op.batch_alter_table("match_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_match_step_match_id"))

    op.drop_table("match_step")
    with op.batch_alter_table("match", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_match_status"))
        batch_op.drop_index(batch_op.f("ix_match_scenario_id"))
        batch_op.drop_index(batch_op.f("ix_match_offering_id"))
        batch_op.drop_index("ix_match_created_at_id")
        batch_op.drop_index(batch_op.f("ix_match_center_id"))

    op.drop_table("match")
