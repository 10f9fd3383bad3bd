"""Funding service: policies as code, support cases, budgets (DESIGN 3)."""

from fastapi import FastAPI

from funding.audit import AuditEntry
from funding.budgets.router import router as budgets_router
from funding.calculators.router import router as calculators_router
from funding.centers.handlers import (
    on_center_changed,
    on_center_governance_changed,
    on_center_members,
    on_center_status_changed,
)
from funding.config import FundingSettings
from funding.first_set.handlers import on_pilot_completed
from funding.first_set.router import router as recognitions_router
from funding.investments.router import router as investments_router
from funding.messaging import InboxRecord, outbox
from funding.meta.router import router as meta_router
from funding.municipal_support.router import router as municipal_support_router
from funding.permissions import PERMISSIONS
from funding.platforms.router import router as platforms_router
from funding.policies.router import router as policies_router
from funding.support_cases.handlers import on_center_upgraded, on_centers_upgraded
from funding.support_cases.router import router as support_cases_router
from shared.app import ServiceSpec, create_app
from shared.contracts import funding_programmes, registry, scenarios
from shared.contracts.funding import BUDGET_TOPIC, POLICY_TOPIC, SUPPORT_CASE_TOPIC

SPEC = ServiceSpec(
    title="MIC funding",
    version="0.1.0",
    description="Policies as versioned data and support cases (资金支持)",
    routers=[
        policies_router,
        support_cases_router,
        budgets_router,
        calculators_router,
        investments_router,
        platforms_router,
        recognitions_router,
        municipal_support_router,
        meta_router,
    ],
    outbox=outbox,
    inbox_model=InboxRecord,
    produced_topics=[SUPPORT_CASE_TOPIC, BUDGET_TOPIC, POLICY_TOPIC, *funding_programmes.PRODUCED_TOPICS],
    consumed_topics=[registry.CENTER_TOPIC, scenarios.PILOT_TOPIC],
    handlers={
        **dict.fromkeys(registry.SNAPSHOT_EVENTS, on_center_changed),
        registry.CENTER_CREATED: on_center_members,
        registry.CENTER_MEMBERS_CHANGED: on_center_members,
        registry.CENTER_GOVERNANCE_CHANGED: on_center_governance_changed,
        registry.CENTER_UPGRADED: on_center_upgraded,
        registry.CENTER_STATUS_CHANGED: on_center_status_changed,
        scenarios.PILOT_COMPLETED: on_pilot_completed,
    },
    batch_handlers={registry.CENTER_UPGRADED: on_centers_upgraded},
    permissions=PERMISSIONS,
    audit_model=AuditEntry,
)


def build_app(settings: FundingSettings | None = None) -> FastAPI:
    return create_app(settings or FundingSettings(), SPEC)


app = build_app()
