"""every programme pays through support cases

Revision ID: b57b4cda43aa
Revises: b41da17c7183
Create Date: 2026-12-03 15:20:04.140408

Support cases gain a subject (one case per programme and subject), the requested amount and who
reviewed them. Platform subsidies, recognition subsidies and monetary municipal support
applications become support cases; their own decision and payment columns go:
- a platform subsidy priced by ``platform_subsidy`` v1 (provisional figures) is a case in
  needs_review, its priced amount kept as the cap; one without terms stays needs_review;
- a recognition's subsidy is a case, its grant selected when priced;
- an application with a requested amount is a case: submitted or reviewed → needs_review,
  rejected → rejected, withdrawn → cancelled, awarded → approved, disbursed → disbursed,
  closed → closed, its tranches kept as the case's disbursements.
The downgrade restores the columns and tables empty: the cases keep the record.
"""

import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

import shared.db

revision: str = "b57b4cda43aa"
down_revision: str | None = "b41da17c7183"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ZERO = Decimal("0.00")
PLATFORM_V1 = uuid.UUID("0b6a1f7e-5d1c-4c59-9a55-2f3c8c1d0401")  # seeded by b41da17c7183
PROVISIONAL = (
    "the version's figures are provisional (not in the work plan or a source document yet): a person "
    "confirms the amounts, at most those priced, before approval"
)

Money = shared.db.Money
Stamp = shared.db.UTCDateTime


def _table(name: str, *columns: sa.Column[Any]) -> sa.TableClause:
    return sa.table(name, *columns)


support_case = _table(
    "support_case",
    sa.column("id", sa.Uuid),
    sa.column("center_id", sa.Uuid),
    sa.column("kind", sa.String),
    sa.column("subject_key", sa.String),
    sa.column("tier", sa.String),
    sa.column("status", sa.String),
    sa.column("options", sa.JSON),
    sa.column("reason", sa.Text),
    sa.column("policy_code", sa.String),
    sa.column("policy_version", sa.Integer),
    sa.column("clause", sa.String),
    sa.column("inputs", sa.JSON),
    sa.column("trace", sa.JSON),
    sa.column("source_event_id", sa.Uuid),
    sa.column("requested_amount", Money),
    sa.column("selected_option", sa.String),
    sa.column("approved_amount", Money),
    sa.column("disbursed_amount", Money),
    sa.column("budget_year", sa.Integer),
    sa.column("approved_by", sa.String),
    sa.column("approved_at", Stamp),
    sa.column("version", sa.Integer),
    sa.column("created_at", Stamp),
    sa.column("updated_at", Stamp),
)
support_case_line = _table(
    "support_case_line",
    sa.column("id", sa.Uuid),
    sa.column("case_id", sa.Uuid),
    sa.column("position", sa.Integer),
    sa.column("policy_code", sa.String),
    sa.column("policy_version", sa.Integer),
    sa.column("clause", sa.String),
    sa.column("jurisdiction", sa.String),
    sa.column("category", sa.String),
    sa.column("status", sa.String),
    sa.column("options", sa.JSON),
    sa.column("reason", sa.Text),
    sa.column("trace", sa.JSON),
    sa.column("selected_option", sa.String),
    sa.column("approved_amount", Money),
    sa.column("disbursed_amount", Money),
)
disbursement = _table(
    "disbursement",
    sa.column("id", sa.Uuid),
    sa.column("case_id", sa.Uuid),
    sa.column("voucher_no", sa.String),
    sa.column("amount", Money),
    sa.column("paid_on", sa.Date),
    sa.column("allocations", sa.JSON),
    sa.column("recorded_by", sa.String),
    sa.column("created_at", Stamp),
)
center_view = _table("center_view", sa.column("id", sa.Uuid), sa.column("tier", sa.String))


def _grant(amount: Decimal | None) -> list[dict[str, str]]:
    return [] if amount is None or amount <= 0 else [{"type": "grant", "amount": f"{amount:.2f}"}]


