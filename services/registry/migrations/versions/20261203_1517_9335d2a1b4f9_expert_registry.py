"""the expert registry: experts, their affiliations and declared conflicts, every revision

Revision ID: 9335d2a1b4f9
Revises: 637332c2d8ef
Create Date: 2026-12-03 15:17:44.611728

An assigned expert's ``organization_id`` was what the assigner typed, never checked against
anyone's declaration: it goes. Each assignment records instead the version of the expert's
registry record its conflict check read (``expert_version``); assignments made before this
revision keep None there. The registry starts empty: no expert is assignable until registered
with a declaration.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db

revision: str = "9335d2a1b4f9"
down_revision: str | None = "637332c2d8ef"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "expert",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sub", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("declared_by", sa.String(length=200), nullable=True),
        sa.Column("declared_at", shared.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert")),
        sa.UniqueConstraint("sub", name=op.f("uq_expert_sub")),
    )
    with op.batch_alter_table("expert", schema=None) as batch_op:
        batch_op.create_index("ix_expert_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_expert_declared_at"), ["declared_at"], unique=False)

    op.create_table(
        "expert_revision",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("expert_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("change", sa.String(length=20), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("changed_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["expert_id"], ["expert.id"], name=op.f("fk_expert_revision_expert_id_expert")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert_revision")),
        sa.UniqueConstraint("expert_id", "version", name=op.f("uq_expert_revision_expert_id_version")),
    )
    with op.batch_alter_table("expert_revision", schema=None) as batch_op:
        batch_op.create_index(
            "ix_expert_revision_expert_id_changed_at_id", ["expert_id", "changed_at", "id"], unique=False
        )

    op.create_table(
        "expert_affiliation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("expert_id", sa.Uuid(), nullable=False),
        sa.Column("organization_id", sa.Uuid(), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "to_date IS NULL OR to_date >= from_date", name=op.f("ck_expert_affiliation_dates_ordered")
        ),
        sa.ForeignKeyConstraint(
            ["expert_id"], ["expert.id"], name=op.f("fk_expert_affiliation_expert_id_expert")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_expert_affiliation_organization_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert_affiliation")),
    )
    with op.batch_alter_table("expert_affiliation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expert_affiliation_expert_id"), ["expert_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_expert_affiliation_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "expert_declared_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("expert_id", sa.Uuid(), nullable=False),
        sa.Column("organization_id", sa.Uuid(), nullable=True),
        sa.Column("center_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(organization_id IS NULL) <> (center_id IS NULL)",
            name=op.f("ck_expert_declared_conflict_one_party"),
        ),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_expert_declared_conflict_center_id_center")
        ),
        sa.ForeignKeyConstraint(
            ["expert_id"], ["expert.id"], name=op.f("fk_expert_declared_conflict_expert_id_expert")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_expert_declared_conflict_organization_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert_declared_conflict")),
    )
    with op.batch_alter_table("expert_declared_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_expert_declared_conflict_center_id"), ["center_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_expert_declared_conflict_expert_id"), ["expert_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_expert_declared_conflict_organization_id"), ["organization_id"], unique=False
        )

    with op.batch_alter_table("evaluation_expert", schema=None) as batch_op:
        batch_op.add_column(sa.Column("expert_version", sa.Integer(), nullable=True))
        batch_op.drop_index(batch_op.f("ix_evaluation_expert_organization_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_evaluation_expert_organization_id_organization"), type_="foreignkey"
        )
        batch_op.drop_column("organization_id")


def downgrade() -> None:
    # The typed organizations dropped by the upgrade do not come back: the column returns empty.
    with op.batch_alter_table("evaluation_expert", schema=None) as batch_op:
        batch_op.add_column(sa.Column("organization_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_evaluation_expert_organization_id_organization"),
            "organization",
            ["organization_id"],
            ["id"],
        )
        batch_op.create_index(
            batch_op.f("ix_evaluation_expert_organization_id"), ["organization_id"], unique=False
        )
        batch_op.drop_column("expert_version")

    with op.batch_alter_table("expert_declared_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expert_declared_conflict_organization_id"))
        batch_op.drop_index(batch_op.f("ix_expert_declared_conflict_expert_id"))
        batch_op.drop_index(batch_op.f("ix_expert_declared_conflict_center_id"))
    op.drop_table("expert_declared_conflict")

    with op.batch_alter_table("expert_affiliation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expert_affiliation_organization_id"))
        batch_op.drop_index(batch_op.f("ix_expert_affiliation_expert_id"))
    op.drop_table("expert_affiliation")

    with op.batch_alter_table("expert_revision", schema=None) as batch_op:
        batch_op.drop_index("ix_expert_revision_expert_id_changed_at_id")
    op.drop_table("expert_revision")

    with op.batch_alter_table("expert", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expert_declared_at"))
        batch_op.drop_index("ix_expert_created_at_id")
    op.drop_table("expert")
