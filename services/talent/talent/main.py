"""Talent service (三(六), 五(七)): talents and teams, programme applications, support services."""

from fastapi import FastAPI

from shared.app import ServiceSpec, create_app
from shared.contracts import registry
from shared.contracts import talent as contract
from talent.applications.router import router as applications_router
from talent.audit import AuditEntry
from talent.centers.handlers import on_center_changed
from talent.config import TalentSettings
from talent.entitlements.router import router as entitlements_router
from talent.figures.router import router as figures_router
from talent.messaging import InboxRecord, outbox
from talent.meta.router import router as meta_router
from talent.permissions import PERMISSIONS
from talent.personal_data.dependency import cipher_from
from talent.programmes.router import router as programmes_router
from talent.service_requests.router import router as service_requests_router
from talent.talents.router import router as talents_router
from talent.teams.router import router as teams_router

SPEC = ServiceSpec(
    title="MIC talent",
    version="0.1.0",
    description="Talents of the centers and their support services (人才支持)",
    routers=[
        talents_router,
        teams_router,
        figures_router,
        programmes_router,
        applications_router,
        entitlements_router,
        service_requests_router,
        meta_router,
    ],
    outbox=outbox,
    inbox_model=InboxRecord,
    produced_topics=contract.PRODUCED_TOPICS,
    consumed_topics=[registry.CENTER_TOPIC],
    handlers=dict.fromkeys(registry.SNAPSHOT_EVENTS, on_center_changed),
    permissions=PERMISSIONS,
    audit_model=AuditEntry,
)


def build_app(settings: TalentSettings | None = None) -> FastAPI:
    settings = settings or TalentSettings()
    app = create_app(settings, SPEC)
    app.state.personal_data_cipher = cipher_from(settings)
    return app


app = build_app()
