"""audit log: every request's changes, hash-chained and append-only

Revision ID: 0956b5b6d1c9
Revises: 60f4ffd7136a
Create Date: 2026-12-04 19:03:39.623186
"""

from collections.abc import Sequence

from shared.migrations import create_audit_log, drop_audit_log

revision: str = "0956b5b6d1c9"
down_revision: str | None = "60f4ffd7136a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_audit_log()


def downgrade() -> None:
    drop_audit_log()
