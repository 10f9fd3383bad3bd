"""policies: versions as drafts and publications, district jurisdiction, idempotency, seeds

Adds who created/published a version and when, the publication trace, the rules of dates and
status as check constraints, funding's Idempotency-Key table, and seeds with their sources:
the earlier city rule of upgrade support (ratio of paid-in capital with a cap) as a dated
version before v1, and the R&D super-deduction rate table (公告2023年第7号, 第44号).

Revision ID: 64ff29db8e2d
Revises: a68b3fd3e11a
Create Date: 2026-11-27 12:01:55.179213
"""

import datetime
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import shared.db

revision: str = "64ff29db8e2d"
down_revision: str | None = "a68b3fd3e11a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# --- upgrade support: the earlier city rule, before v1 (effective 2025-02-18, the work plan) ---
EARLIER_CITY_RULE_SOURCE = (
    "广州市工业和信息化委员会《关于落实制造业创新中心扶持政策的通知》（2018年9月13日），依据"
    "《广州市人民政府关于加快工业和信息化产业发展的扶持意见》（穗府规〔2018〕15号）第三条："
    "一次性补助按创新中心实缴注册资本不超过30%给予，国家级最高不超过3000万元、省级最高不超过"
    "1000万元；或按项目总股本30%给予直接股权投资支持，最高不超过1亿元（国家和省规定须配套的项目"
    "除外）；申报条件为已完成组建、揭牌并正常运行，且未获得过本专项资金扶持。广州市工业和信息化局"
    "2022年10月《关于进一步落实制造业创新中心扶持政策的通知》（依据穗科规字〔2022〕2号第（二十九）条）"
    "沿用同一补助方式。文本据公开转载整理；本版本止于《关于推进广州市级制造业创新中心建设工作方案》"
    "（穗工信函〔2025〕36号，2025年2月18日印发）施行的前一日。"
)
EARLIER_CITY_RULE_CLAUSE = "穗府规〔2018〕15号 第三条"
# The grant as 30% of paid-in registered capital *up to* the tier's amount (DESIGN 3); the
# equity option, the matching-funds exclusion and the one-off condition as in v1.
UPGRADE_SUPPORT_V0 = {
    "grant": {
        "form": "ratio_cap",
        "ratio": "0.30",
        "base": "paid_in_capital",
        "caps": {"national": "30000000.00", "provincial": "10000000.00"},
    },
    "equity": {"ratio": "0.30", "base": "total_share_capital", "cap": "100000000.00"},
    "exclude_if_requires_matching_funds": True,
    "one_off": True,
    "rounding": "ROUND_HALF_UP",
}
UPGRADE_SUPPORT_V0_FROM = datetime.date(2018, 9, 13)
UPGRADE_SUPPORT_V0_TO = datetime.date(2025, 2, 17)  # v1 (the work plan) is in force from 2025-02-18

# --- R&D super deduction (研发费用加计扣除, 五(三)) ---
RD_NOTICE_7 = (
    "《财政部 税务总局关于进一步完善研发费用税前加计扣除政策的公告》（财政部 税务总局公告2023年第7号）："
    "企业开展研发活动中实际发生的研发费用，未形成无形资产计入当期损益的，在按规定据实扣除的基础上，"
    "自2023年1月1日起，再按照实际发生额的100%在税前加计扣除；形成无形资产的，自2023年1月1日起，"
    "按照无形资产成本的200%在税前摊销（烟草制造业、住宿和餐饮业、批发和零售业、房地产业、租赁和"
    "商务服务业、娱乐业不适用）。"
)
RD_NOTICE_44 = (
    "《财政部 税务总局 国家发展改革委 工业和信息化部关于提高集成电路和工业母机企业研发费用加计扣除"
    "比例的公告》（公告2023年第44号）：集成电路企业和工业母机企业开展研发活动中实际发生的研发费用，"
    "未形成无形资产计入当期损益的，在按规定据实扣除的基础上，在2023年1月1日至2027年12月31日期间，"
    "再按照实际发生额的120%在税前扣除；形成无形资产的，在上述期间按照无形资产成本的220%在税前摊销。"
)
BASIS_7 = "财政部 税务总局公告2023年第7号"
BASIS_44 = "财政部 税务总局 国家发展改革委 工业和信息化部公告2023年第44号"
RD_SUPER_DEDUCTION_V1 = {
    "rates": {
        "general": {"extra_rate": "1.00", "basis": BASIS_7},
        "integrated_circuit": {"extra_rate": "1.20", "basis": BASIS_44},
        "industrial_mother_machine": {"extra_rate": "1.20", "basis": BASIS_44},
    }
}
# After 2027-12-31 公告第44号 no longer applies: those enterprises fall back to 公告第7号.
RD_SUPER_DEDUCTION_V2 = {
    "rates": {
        "general": {"extra_rate": "1.00", "basis": BASIS_7},
        "integrated_circuit": {
            "extra_rate": "1.00",
            "basis": BASIS_7 + "（公告2023年第44号已于2027-12-31到期）",
        },
        "industrial_mother_machine": {
            "extra_rate": "1.00",
            "basis": BASIS_7 + "（公告2023年第44号已于2027-12-31到期）",
        },
    }
}

SEEDED_VERSION_IDS = [
    uuid.UUID("0b6a1f7e-5d1c-4c59-9a55-2f3c8c1d0000"),
    uuid.UUID("0b6a1f7e-5d1c-4c59-9a55-2f3c8c1d0101"),
    uuid.UUID("0b6a1f7e-5d1c-4c59-9a55-2f3c8c1d0102"),
]


