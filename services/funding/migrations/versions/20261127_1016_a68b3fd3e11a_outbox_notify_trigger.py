"""outbox notify trigger

Revision ID: a68b3fd3e11a
Revises: 783de89d9f6a
Create Date: 2026-11-27 10:16:39.606559
"""

from collections.abc import Sequence

from shared.migrations import create_outbox_notify_trigger, drop_outbox_notify_trigger

revision: str = "a68b3fd3e11a"
down_revision: str | None = "783de89d9f6a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_outbox_notify_trigger("funding")


def downgrade() -> None:
    drop_outbox_notify_trigger("funding")
