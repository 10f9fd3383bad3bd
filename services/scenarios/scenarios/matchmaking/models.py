"""A matchmaking event, the scenarios on show at it, its steps, its registrations and its outcomes."""

import datetime as dt
import uuid

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scenarios.base import Base
from scenarios.steps import StepMixin
from shared.db import UTCDateTime, utcnow

# A cancelled registration frees its center or company to register again.
_LIVE = text("status <> 'cancelled'")


class MatchmakingEventScenario(Base):
    """A published scenario on show at the event."""

    __tablename__ = "matchmaking_event_scenario"

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("matchmaking_event.id"), primary_key=True)
    scenario_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("scenario.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)


class MatchmakingEventStep(StepMixin, Base):
    __tablename__ = "matchmaking_event_step"

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("matchmaking_event.id"), index=True)


class MatchmakingEvent(Base):
    __tablename__ = "matchmaking_event"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'open', 'closed', 'held', 'cancelled')", name="status_known"),
        CheckConstraint(
            "organizer_kind IN ('center', 'alliance', 'association', 'bureau')", name="organizer_kind_known"
        ),
        CheckConstraint("capacity > 0", name="capacity_positive"),
        # The last line against overbooking: registrations update this under the event's lock.
        CheckConstraint(
            "confirmed_attendees >= 0 AND confirmed_attendees <= capacity", name="within_capacity"
        ),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("registration_deadline <= starts_at", name="deadline_before_start"),
        Index("ix_matchmaking_event_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    # Who leads it, as it signs (the bureau, or the center, alliance or association it is run for).
    organizer_name: Mapped[str] = mapped_column(String(200))
    organizer_kind: Mapped[str] = mapped_column(String(20))
    venue: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    capacity: Mapped[int] = mapped_column(Integer)
    registration_deadline: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), index=True)
    # Attendees of confirmed registrations, and how many registrations were ever made (the next
    # one's queue number): both change only under the event's row lock.
    confirmed_attendees: Mapped[int] = mapped_column(Integer, default=0)
    registrations_made: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The token's sub of the organizer who made it: the one scenario_publisher who acts on it.
    created_by: Mapped[str] = mapped_column(String(200), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    scenario_rows: Mapped[list[MatchmakingEventScenario]] = relationship(
        lazy="raise", order_by=MatchmakingEventScenario.position, cascade="all, delete-orphan"
    )

    @property
    def scenario_ids(self) -> list[uuid.UUID]:
        return [row.scenario_id for row in self.scenario_rows]


class MatchmakingRegistration(Base):
    __tablename__ = "matchmaking_registration"
    __table_args__ = (
        CheckConstraint("participant_kind IN ('center', 'company')", name="participant_kind_known"),
        CheckConstraint("status IN ('confirmed', 'waitlisted', 'cancelled')", name="status_known"),
        CheckConstraint("attendees >= 1", name="attendees_positive"),
        CheckConstraint(
            "(participant_kind = 'center' AND center_id IS NOT NULL AND company_uscc IS NULL) OR "
            "(participant_kind = 'company' AND center_id IS NULL AND company_uscc IS NOT NULL "
            "AND company_name IS NOT NULL)",
            name="participant_named",
        ),
        UniqueConstraint("event_id", "number"),
        Index(
            "uq_matchmaking_registration_live_center",
            "event_id",
            "center_id",
            unique=True,
            postgresql_where=_LIVE,
            sqlite_where=_LIVE,
        ),
        Index(
            "uq_matchmaking_registration_live_company",
            "event_id",
            "company_uscc",
            unique=True,
            postgresql_where=_LIVE,
            sqlite_where=_LIVE,
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("matchmaking_event.id"), index=True)
    # The order registrations came in (1, 2, …) per event: the waitlist's order.
    number: Mapped[int] = mapped_column(Integer)
    participant_kind: Mapped[str] = mapped_column(String(20))
    # A center of registry's (``center_view``), for a center's registration.
    center_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    company_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    company_uscc: Mapped[str | None] = mapped_column(String(18), nullable=True)
    contact_name: Mapped[str] = mapped_column(String(100))
    attendees: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=1)
    registered_by: Mapped[str] = mapped_column(String(200))
    registered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    cancelled_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class MatchmakingOutcome(Base):
    """What came of the event for a scenario on show: an intention signed or a follow-up agreed."""

    __tablename__ = "matchmaking_outcome"
    __table_args__ = (
        CheckConstraint("kind IN ('intention_signed', 'follow_up')", name="kind_known"),
        CheckConstraint("(offering_id IS NULL) <> (company_name IS NULL)", name="one_counterpart"),
        CheckConstraint("(offering_id IS NULL) = (center_id IS NULL)", name="offering_has_center"),
        CheckConstraint("kind <> 'intention_signed' OR signed_on IS NOT NULL", name="signed_has_date"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("matchmaking_event.id"), index=True)
    scenario_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("scenario.id"), index=True)
    offering_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("offering.id"), nullable=True, index=True
    )
    # The offering's center when the outcome was recorded (registry's id).
    center_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    company_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    kind: Mapped[str] = mapped_column(String(30))
    signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
