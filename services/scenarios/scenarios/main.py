"""Scenarios service (五(六), 五(五)): application scenarios, offerings, matching, pilots.

So far it keeps its read model of registry's centers; the scenarios domain comes with its issue.
"""

from fastapi import FastAPI

from scenarios.centers.handlers import on_center_changed
from scenarios.config import ScenariosSettings
from scenarios.messaging import InboxRecord, outbox
from shared.app import ServiceSpec, create_app
from shared.contracts import registry

SPEC = ServiceSpec(
    title="MIC scenarios",
    version="0.1.0",
    description="Application scenarios and innovation offerings (开放应用场景)",
    routers=[],
    outbox=outbox,
    inbox_model=InboxRecord,
    consumed_topics=[registry.CENTER_TOPIC],
    handlers=dict.fromkeys(registry.SNAPSHOT_EVENTS, on_center_changed),
)


def build_app(settings: ScenariosSettings | None = None) -> FastAPI:
    return create_app(settings or ScenariosSettings(), SPEC)


app = build_app()
