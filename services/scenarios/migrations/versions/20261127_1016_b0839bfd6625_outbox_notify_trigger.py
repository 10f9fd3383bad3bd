"""outbox notify trigger

Revision ID: b0839bfd6625
Revises: 184ae6901821
Create Date: 2026-11-27 10:16:42.727626
"""

from collections.abc import Sequence

from shared.migrations import create_outbox_notify_trigger, drop_outbox_notify_trigger

revision: str = "b0839bfd6625"
down_revision: str | None = "184ae6901821"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_outbox_notify_trigger("scenarios")


def downgrade() -> None:
    drop_outbox_notify_trigger("scenarios")
