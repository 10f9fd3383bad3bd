"""Events of funding's programmes (`五(二)`-`五(五)`): guide-fund investments, platforms and
their results, first-set/first-batch/first-version recognitions and municipal support. The money
of each goes through a support case, whose events are in ``shared.contracts.funding``.

One topic per aggregate, keyed by the aggregate's id (DESIGN 6); ``ce_subject`` is that id too.
Money travels as decimal strings with two places, percentages as decimal strings.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict

from shared.event_catalogue import EventType, Topic
from shared.money import Money

SOURCE = "/gz-mic/funding"

INVESTMENT_TOPIC = "funding.investment"
PLATFORM_TOPIC = "funding.platform"
RECOGNITION_TOPIC = "funding.recognition"
OFFERING_TOPIC = "funding.offering"
MUNICIPAL_SUPPORT_TOPIC = "funding.municipal-support"

INVESTMENT_RECORDED = "gz.mic.funding.investment.recorded.v1"
PLATFORM_REGISTERED = "gz.mic.funding.platform.registered.v1"
PLATFORM_PROJECT_APPROVED = "gz.mic.funding.platform.project_approved.v1"
PLATFORM_RESULTS_REPORTED = "gz.mic.funding.platform.results_reported.v1"
RECOGNITION_RECORDED = "gz.mic.funding.recognition.recorded.v1"
OFFERING_CATALOGUE_ELIGIBLE = "gz.mic.funding.offering.catalogue_eligible.v1"
MUNICIPAL_SUPPORT_CHANGED = "gz.mic.funding.municipal_support.changed.v1"

PRODUCED_TOPICS = (
    INVESTMENT_TOPIC,
    PLATFORM_TOPIC,
    RECOGNITION_TOPIC,
    OFFERING_TOPIC,
    MUNICIPAL_SUPPORT_TOPIC,
)


class _Contract(BaseModel):
    # Attribute docstrings are the fields' descriptions in the AsyncAPI document.
    model_config = ConfigDict(frozen=True, extra="ignore", use_attribute_docstrings=True)


class InvestmentRecorded(_Contract):
    """A guide fund (`五(三)`) invested in a center or one of its member enterprises."""

    investment_id: uuid.UUID
    fund: str
    center_id: uuid.UUID
    investee_name: str
    investee_uscc: str
    amount: Money
    stake_percent: str
    invested_on: dt.date
    recorded_by: str
    recorded_at: dt.datetime


class PlatformRegistered(_Contract):
    """A concept-verification center or pilot platform led by a center (`五(四)`)."""

    platform_id: uuid.UUID
    kind: str
    name: str
    center_id: uuid.UUID
    project_approved_on: dt.date | None
    actor: str
    at: dt.datetime


class PlatformProjectApproved(_Contract):
    """The bureau selected the platform on merit (择优立项)."""

    platform_id: uuid.UUID
    center_id: uuid.UUID
    approved_on: dt.date
    actor: str
    at: dt.datetime


class PlatformResultsReported(_Contract):
    """A platform's yearly results; their subsidy is the support case ``support_case_id``
    (its events are on ``funding.support-case``)."""

    platform_id: uuid.UUID
    center_id: uuid.UUID
    year: int
    indicators: dict[str, Any]
    support_case_id: uuid.UUID | None = None
    actor: str
    at: dt.datetime


class RecognitionRecorded(_Contract):
    """A first-set / first-batch / first-version recognition (`五(五)`); its subsidy is the support
    case ``support_case_id`` (its events are on ``funding.support-case``)."""

    recognition_id: uuid.UUID
    catalogue: str
    year: int
    product_name: str
    center_id: uuid.UUID
    maker_uscc: str
    support_case_id: uuid.UUID
    recorded_by: str
    recorded_at: dt.datetime


class OfferingCatalogueEligible(_Contract):
    """A successful pilot made a center's offering eligible for the procurement catalogues."""

    offering_id: uuid.UUID
    offering_name: str
    center_id: uuid.UUID
    pilot_id: uuid.UUID
    completed_on: dt.date
    marked_at: dt.datetime


class MunicipalSupportChanged(_Contract):
    """A municipal support application (`五(二)` 视建设情况) moved from one status to another."""

    application_id: uuid.UUID
    center_id: uuid.UUID
    support_type: str
    action: str
    from_status: str | None
    to_status: str
    amount: Money | None
    actor: str
    at: dt.datetime
    support_case_id: uuid.UUID | None = None
    """A monetary application's support case, which decides and pays it."""


def _topic(name: str, title: str, aggregate: str) -> Topic:
    return Topic(name, title=title, key=f"the {aggregate} id", subject=f"the {aggregate} id")


INVESTMENT = _topic(INVESTMENT_TOPIC, "Funding — guide-fund investments", "investment")
PLATFORM = _topic(PLATFORM_TOPIC, "Funding — platforms and their subsidies", "platform")
RECOGNITION = _topic(RECOGNITION_TOPIC, "Funding — product recognitions", "recognition")
OFFERING = _topic(OFFERING_TOPIC, "Funding — catalogue-eligible offerings", "offering")
MUNICIPAL_SUPPORT = _topic(MUNICIPAL_SUPPORT_TOPIC, "Funding — municipal support applications", "application")

EVENTS = (
    EventType(INVESTMENT_RECORDED, INVESTMENT, InvestmentRecorded),
    EventType(PLATFORM_REGISTERED, PLATFORM, PlatformRegistered),
    EventType(PLATFORM_PROJECT_APPROVED, PLATFORM, PlatformProjectApproved),
    EventType(PLATFORM_RESULTS_REPORTED, PLATFORM, PlatformResultsReported),
    EventType(RECOGNITION_RECORDED, RECOGNITION, RecognitionRecorded),
    EventType(OFFERING_CATALOGUE_ELIGIBLE, OFFERING, OfferingCatalogueEligible),
    EventType(MUNICIPAL_SUPPORT_CHANGED, MUNICIPAL_SUPPORT, MunicipalSupportChanged),
)