class _Writer:
    """Writes migrated cases with their one line; the center's tier from the read model."""

    def __init__(self, connection: sa.Connection) -> None:
        self.connection = connection
        self.tiers = {row.id: row.tier for row in connection.execute(sa.select(center_view))}

    def case(
        self,
        *,
        kind: str,
        subject_key: str,
        center_id: uuid.UUID,
        created_at: dt.datetime,
        inputs: dict[str, Any],
        status: str,
        line: dict[str, Any] | None,
        **values: Any,
    ) -> uuid.UUID:
        case_id = uuid.uuid4()
        options = line["options"] if line else []
        self.connection.execute(
            support_case.insert().values(
                id=case_id,
                center_id=center_id,
                kind=kind,
                subject_key=subject_key,
                tier=self.tiers.get(center_id, "municipal"),
                status=status,
                options=options,
                reason=values.pop("reason", line["reason"] if line else None),
                policy_code=line["policy_code"] if line else None,
                policy_version=line["policy_version"] if line else None,
                clause=line["clause"] if line else None,
                inputs=inputs,
                trace=line["trace"] if line else [{"step": "policy", "detail": "migrated: a person decides"}],
                disbursed_amount=values.pop("disbursed_amount", ZERO),
                version=1,
                created_at=created_at,
                updated_at=created_at,
                **values,
            )
        )
        if line is not None:
            self.connection.execute(
                support_case_line.insert().values(
                    id=uuid.uuid4(), case_id=case_id, position=0, jurisdiction="city", **line
                )
            )
        return case_id


def _line(
    *,
    policy_code: str,
    policy_version: int | None,
    clause: str,
    status: str,
    options: list[dict[str, str]],
    reason: str | None,
    trace: list[dict[str, Any]],
    **values: Any,
) -> dict[str, Any]:
    return {
        "policy_code": policy_code,
        "policy_version": policy_version,
        "clause": clause,
        "category": values.pop("category", policy_code),
        "status": status,
        "options": options,
        "reason": reason,
        "trace": trace,
        "selected_option": values.pop("selected_option", None),
        "approved_amount": values.pop("approved_amount", None),
        "disbursed_amount": values.pop("disbursed_amount", ZERO),
    }


def _platform_subsidies(writer: _Writer) -> None:
    subsidy = _table(
        "platform_subsidy",
        *(sa.column(c, sa.Uuid) for c in ("id", "platform_id", "result_id")),
        sa.column("year", sa.Integer),
        sa.column("status", sa.String),
        sa.column("amount", Money),
        sa.column("reason", sa.Text),
        sa.column("policy_code", sa.String),
        sa.column("policy_version", sa.Integer),
        sa.column("clause", sa.String),
        sa.column("inputs", sa.JSON),
        sa.column("trace", sa.JSON),
        sa.column("created_at", Stamp),
    )
    platform = _table("platform", sa.column("id", sa.Uuid), sa.column("center_id", sa.Uuid))
    result = _table("platform_result", sa.column("id", sa.Uuid), sa.column("case_id", sa.Uuid))
    rows = writer.connection.execute(
        sa.select(subsidy, platform.c.center_id).join(platform, platform.c.id == subsidy.c.platform_id)
    ).all()
    for row in rows:
        line = None
        status = "needs_review" if row.status == "evaluated" else row.status
        if row.policy_code is not None:
            held = row.status == "evaluated"  # priced by the provisional v1
            line = _line(
                policy_code=row.policy_code,
                policy_version=row.policy_version,
                clause=row.clause or "五(四)",
                status=status,
                options=_grant(row.amount),
                reason=PROVISIONAL if held else row.reason,
                trace=[*row.trace, *([{"step": "provisional", "detail": PROVISIONAL}] if held else [])],
            )
        case_id = writer.case(
            kind="platform_subsidy",
            subject_key=f"platform:{row.platform_id}:{row.year}",
            center_id=row.center_id,
            created_at=row.created_at,
            inputs=row.inputs,
            status=status,
            line=line,
            reason=(PROVISIONAL if line and line["reason"] == PROVISIONAL else row.reason),
        )
        writer.connection.execute(result.update().where(result.c.id == row.result_id).values(case_id=case_id))


