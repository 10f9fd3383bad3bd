"""audit log: every request's changes, hash-chained and append-only

Revision ID: c0b3082f28dd
Revises: d00d1d199346
Create Date: 2026-12-04 19:03:58.293934
"""

from collections.abc import Sequence

from shared.migrations import create_audit_log, drop_audit_log

revision: str = "c0b3082f28dd"
down_revision: str | None = "d00d1d199346"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_audit_log()


def downgrade() -> None:
    drop_audit_log()
