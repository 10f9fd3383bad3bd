"""Talent service (三(六), 五(七)): talents and teams, programme applications, support services."""

from fastapi import FastAPI

from shared.app import ServiceSpec, create_app
from shared.contracts import registry
from shared.contracts import talent as contract
from talent.centers.handlers import on_center_changed
from talent.config import TalentSettings
from talent.messaging import InboxRecord, outbox

SPEC = ServiceSpec(
    title="MIC talent",
    version="0.1.0",
    description="Talents of the centers and their support services (人才支持)",
    routers=[],
    outbox=outbox,
    produced_topics=contract.PRODUCED_TOPICS,
    inbox_model=InboxRecord,
    consumed_topics=[registry.CENTER_TOPIC],
    handlers=dict.fromkeys(registry.SNAPSHOT_EVENTS, on_center_changed),
)


def build_app(settings: TalentSettings | None = None) -> FastAPI:
    return create_app(settings or TalentSettings(), SPEC)


app = build_app()