def _recognitions(writer: _Writer) -> None:
    recognition = _table(
        "product_recognition",
        sa.column("id", sa.Uuid),
        sa.column("center_id", sa.Uuid),
        sa.column("case_id", sa.Uuid),
        sa.column("status", sa.String),
        sa.column("subsidy", Money),
        sa.column("reason", sa.Text),
        sa.column("policy_code", sa.String),
        sa.column("policy_version", sa.Integer),
        sa.column("clause", sa.String),
        sa.column("inputs", sa.JSON),
        sa.column("trace", sa.JSON),
        sa.column("created_at", Stamp),
    )
    for row in writer.connection.execute(sa.select(recognition)).all():
        priced = row.status == "evaluated" and bool(_grant(row.subsidy))
        line = None
        if row.policy_code is not None:
            line = _line(
                policy_code=row.policy_code,
                policy_version=row.policy_version,
                clause=row.clause or "五(五)",
                status=row.status,
                options=_grant(row.subsidy),
                reason=row.reason,
                trace=row.trace,
                selected_option="grant" if priced else None,
            )
        case_id = writer.case(
            kind="first_set_subsidy",
            subject_key=f"recognition:{row.id}",
            center_id=row.center_id,
            created_at=row.created_at,
            inputs=row.inputs,
            status="option_selected" if priced else row.status,
            line=line,
            reason=row.reason,
            selected_option="grant" if priced else None,
        )
        writer.connection.execute(
            recognition.update().where(recognition.c.id == row.id).values(case_id=case_id)
        )


# An application's status, as the status of the case that now decides and pays it.
_APPLICATION_CASE_STATUS = {
    "submitted": "needs_review",
    "approved": "needs_review",
    "rejected": "rejected",
    "withdrawn": "cancelled",
    "awarded": "approved",
    "disbursed": "disbursed",
    "closed": "closed",
}


def _applications(writer: _Writer) -> None:
    application = _table(
        "municipal_support",
        sa.column("id", sa.Uuid),
        sa.column("center_id", sa.Uuid),
        sa.column("case_id", sa.Uuid),
        sa.column("support_type", sa.String),
        sa.column("title", sa.String),
        sa.column("status", sa.String),
        sa.column("requested_amount", Money),
        sa.column("awarded_amount", Money),
        sa.column("budget_year", sa.Integer),
        sa.column("disbursed_amount", Money),
        sa.column("updated_at", Stamp),
        sa.column("created_at", Stamp),
    )
    payment = _table(
        "municipal_support_payment",
        sa.column("application_id", sa.Uuid),
        sa.column("voucher_no", sa.String),
        sa.column("amount", Money),
        sa.column("paid_on", sa.Date),
        sa.column("actor", sa.String),
        sa.column("created_at", Stamp),
    )
    rows = writer.connection.execute(
        sa.select(application).where(application.c.requested_amount.is_not(None))
    )
    for row in rows.all():
        status = _APPLICATION_CASE_STATUS.get(row.status, "needs_review")
        if row.status == "closed" and row.awarded_amount is None:
            status = "cancelled"  # closed without money
        awarded = row.awarded_amount if status in {"approved", "disbursed", "closed"} else None
        line = _line(
            policy_code="municipal_support",
            policy_version=None,
            clause="五(二)",
            status="evaluated"
            if awarded is not None
            else ("needs_review" if status == "needs_review" else status),
            options=_grant(awarded),
            reason="migrated from the application's own workflow",
            trace=[{"step": "migration", "detail": f"application status {row.status}"}],
            selected_option="grant" if awarded is not None else None,
            approved_amount=awarded,
            disbursed_amount=row.disbursed_amount if awarded is not None else ZERO,
        )
        case_id = writer.case(
            kind="municipal_support",
            subject_key=f"application:{row.id}",
            center_id=row.center_id,
            created_at=row.created_at,
            inputs={
                "application_id": str(row.id),
                "support_type": row.support_type,
                "title": row.title,
                "requested_amount": f"{row.requested_amount:.2f}",
            },
            status=status,
            line=line,
            requested_amount=row.requested_amount,
            selected_option="grant" if awarded is not None else None,
            approved_amount=awarded,
            budget_year=row.budget_year if awarded is not None else None,
            approved_by="migration" if awarded is not None else None,
            approved_at=row.updated_at if awarded is not None else None,
            disbursed_amount=row.disbursed_amount if awarded is not None else ZERO,
        )
        application_status = row.status if row.status in {"submitted", "withdrawn"} else "submitted"
        writer.connection.execute(
            application.update()
            .where(application.c.id == row.id)
            .values(case_id=case_id, status=application_status)
        )
        for paid in writer.connection.execute(sa.select(payment).where(payment.c.application_id == row.id)):
            writer.connection.execute(
                disbursement.insert().values(
                    id=uuid.uuid4(),
                    case_id=case_id,
                    voucher_no=paid.voucher_no,
                    amount=paid.amount,
                    paid_on=paid.paid_on,
                    allocations=[
                        {
                            "category": "municipal_support",
                            "year": row.budget_year,
                            "amount": f"{paid.amount:.2f}",
                        }
                    ],
                    recorded_by=paid.actor,
                    created_at=paid.created_at,
                )
            )


