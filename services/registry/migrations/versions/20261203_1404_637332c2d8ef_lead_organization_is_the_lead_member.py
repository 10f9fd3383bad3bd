"""the lead organization is the center's one lead member

Revision ID: 637332c2d8ef
Revises: 7d537d090d04
Create Date: 2026-12-03 14:04:52.929213

Every existing center gets the organization its lead_organization names (registered if its
USCC is new; the center then shows the registered name and type) as its one ``lead`` member.
Any other ``lead`` member it had stays a ``member``. No events are written: the next change of
each center carries its snapshot and members.
"""

import datetime as dt
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db

revision: str = "637332c2d8ef"
down_revision: str | None = "7d537d090d04"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

center = sa.table(
    "center",
    sa.column("id", sa.Uuid),
    sa.column("district", sa.String),
    sa.column("created_by", sa.String),
    sa.column("lead_organization_id", sa.Uuid),
    sa.column("lead_organization_name", sa.String),
    sa.column("lead_organization_uscc", sa.String),
    sa.column("lead_organization_type", sa.String),
    sa.column("members_version", sa.Integer),
)
organization = sa.table(
    "organization",
    sa.column("id", sa.Uuid),
    sa.column("name", sa.String),
    sa.column("uscc", sa.String),
    sa.column("type", sa.String),
    sa.column("district", sa.String),
    sa.column("created_by", sa.String),
    sa.column("created_at", shared.db.UTCDateTime),
    sa.column("updated_at", shared.db.UTCDateTime),
)
member = sa.table(
    "center_member",
    sa.column("id", sa.Uuid),
    sa.column("center_id", sa.Uuid),
    sa.column("organization_id", sa.Uuid),
    sa.column("role", sa.String),
    sa.column("created_by", sa.String),
    sa.column("created_at", shared.db.UTCDateTime),
)


def _organization_for(connection: sa.Connection, row: sa.Row, now: dt.datetime) -> sa.Row:
    """The registered organization with the center's lead USCC, registered here if new."""
    query = sa.select(organization.c.id, organization.c.name, organization.c.type).where(
        organization.c.uscc == row.lead_organization_uscc
    )
    found = connection.execute(query).first()
    if found is not None:
        return found
    connection.execute(
        organization.insert().values(
            id=uuid.uuid4(),
            name=row.lead_organization_name,
            uscc=row.lead_organization_uscc,
            type=row.lead_organization_type,
            district=row.district,
            created_by=row.created_by,
            created_at=now,
            updated_at=now,
        )
    )
    return connection.execute(query).one()


def _make_lead(connection: sa.Connection, row: sa.Row, organization_id: uuid.UUID, now: dt.datetime) -> bool:
    """Leave ``organization_id`` the center's one lead; True when its lead member was added."""
    of_center = member.c.center_id == row.id
    roles = {
        (m.organization_id, m.role): m.id
        for m in connection.execute(
            sa.select(member.c.id, member.c.organization_id, member.c.role).where(of_center)
        )
    }
    for (other, role), member_id in roles.items():
        if role != "lead" or other == organization_id:
            continue
        if (other, "member") in roles:
            connection.execute(member.delete().where(member.c.id == member_id))
        else:
            connection.execute(member.update().where(member.c.id == member_id).values(role="member"))
    if (organization_id, "lead") in roles:
        return False
    connection.execute(
        member.insert().values(
            id=uuid.uuid4(),
            center_id=row.id,
            organization_id=organization_id,
            role="lead",
            created_by=row.created_by,
            created_at=now,
        )
    )
    return True


def upgrade() -> None:
    with op.batch_alter_table("center", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lead_organization_id", sa.Uuid(), nullable=True))

    connection = op.get_bind()
    now = dt.datetime.now(dt.UTC)
    rows = connection.execute(
        sa.select(
            center.c.id,
            center.c.district,
            center.c.created_by,
            center.c.lead_organization_name,
            center.c.lead_organization_uscc,
            center.c.lead_organization_type,
            center.c.members_version,
        )
    ).all()
    for row in rows:
        lead = _organization_for(connection, row, now)
        added = _make_lead(connection, row, lead.id, now)
        connection.execute(
            center.update()
            .where(center.c.id == row.id)
            .values(
                lead_organization_id=lead.id,
                lead_organization_name=lead.name,
                lead_organization_type=lead.type,
                members_version=row.members_version + (1 if added else 0),
            )
        )

    with op.batch_alter_table("center", schema=None) as batch_op:
        batch_op.alter_column("lead_organization_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.create_index(
            batch_op.f("ix_center_lead_organization_id"), ["lead_organization_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_center_lead_organization_id_organization"),
            "organization",
            ["lead_organization_id"],
            ["id"],
        )

    with op.batch_alter_table("center_member", schema=None) as batch_op:
        batch_op.create_index(
            "uq_center_member_lead",
            ["center_id"],
            unique=True,
            postgresql_where=sa.text("role = 'lead'"),
            sqlite_where=sa.text("role = 'lead'"),
        )


def downgrade() -> None:
    with op.batch_alter_table("center_member", schema=None) as batch_op:
        batch_op.drop_index("uq_center_member_lead")

    with op.batch_alter_table("center", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_center_lead_organization_id_organization"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_center_lead_organization_id"))
        batch_op.drop_column("lead_organization_id")
