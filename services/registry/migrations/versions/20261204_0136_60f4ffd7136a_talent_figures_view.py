"""talent figures view: what the talent service recorded per center and year

Revision ID: 60f4ffd7136a
Revises: 9335d2a1b4f9
Create Date: 2026-12-04 01:36:16.407581

Registry's read model of ``talent.center-figures`` (三(六)). It starts empty: registry's new
consumer group reads the topic from its beginning (and a re-publish of talent's outbox refills
what the broker no longer keeps).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db

revision: str = "60f4ffd7136a"
down_revision: str | None = "9335d2a1b4f9"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "talent_figures_view",
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("introduced", sa.Integer(), nullable=False),
        sa.Column("trained", sa.Integer(), nullable=False),
        sa.Column("awarded", sa.Integer(), nullable=False),
        sa.Column("services_fulfilled", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("center_id", "year", name=op.f("pk_talent_figures_view")),
    )


def downgrade() -> None:
    op.drop_table("talent_figures_view")