def upgrade() -> None:
    with op.batch_alter_table("support_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject_key", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("requested_amount", Money(precision=18, scale=2), nullable=True))
        batch_op.add_column(sa.Column("resolved_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("resolution_proposed_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("proposed_resolution", sa.JSON(), nullable=True))
        batch_op.alter_column("source_event_id", existing_type=sa.Uuid(), nullable=True)
        batch_op.drop_constraint("uq_support_case_center_id_kind_tier", type_="unique")
    connection = op.get_bind()
    for row in connection.execute(
        sa.select(support_case.c.id, support_case.c.center_id, support_case.c.tier)
    ):
        connection.execute(
            support_case.update()
            .where(support_case.c.id == row.id)
            .values(subject_key=f"{row.center_id}:{row.tier}")  # one upgrade case per center and tier
        )
    with op.batch_alter_table("support_case", schema=None) as batch_op:
        batch_op.alter_column("subject_key", existing_type=sa.String(length=200), nullable=False)
        # Led by the center: an evaluation reads a center's earlier cases of a kind, and a
        # generic plan of that query over an index led by the kind or the subject scanned it whole.
        batch_op.create_unique_constraint(
            batch_op.f("uq_support_case_center_id_kind_subject_key"), ["center_id", "kind", "subject_key"]
        )

    with op.batch_alter_table("policy_version", schema=None) as batch_op:
        batch_op.add_column(sa.Column("provisional", sa.Boolean(), server_default=sa.false(), nullable=False))
    version = sa.table("policy_version", sa.column("id", sa.Uuid), sa.column("provisional", sa.Boolean))
    op.execute(version.update().where(version.c.id == PLATFORM_V1).values(provisional=True))

    for name in ("platform_result", "product_recognition", "municipal_support"):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(sa.Column("case_id", sa.Uuid(), nullable=True))
            batch_op.create_unique_constraint(batch_op.f(f"uq_{name}_case_id"), ["case_id"])
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{name}_case_id_support_case"), "support_case", ["case_id"], ["id"]
            )

    writer = _Writer(connection)
    _platform_subsidies(writer)
    _recognitions(writer)
    _applications(writer)

    with op.batch_alter_table("platform_subsidy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_platform_subsidy_platform_id"))
        batch_op.drop_index(batch_op.f("ix_platform_subsidy_status"))
    op.drop_table("platform_subsidy")
    with op.batch_alter_table("municipal_support_payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_municipal_support_payment_application_id"))
    op.drop_table("municipal_support_payment")
    with op.batch_alter_table("municipal_support", schema=None) as batch_op:
        for column in ("budget_year", "awarded_amount", "disbursed_amount", "released_amount"):
            batch_op.drop_column(column)
    with op.batch_alter_table("product_recognition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_recognition_status"))
        for column in (
            "status",
            "inputs",
            "policy_code",
            "trace",
            "subsidy",
            "reason",
            "policy_version",
            "clause",
        ):
            batch_op.drop_column(column)


