"""sub-sectors as reference data, members version, evaluations closed by revocation

Revision ID: 7d537d090d04
Revises: e51e67a8b0d6
Create Date: 2026-11-27 12:03:45.048968
"""

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db

revision: str = "7d537d090d04"
down_revision: str | None = "e51e67a8b0d6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The starting catalogue of sub-sectors (细分行业领域): where the work plan names sub-fields — the
# clusters and future industries whose names join two fields with 与 — each field is one
# sub-sector. The others start empty. Municipal admins list more through the API.
SUB_SECTORS = [
    (
        "intelligent_connected_nev",
        "intelligent_connected_vehicles",
        "智能网联汽车",
        "Intelligent connected vehicles",
    ),
    ("intelligent_connected_nev", "new_energy_vehicles", "新能源汽车", "New energy vehicles"),
    ("uhd_video_new_display", "uhd_video", "超高清视频", "Ultra-HD video"),
    ("uhd_video_new_display", "new_display", "新型显示", "New displays"),
    ("biomedicine_health", "biomedicine", "生物医药", "Biomedicine"),
    ("biomedicine_health", "health", "健康", "Health"),
    ("green_petrochem_new_materials", "green_petrochemicals", "绿色石化", "Green petrochemicals"),
    ("green_petrochem_new_materials", "new_materials", "新材料", "New materials"),
    ("software_internet", "software", "软件", "Software"),
    ("software_internet", "internet", "互联网", "Internet"),
    ("intelligent_equipment_robotics", "intelligent_equipment", "智能装备", "Intelligent equipment"),
    ("intelligent_equipment_robotics", "robotics", "机器人", "Robotics"),
    ("semiconductor_ic", "semiconductors", "半导体", "Semiconductors"),
    ("semiconductor_ic", "integrated_circuits", "集成电路", "Integrated circuits"),
    ("new_energy_storage", "new_energy", "新能源", "New energy"),
    ("new_energy_storage", "new_type_energy_storage", "新型储能", "New-type energy storage"),
    ("low_altitude_aerospace", "low_altitude_economy", "低空经济", "Low-altitude economy"),
    ("low_altitude_aerospace", "aerospace", "航空航天", "Aerospace"),
    ("ship_ocean_engineering", "shipbuilding", "船舶", "Shipbuilding"),
    ("ship_ocean_engineering", "ocean_engineering", "海洋工程", "Ocean engineering"),
    ("intelligent_construction", "smart_construction", "智能建造", "Intelligent construction"),
    ("intelligent_construction", "industrialized_building", "工业化建筑", "Industrialized building"),
    ("cell_gene", "cell", "细胞", "Cell"),
    ("cell_gene", "gene", "基因", "Gene"),
]

_SPACES = re.compile(r"\s+")


def _normalize(text: str) -> str:
    """registry.reference.matching.normalize as of this revision (frozen here on purpose)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def upgrade() -> None:
    op.create_table(
        "sub_sector",
        sa.Column("code", sa.String(length=80), nullable=False),
        sa.Column("cluster_code", sa.String(length=80), nullable=False),
        sa.Column("name_zh", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_code"], ["industry.code"], name=op.f("fk_sub_sector_cluster_code_industry")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_sub_sector")),
    )
    with op.batch_alter_table("sub_sector", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sub_sector_cluster_code"), ["cluster_code"], unique=False)

    # Nullable first: existing centers get their key (and their link) below.
    with op.batch_alter_table("center", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sub_sector_code", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("sub_sector_key", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("members_version", sa.Integer(), server_default="0", nullable=False))
        batch_op.drop_index("ix_center_cluster_sub_sector")
        batch_op.create_index(
            "ix_center_cluster_sub_sector_key", ["cluster_code", "sub_sector_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_center_sub_sector_code"), ["sub_sector_code"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_center_sub_sector_code_sub_sector"), "sub_sector", ["sub_sector_code"], ["code"]
        )

    with op.batch_alter_table("center_evaluation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_by_action_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("closed_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("closed_at", shared.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("closed_reason", sa.Text(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_center_evaluation_closed_by_action_id"), ["closed_by_action_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_center_evaluation_closed_by_action_id_center_action"),
            "center_action",
            ["closed_by_action_id"],
            ["id"],
        )

    sub_sector = sa.table(
        "sub_sector",
        sa.column("code", sa.String),
        sa.column("cluster_code", sa.String),
        sa.column("name_zh", sa.String),
        sa.column("name_en", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("version", sa.Integer),
    )
    op.bulk_insert(
        sub_sector,
        [
            {"code": c, "cluster_code": k, "name_zh": zh, "name_en": en, "sort_order": i, "version": 1}
            for i, (k, c, zh, en) in enumerate(SUB_SECTORS, start=1)
        ],
    )

    # Existing centers: their normalized text, and a link where it names a listed sub-sector.
    names: dict[tuple[str, str], str] = {}
    for cluster, code, zh, en in SUB_SECTORS:
        for text in (code, zh, en):
            names[(cluster, _normalize(text))] = code
    center = sa.table(
        "center",
        sa.column("id", sa.Uuid),
        sa.column("cluster_code", sa.String),
        sa.column("sub_sector", sa.String),
        sa.column("sub_sector_code", sa.String),
        sa.column("sub_sector_key", sa.String),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(center.c.id, center.c.cluster_code, center.c.sub_sector)).all()
    for center_id, cluster, text in rows:
        key = _normalize(text)
        connection.execute(
            center.update()
            .where(center.c.id == center_id)
            .values(sub_sector_key=key, sub_sector_code=names.get((cluster, key)))
        )
    with op.batch_alter_table("center", schema=None) as batch_op:
        batch_op.alter_column("sub_sector_key", existing_type=sa.String(length=200), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("center_evaluation", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_center_evaluation_closed_by_action_id_center_action"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_center_evaluation_closed_by_action_id"))
        batch_op.drop_column("closed_reason")
        batch_op.drop_column("closed_at")
        batch_op.drop_column("closed_by")
        batch_op.drop_column("closed_by_action_id")

    with op.batch_alter_table("center", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_center_sub_sector_code_sub_sector"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_center_sub_sector_code"))
        batch_op.drop_index("ix_center_cluster_sub_sector_key")
        batch_op.create_index("ix_center_cluster_sub_sector", ["cluster_code", "sub_sector"], unique=False)
        batch_op.drop_column("members_version")
        batch_op.drop_column("sub_sector_key")
        batch_op.drop_column("sub_sector_code")

    with op.batch_alter_table("sub_sector", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sub_sector_cluster_code"))

    op.drop_table("sub_sector")
