"""Matchmaking events (五(六) 产业场景应用对接): events with the scenarios on show and their steps,
registrations within capacity (a waitlist beyond it; one live registration per center or company)
and outcomes.

Revision ID: 2e310a1a24c3
Revises: c8c62311c7af
Create Date: 2026-12-04 02:41:23.704599
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db

revision: str = "2e310a1a24c3"
down_revision: str | None = "c8c62311c7af"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "matchmaking_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("organizer_name", sa.String(length=200), nullable=False),
        sa.Column("organizer_kind", sa.String(length=20), nullable=False),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("starts_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("registration_deadline", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("confirmed_attendees", sa.Integer(), nullable=False),
        sa.Column("registrations_made", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "organizer_kind IN ('center', 'alliance', 'association', 'bureau')",
            name=op.f("ck_matchmaking_event_organizer_kind_known"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'open', 'closed', 'held', 'cancelled')",
            name=op.f("ck_matchmaking_event_status_known"),
        ),
        sa.CheckConstraint("capacity > 0", name=op.f("ck_matchmaking_event_capacity_positive")),
        sa.CheckConstraint(
            "confirmed_attendees >= 0 AND confirmed_attendees <= capacity",
            name=op.f("ck_matchmaking_event_within_capacity"),
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_matchmaking_event_ends_after_start")),
        sa.CheckConstraint(
            "registration_deadline <= starts_at", name=op.f("ck_matchmaking_event_deadline_before_start")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matchmaking_event")),
    )
    with op.batch_alter_table("matchmaking_event", schema=None) as batch_op:
        batch_op.create_index("ix_matchmaking_event_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_matchmaking_event_created_by"), ["created_by"], unique=False)
        batch_op.create_index(batch_op.f("ix_matchmaking_event_status"), ["status"], unique=False)

    op.create_table(
        "matchmaking_event_scenario",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("scenario_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["matchmaking_event.id"],
            name=op.f("fk_matchmaking_event_scenario_event_id_matchmaking_event"),
        ),
        sa.ForeignKeyConstraint(
            ["scenario_id"], ["scenario.id"], name=op.f("fk_matchmaking_event_scenario_scenario_id_scenario")
        ),
        sa.PrimaryKeyConstraint("event_id", "scenario_id", name=op.f("pk_matchmaking_event_scenario")),
    )
    with op.batch_alter_table("matchmaking_event_scenario", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_matchmaking_event_scenario_scenario_id"), ["scenario_id"], unique=False
        )

    op.create_table(
        "matchmaking_event_step",
        sa.Column("event_id", sa.Uuid(), nullable=False),
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
            ["event_id"],
            ["matchmaking_event.id"],
            name=op.f("fk_matchmaking_event_step_event_id_matchmaking_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matchmaking_event_step")),
    )
    with op.batch_alter_table("matchmaking_event_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matchmaking_event_step_event_id"), ["event_id"], unique=False)

    op.create_table(
        "matchmaking_outcome",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("scenario_id", sa.Uuid(), nullable=False),
        sa.Column("offering_id", sa.Uuid(), nullable=True),
        sa.Column("center_id", sa.Uuid(), nullable=True),
        sa.Column("company_name", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind <> 'intention_signed' OR signed_on IS NOT NULL",
            name=op.f("ck_matchmaking_outcome_signed_has_date"),
        ),
        sa.CheckConstraint(
            "kind IN ('intention_signed', 'follow_up')", name=op.f("ck_matchmaking_outcome_kind_known")
        ),
        sa.CheckConstraint(
            "(offering_id IS NULL) <> (company_name IS NULL)",
            name=op.f("ck_matchmaking_outcome_one_counterpart"),
        ),
        sa.CheckConstraint(
            "(offering_id IS NULL) = (center_id IS NULL)",
            name=op.f("ck_matchmaking_outcome_offering_has_center"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["matchmaking_event.id"],
            name=op.f("fk_matchmaking_outcome_event_id_matchmaking_event"),
        ),
        sa.ForeignKeyConstraint(
            ["offering_id"], ["offering.id"], name=op.f("fk_matchmaking_outcome_offering_id_offering")
        ),
        sa.ForeignKeyConstraint(
            ["scenario_id"], ["scenario.id"], name=op.f("fk_matchmaking_outcome_scenario_id_scenario")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matchmaking_outcome")),
    )
    with op.batch_alter_table("matchmaking_outcome", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matchmaking_outcome_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_matchmaking_outcome_offering_id"), ["offering_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_matchmaking_outcome_scenario_id"), ["scenario_id"], unique=False)

    op.create_table(
        "matchmaking_registration",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("participant_kind", sa.String(length=20), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=True),
        sa.Column("company_name", sa.String(length=200), nullable=True),
        sa.Column("company_uscc", sa.String(length=18), nullable=True),
        sa.Column("contact_name", sa.String(length=100), nullable=False),
        sa.Column("attendees", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("registered_by", sa.String(length=200), nullable=False),
        sa.Column("registered_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("confirmed_at", shared.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("cancelled_by", sa.String(length=200), nullable=True),
        sa.Column("cancelled_at", shared.db.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "(participant_kind = 'center' AND center_id IS NOT NULL AND company_uscc IS NULL) OR (participant_kind = 'company' AND center_id IS NULL AND company_uscc IS NOT NULL AND company_name IS NOT NULL)",
            name=op.f("ck_matchmaking_registration_participant_named"),
        ),
        sa.CheckConstraint(
            "participant_kind IN ('center', 'company')",
            name=op.f("ck_matchmaking_registration_participant_kind_known"),
        ),
        sa.CheckConstraint(
            "status IN ('confirmed', 'waitlisted', 'cancelled')",
            name=op.f("ck_matchmaking_registration_status_known"),
        ),
        sa.CheckConstraint("attendees >= 1", name=op.f("ck_matchmaking_registration_attendees_positive")),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["matchmaking_event.id"],
            name=op.f("fk_matchmaking_registration_event_id_matchmaking_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matchmaking_registration")),
        sa.UniqueConstraint("event_id", "number", name=op.f("uq_matchmaking_registration_event_id_number")),
    )
    with op.batch_alter_table("matchmaking_registration", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_matchmaking_registration_center_id"), ["center_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_matchmaking_registration_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            "uq_matchmaking_registration_live_center",
            ["event_id", "center_id"],
            unique=True,
            postgresql_where=sa.text("status <> 'cancelled'"),
            sqlite_where=sa.text("status <> 'cancelled'"),
        )
        batch_op.create_index(
            "uq_matchmaking_registration_live_company",
            ["event_id", "company_uscc"],
            unique=True,
            postgresql_where=sa.text("status <> 'cancelled'"),
            sqlite_where=sa.text("status <> 'cancelled'"),
        )


def downgrade() -> None:
    with op.batch_alter_table("matchmaking_registration", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_matchmaking_registration_live_company",
            postgresql_where=sa.text("status <> 'cancelled'"),
            sqlite_where=sa.text("status <> 'cancelled'"),
        )
        batch_op.drop_index(
            "uq_matchmaking_registration_live_center",
            postgresql_where=sa.text("status <> 'cancelled'"),
            sqlite_where=sa.text("status <> 'cancelled'"),
        )
        batch_op.drop_index(batch_op.f("ix_matchmaking_registration_event_id"))
        batch_op.drop_index(batch_op.f("ix_matchmaking_registration_center_id"))

    op.drop_table("matchmaking_registration")
    with op.batch_alter_table("matchmaking_outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matchmaking_outcome_scenario_id"))
        batch_op.drop_index(batch_op.f("ix_matchmaking_outcome_offering_id"))
        batch_op.drop_index(batch_op.f("ix_matchmaking_outcome_event_id"))

    op.drop_table("matchmaking_outcome")
    with op.batch_alter_table("matchmaking_event_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matchmaking_event_step_event_id"))

    op.drop_table("matchmaking_event_step")
    with op.batch_alter_table("matchmaking_event_scenario", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matchmaking_event_scenario_scenario_id"))

    op.drop_table("matchmaking_event_scenario")
    with op.batch_alter_table("matchmaking_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matchmaking_event_status"))
        batch_op.drop_index(batch_op.f("ix_matchmaking_event_created_by"))
        batch_op.drop_index("ix_matchmaking_event_created_at_id")

    op.drop_table("matchmaking_event")
