"""An application scenario, its tags, the public data resources it opens, and its steps."""

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scenarios.base import Base
from scenarios.steps import StepMixin
from shared.db import Money, UTCDateTime, utcnow


class ScenarioTag(Base):
    __tablename__ = "scenario_tag"
    __table_args__ = (Index("ix_scenario_tag_tag", "tag"),)

    scenario_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("scenario.id"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(50), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class ScenarioDataResource(Base):
    """A public data resource the scenario opens (`五(六)` 公共数据资源), and on what terms."""

    __tablename__ = "scenario_data_resource"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    scenario_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("scenario.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    owner_department: Mapped[str] = mapped_column(String(200))
    format: Mapped[str] = mapped_column(String(100))
    access_terms: Mapped[str] = mapped_column(Text)


class ScenarioStep(StepMixin, Base):
    __tablename__ = "scenario_step"

    scenario_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("scenario.id"), index=True)


class Scenario(Base):
    __tablename__ = "scenario"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'published', 'matching', 'piloting', 'completed', 'closed')",
            name="status_known",
        ),
        # Published exactly when it left draft (a draft closed unpublished stays unpublished).
        CheckConstraint("status = 'closed' OR (status = 'draft') = (published_at IS NULL)", name="published"),
        CheckConstraint("budget_amount >= 0", name="budget_not_negative"),
        Index("ix_scenario_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    cluster_code: Mapped[str] = mapped_column(String(80), index=True)
    district: Mapped[str] = mapped_column(String(40), index=True)
    # The department or district bureau that opens the scenario (its name, as it signs).
    publisher: Mapped[str] = mapped_column(String(200))
    budget_amount: Mapped[Decimal] = mapped_column(Money)
    # The last day (China) to answer the scenario.
    deadline: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The token's sub of the scenario_publisher who made it: the one publisher who acts on it.
    created_by: Mapped[str] = mapped_column(String(200), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set by publish; from then on every authenticated caller sees the scenario.
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)

    tag_rows: Mapped[list[ScenarioTag]] = relationship(
        lazy="raise", order_by=ScenarioTag.position, cascade="all, delete-orphan"
    )
    data_resources: Mapped[list[ScenarioDataResource]] = relationship(
        lazy="raise", order_by=ScenarioDataResource.position, cascade="all, delete-orphan"
    )

    @property
    def tags(self) -> list[str]:
        return [row.tag for row in self.tag_rows]
