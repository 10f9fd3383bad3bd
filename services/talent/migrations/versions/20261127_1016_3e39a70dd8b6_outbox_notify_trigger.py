"""outbox notify trigger

Revision ID: 3e39a70dd8b6
Revises: fbd0f0de9a27
Create Date: 2026-11-27 10:16:41.181536
"""

from collections.abc import Sequence

from shared.migrations import create_outbox_notify_trigger, drop_outbox_notify_trigger

revision: str = "3e39a70dd8b6"
down_revision: str | None = "fbd0f0de9a27"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_outbox_notify_trigger("talent")


def downgrade() -> None:
    drop_outbox_notify_trigger("talent")
