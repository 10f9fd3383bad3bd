"""Scenarios service (五(六), 五(五)): application scenarios with the public data resources they
open, the centers' innovation offerings, ranked suggestions, matches, pilots and matchmaking
events (产业场景应用对接)."""

from fastapi import FastAPI

from scenarios.audit import AuditEntry
from scenarios.centers.handlers import on_center_changed, on_center_status_changed
from scenarios.config import ScenariosSettings
from scenarios.matches.router import router as matches_router
from scenarios.matchmaking.router import router as matchmaking_router
from scenarios.messaging import InboxRecord, outbox
from scenarios.meta.router import router as meta_router
from scenarios.offerings.router import router as offerings_router
from scenarios.permissions import PERMISSIONS
from scenarios.pilots.router import router as pilots_router
from scenarios.scenarios.router import router as scenarios_router
from scenarios.suggestions.holder import Matchmaker
from scenarios.suggestions.router import router as suggestions_router
from shared.app import ServiceSpec, create_app
from shared.contracts import registry
from shared.contracts import scenarios as contract

SPEC = ServiceSpec(
    title="MIC scenarios",
    version="0.1.0",
    description="Application scenarios and innovation offerings (开放应用场景, 创新产品/服务)",
    routers=[
        scenarios_router,
        offerings_router,
        suggestions_router,
        matches_router,
        pilots_router,
        matchmaking_router,
        meta_router,
    ],
    outbox=outbox,
    inbox_model=InboxRecord,
    produced_topics=contract.PRODUCED_TOPICS,
    consumed_topics=[registry.CENTER_TOPIC],
    handlers={
        **dict.fromkeys(registry.SNAPSHOT_EVENTS, on_center_changed),
        registry.CENTER_STATUS_CHANGED: on_center_status_changed,
    },
    permissions=PERMISSIONS,
    audit_model=AuditEntry,
)


def build_app(settings: ScenariosSettings | None = None) -> FastAPI:
    """The app, holding the process's matching indexes (made at start-up, decision 0017)."""
    held = Matchmaker()
    app = create_app(settings or ScenariosSettings(), SPEC, on_startup=held.start)
    app.state.matchmaker = held
    return app


app = build_app()
