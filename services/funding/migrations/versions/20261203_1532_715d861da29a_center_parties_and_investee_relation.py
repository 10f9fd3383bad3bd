"""center parties and investee relation

Who each center is made of (members, governance legal entity) as funding learns it from
registry's events from now on, and how an investment's investee belongs to its center. Existing
investments keep no relation (recorded before the check).

Revision ID: 715d861da29a
Revises: b57b4cda43aa
Create Date: 2026-12-03 15:32:35.308492
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "715d861da29a"
down_revision: str | None = "b57b4cda43aa"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "center_parties",
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("members_version", sa.Integer(), nullable=False),
        sa.Column("members", sa.JSON(), nullable=False),
        sa.Column("governance_version", sa.Integer(), nullable=False),
        sa.Column("legal_entity", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("center_id", name=op.f("pk_center_parties")),
    )
    with op.batch_alter_table("guide_fund_investment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("investee_relation", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("investee_justification", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("guide_fund_investment", schema=None) as batch_op:
        batch_op.drop_column("investee_justification")
        batch_op.drop_column("investee_relation")

    op.drop_table("center_parties")
