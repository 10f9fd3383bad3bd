"""audit log: every request's changes, hash-chained and append-only

Revision ID: 9e8b5969ea2f
Revises: b19837d84770
Create Date: 2026-12-04 19:03:52.986715
"""

from collections.abc import Sequence

from shared.migrations import create_audit_log, drop_audit_log

revision: str = "9e8b5969ea2f"
down_revision: str | None = "b19837d84770"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_audit_log()


def downgrade() -> None:
    drop_audit_log()