def _seed() -> None:
    policy = sa.table(
        "policy",
        sa.column("code", sa.String),
        sa.column("title", sa.String),
        sa.column("clause", sa.String),
        sa.column("source", sa.Text),
        sa.column("jurisdiction", sa.String),
        sa.column("created_by", sa.String),
        sa.column("created_at", shared.db.UTCDateTime(timezone=True)),
    )
    version = sa.table(
        "policy_version",
        sa.column("id", sa.Uuid),
        sa.column("policy_code", sa.String),
        sa.column("version", sa.Integer),
        sa.column("effective_from", sa.Date),
        sa.column("effective_to", sa.Date),
        sa.column("rule_kind", sa.String),
        sa.column("parameters", sa.JSON),
        sa.column("clause", sa.String),
        sa.column("source", sa.Text),
        sa.column("status", sa.String),
        sa.column("created_by", sa.String),
        sa.column("published_by", sa.String),
        sa.column("published_at", shared.db.UTCDateTime(timezone=True)),
        sa.column("created_at", shared.db.UTCDateTime(timezone=True)),
    )
    now = datetime.datetime.now(datetime.UTC)
    # Versions published before this revision were published when created.
    op.execute(
        version.update()
        .where(version.c.status == "published", version.c.published_at.is_(None))
        .values(published_at=version.c.created_at)
    )
    op.bulk_insert(
        policy,
        [
            {
                "code": "rd_super_deduction",
                "title": "研发费用税前加计扣除",
                "clause": "五(三)",
                "source": RD_NOTICE_7 + RD_NOTICE_44,
                "jurisdiction": "city",
                "created_by": "seed",
                "created_at": now,
            }
        ],
    )
    seeded = {"status": "published", "created_by": "seed", "published_by": "seed", "published_at": now}
    op.bulk_insert(
        version,
        [
            {
                "id": SEEDED_VERSION_IDS[0],
                "policy_code": "upgrade_support",
                # Numbered 0: it is the earlier rule, in force before the work plan's v1.
                "version": 0,
                "effective_from": UPGRADE_SUPPORT_V0_FROM,
                "effective_to": UPGRADE_SUPPORT_V0_TO,
                "rule_kind": "upgrade_support",
                "parameters": UPGRADE_SUPPORT_V0,
                "clause": EARLIER_CITY_RULE_CLAUSE,
                "source": EARLIER_CITY_RULE_SOURCE,
                "created_at": now,
                **seeded,
            },
            {
                "id": SEEDED_VERSION_IDS[1],
                "policy_code": "rd_super_deduction",
                "version": 1,
                "effective_from": datetime.date(2023, 1, 1),
                "effective_to": datetime.date(2027, 12, 31),
                "rule_kind": "rd_super_deduction",
                "parameters": RD_SUPER_DEDUCTION_V1,
                "clause": "五(三)",
                "source": RD_NOTICE_7 + RD_NOTICE_44,
                "created_at": now,
                **seeded,
            },
            {
                "id": SEEDED_VERSION_IDS[2],
                "policy_code": "rd_super_deduction",
                "version": 2,
                "effective_from": datetime.date(2028, 1, 1),
                "effective_to": None,
                "rule_kind": "rd_super_deduction",
                "parameters": RD_SUPER_DEDUCTION_V2,
                "clause": "五(三)",
                "source": RD_NOTICE_7,
                "created_at": now,
                **seeded,
            },
        ],
    )


def upgrade() -> None:
    op.create_table(
        "idempotency_record",
        sa.Column("principal", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("path", sa.String(length=500), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("response_body", sa.JSON(), nullable=True),
        sa.Column("created_at", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("principal", "key", name=op.f("pk_idempotency_record")),
    )
    # Plain ALTERs, not a batch: on SQLite a batch would re-create `policy`, which versions reference.
    op.add_column(
        "policy", sa.Column("created_by", sa.String(length=200), server_default="seed", nullable=False)
    )
    op.create_index(op.f("ix_policy_jurisdiction"), "policy", ["jurisdiction"], unique=False)
    with op.batch_alter_table("policy_version", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("created_by", sa.String(length=200), server_default="seed", nullable=False)
        )
        batch_op.add_column(sa.Column("published_at", shared.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("publish_trace", sa.JSON(), nullable=True))
        batch_op.alter_column("published_by", existing_type=sa.String(length=200), nullable=True)
        batch_op.create_check_constraint("status", "status IN ('draft', 'published')")
        batch_op.create_check_constraint(
            "dates_ordered", "effective_to IS NULL OR effective_to >= effective_from"
        )
    _seed()


def downgrade() -> None:
    version = sa.table("policy_version", sa.column("id", sa.Uuid), sa.column("policy_code", sa.String))
    policy = sa.table("policy", sa.column("code", sa.String))
    op.execute(version.delete().where(version.c.id.in_(SEEDED_VERSION_IDS)))
    op.execute(version.delete().where(version.c.policy_code == "rd_super_deduction"))
    op.execute(policy.delete().where(policy.c.code == "rd_super_deduction"))
    # Drafts did not exist before this revision; what remains keeps a publisher.
    op.execute("UPDATE policy_version SET published_by = created_by WHERE published_by IS NULL")
    with op.batch_alter_table("policy_version", schema=None) as batch_op:
        batch_op.drop_constraint("dates_ordered", type_="check")
        batch_op.drop_constraint("status", type_="check")
        batch_op.alter_column("published_by", existing_type=sa.String(length=200), nullable=False)
        batch_op.drop_column("publish_trace")
        batch_op.drop_column("published_at")
        batch_op.drop_column("created_by")
    op.drop_index(op.f("ix_policy_jurisdiction"), table_name="policy")
    op.drop_column("policy", "created_by")
    op.drop_table("idempotency_record")
