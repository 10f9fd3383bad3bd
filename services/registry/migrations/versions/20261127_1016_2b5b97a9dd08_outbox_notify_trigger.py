"""outbox notify trigger

Revision ID: 2b5b97a9dd08
Revises: d1605c52a779
Create Date: 2026-11-27 10:16:38.030253
"""

from collections.abc import Sequence

from shared.migrations import create_outbox_notify_trigger, drop_outbox_notify_trigger

revision: str = "2b5b97a9dd08"
down_revision: str | None = "d1605c52a779"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_outbox_notify_trigger("registry")


def downgrade() -> None:
    drop_outbox_notify_trigger("registry")
