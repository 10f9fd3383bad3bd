"""audit log: every request's changes, hash-chained and append-only

Revision ID: 8c210e46061e
Revises: 715d861da29a
Create Date: 2026-12-04 19:03:45.795255
"""

from collections.abc import Sequence

from shared.migrations import create_audit_log, drop_audit_log

revision: str = "8c210e46061e"
down_revision: str | None = "715d861da29a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_audit_log()


def downgrade() -> None:
    drop_audit_log()