def downgrade() -> None:
    with op.batch_alter_table("product_recognition", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=40), server_default="needs_review", nullable=False)
        )
        batch_op.add_column(sa.Column("subsidy", Money(precision=18, scale=2), nullable=True))
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("policy_code", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("policy_version", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("clause", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("inputs", sa.JSON(), server_default="{}", nullable=False))
        batch_op.add_column(sa.Column("trace", sa.JSON(), server_default="[]", nullable=False))
        batch_op.create_index(batch_op.f("ix_product_recognition_status"), ["status"], unique=False)
    with op.batch_alter_table("municipal_support", schema=None) as batch_op:
        batch_op.add_column(sa.Column("awarded_amount", Money(precision=18, scale=2), nullable=True))
        batch_op.add_column(sa.Column("budget_year", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("disbursed_amount", Money(precision=18, scale=2), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("released_amount", Money(precision=18, scale=2), server_default="0", nullable=False)
        )
    op.create_table(
        "municipal_support_payment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("voucher_no", sa.String(length=100), nullable=False),
        sa.Column("amount", Money(precision=18, scale=2), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("created_at", Stamp(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["municipal_support.id"],
            name=op.f("fk_municipal_support_payment_application_id_municipal_support"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipal_support_payment")),
        sa.UniqueConstraint("voucher_no", name=op.f("uq_municipal_support_payment_voucher_no")),
    )
    with op.batch_alter_table("municipal_support_payment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_municipal_support_payment_application_id"), ["application_id"], unique=False
        )
    op.create_table(
        "platform_subsidy",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("platform_id", sa.Uuid(), nullable=False),
        sa.Column("result_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("amount", Money(precision=18, scale=2), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("policy_code", sa.String(length=80), nullable=True),
        sa.Column("policy_version", sa.Integer(), nullable=True),
        sa.Column("clause", sa.String(length=80), nullable=True),
        sa.Column("inputs", sa.JSON(), nullable=False),
        sa.Column("trace", sa.JSON(), nullable=False),
        sa.Column("created_at", Stamp(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["platform_id"], ["platform.id"], name=op.f("fk_platform_subsidy_platform_id_platform")
        ),
        sa.ForeignKeyConstraint(
            ["result_id"], ["platform_result.id"], name=op.f("fk_platform_subsidy_result_id_platform_result")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_platform_subsidy")),
        sa.UniqueConstraint("platform_id", "year", name=op.f("uq_platform_subsidy_platform_id_year")),
        sa.UniqueConstraint("result_id", name=op.f("uq_platform_subsidy_result_id")),
    )
    with op.batch_alter_table("platform_subsidy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_platform_subsidy_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_platform_subsidy_platform_id"), ["platform_id"], unique=False)

    for name in ("platform_result", "product_recognition", "municipal_support"):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"fk_{name}_case_id_support_case"), type_="foreignkey")
            batch_op.drop_constraint(batch_op.f(f"uq_{name}_case_id"), type_="unique")
            batch_op.drop_column("case_id")
    with op.batch_alter_table("policy_version", schema=None) as batch_op:
        batch_op.drop_column("provisional")
    # Only upgrade cases fit the old key (one per center, kind and tier).
    op.execute(
        sa.text(
            "DELETE FROM support_case_transition WHERE case_id IN (SELECT id FROM support_case WHERE kind <> 'upgrade_support')"
        )
    )
    op.execute(
        sa.text(
            "DELETE FROM disbursement WHERE case_id IN (SELECT id FROM support_case WHERE kind <> 'upgrade_support')"
        )
    )
    op.execute(
        sa.text(
            "DELETE FROM support_case_line WHERE case_id IN (SELECT id FROM support_case WHERE kind <> 'upgrade_support')"
        )
    )
    op.execute(sa.text("DELETE FROM support_case WHERE kind <> 'upgrade_support'"))
    with op.batch_alter_table("support_case", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_support_case_center_id_kind_subject_key"), type_="unique")
        batch_op.create_unique_constraint(
            "uq_support_case_center_id_kind_tier", ["center_id", "kind", "tier"]
        )
        batch_op.alter_column("source_event_id", existing_type=sa.Uuid(), nullable=False)
        for column in (
            "proposed_resolution",
            "resolution_proposed_by",
            "resolved_by",
            "requested_amount",
            "subject_key",
        ):
            batch_op.drop_column(column)
