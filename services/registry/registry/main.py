"""Registry service: the system of record for centers (DESIGN 2)."""

from fastapi import FastAPI

from registry.audit import AuditEntry
from registry.centers.router import router as centers_router
from registry.config import RegistrySettings
from registry.documents.router import router as documents_router
from registry.evaluations.router import router as evaluations_router
from registry.experts.router import router as experts_router
from registry.governance.router import router as governance_router
from registry.messaging import InboxRecord, outbox
from registry.meta.router import router as meta_router
from registry.organizations.router import router as organizations_router
from registry.permissions import PERMISSIONS
from registry.programme.router import router as programme_router
from registry.reference.router import router as reference_router
from registry.talent_figures.handlers import on_center_figures_changed
from shared.app import ServiceSpec, create_app
from shared.contracts import talent
from shared.contracts.registry import CENTER_TOPIC

SPEC = ServiceSpec(
    title="MIC registry",
    version="0.1.0",
    description="Centers, their lifecycle, tiers and reference data (制造业创新中心登记)",
    routers=[
        reference_router,
        centers_router,
        organizations_router,
        governance_router,
        programme_router,
        evaluations_router,
        experts_router,
        documents_router,
        meta_router,
    ],
    outbox=outbox,
    inbox_model=InboxRecord,
    produced_topics=[CENTER_TOPIC],
    consumed_topics=[talent.CENTER_FIGURES_TOPIC],
    handlers={talent.CENTER_FIGURES_CHANGED: on_center_figures_changed},
    permissions=PERMISSIONS,
    audit_model=AuditEntry,
)


def build_app(settings: RegistrySettings | None = None) -> FastAPI:
    return create_app(settings or RegistrySettings(), SPEC)


app = build_app()
