"""Builds a service: FastAPI app, database, outbox relay and event consumer with one lifecycle."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import io
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import structlog
from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from opentelemetry.sdk.trace import TracerProvider
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from shared.asyncapi import service_document
from shared.audit.capture import AUDIT_MODEL, AuditedSession, AuditTrailMiddleware
from shared.audit.entries import AuditMixin
from shared.audit.router import router as audit_router
from shared.auth import TokenVerifier
from shared.consumer import BatchHandler, EventConsumer, Handler
from shared.db import RequestSessionMiddleware, create_engine, create_sessionmaker
from shared.docs_pages import install_docs
from shared.errors import document_problems, install_problem_handlers
from shared.events import dlq_topic
from shared.fair_pool import export_pool_gauges
from shared.hardening import install_hardening
from shared.http_metrics import HttpMetricsMiddleware, metrics
from shared.inbox import InboxMixin
from shared.kafka import ensure_topics
from shared.logging import configure_logging
from shared.outbox import OUTBOX_HANDOFF, Handoff, Outbox, PublishingSession
from shared.permissions import PermissionMatrix
from shared.query_parameters import REFUSE_UNKNOWN_QUERY_PARAMETERS
from shared.relay import OutboxRelay
from shared.settings import ServiceSettings
from shared.tracing import TRACER_NAME, instrument_app, instrument_engine, tracer_provider_for

# A loop of a service's own beside relay and consumer (a scheduler, a sender of mail or webhooks):
# given the runtime (settings, sessionmaker), it runs until cancelled at shutdown.
BackgroundTask = Callable[["ServiceRuntime"], Coroutine[Any, Any, None]]


@dataclass
class ServiceSpec:
    """What makes one service: its routers, its outbox/inbox tables, the events it consumes."""

    title: str
    version: str
    routers: Sequence[APIRouter]
    outbox: Outbox
    inbox_model: type[InboxMixin]
    produced_topics: Sequence[str] = ()
    consumed_topics: Sequence[str] = ()
    handlers: Mapping[str, Handler] = field(default_factory=dict)
    # Optional set-based handlers for busy event types (see shared.consumer).
    batch_handlers: Mapping[str, BatchHandler] = field(default_factory=dict)
    description: str = ""
    # Who may call what (shared.permissions); every operation must have an entry.
    permissions: PermissionMatrix | None = None
    # The service's audit log (shared.audit): every request's changes, hash-chained.
    audit_model: type[AuditMixin] | None = None
    # Loops of the service's own, by task name, started with the relay and the consumer where
    # ``run_background_tasks`` is on. Each must survive its own errors (log, wait, go on) and keep
    # its state in the database, so that any replica may run it and a restart loses nothing.
    background_tasks: Mapping[str, BackgroundTask] = field(default_factory=dict)


SHUTDOWN_GRACE_S = 10.0
log = structlog.get_logger(__name__)


class ServiceRuntime:
    """Engine, sessions, relay and consumer of one service process (API or worker); with a
    tracer provider (tracing on), its SQL, publishing and handling make spans."""

    def __init__(
        self, settings: ServiceSettings, spec: ServiceSpec, *, tracer_provider: TracerProvider | None = None
    ) -> None:
        self.settings = settings
        self.spec = spec
        self.tracer_provider = tracer_provider
        self.engine: AsyncEngine = create_engine(
            settings.database_url,
            pool_size=settings.database_pool_size,
            max_overflow=settings.database_max_overflow,
        )
        export_pool_gauges(self.engine, settings.service_name)
        tracer = None
        if tracer_provider is not None:
            instrument_engine(self.engine, tracer_provider)
            tracer = tracer_provider.get_tracer(TRACER_NAME)
        self.handoff = Handoff(publish_wait_s=settings.relay_publish_wait_s)
        # Only a process that runs the relay hands its commits over (else nobody would take them).
        sessions: dict[str, Any] = (
            {"session_class": PublishingSession, OUTBOX_HANDOFF: self.handoff} if settings.run_relay else {}
        )
        if spec.audit_model is not None:
            sessions |= {"sync_session_class": AuditedSession, AUDIT_MODEL: spec.audit_model}
        self.sessionmaker: async_sessionmaker[AsyncSession] = create_sessionmaker(self.engine, **sessions)
        self.relay = OutboxRelay(
            settings=settings,
            engine=self.engine,
            outbox=spec.outbox,
            handoff=self.handoff,
            tracer=tracer,
        )
        self.consumer: EventConsumer | None = None
        if spec.handlers or spec.batch_handlers:
            self.consumer = EventConsumer(
                settings=settings,
                sessionmaker=self.sessionmaker,
                inbox_model=spec.inbox_model,
                group_id=settings.consumer_group or settings.service_name,
                topics=list(spec.consumed_topics),
                handlers=spec.handlers,
                batch_handlers=spec.batch_handlers,
                tracer=tracer,
            )
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        """Start background work; the broker may be down, the loops retry until it answers."""
        if self.settings.run_relay or self.settings.run_consumer:
            self._tasks.append(asyncio.create_task(self._ensure_topics_forever()))
        if self.settings.run_relay:
            self._tasks.append(asyncio.create_task(self.relay.run(), name="outbox-relay"))
            self._tasks.append(asyncio.create_task(self.relay.watch_backlog(), name="outbox-backlog"))
        if self.settings.run_consumer and self.consumer is not None:
            self._tasks.append(asyncio.create_task(self.consumer.run(), name="event-consumer"))
        if self.settings.run_background_tasks:
            for name, task in self.spec.background_tasks.items():
                self._tasks.append(asyncio.create_task(task(self), name=name))

    async def _ensure_topics_forever(self) -> None:
        topics = [
            *self.spec.produced_topics,
            *self.spec.consumed_topics,
            *(dlq_topic(t) for t in self.spec.consumed_topics),
        ]
        while True:
            try:
                await ensure_topics(self.settings, topics)
                return
            except Exception:
                await asyncio.sleep(1.0)

    async def stop(self) -> None:
        """Cancel the background work; a task that will not finish in time is logged, not awaited
        forever (shutdown must end; the outbox and inbox make an abandoned step safe)."""
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            _done, pending = await asyncio.wait(self._tasks, timeout=SHUTDOWN_GRACE_S)
            for task in pending:
                stack = io.StringIO()
                task.print_stack(file=stack)
                log.error("background_task_did_not_stop", task=task.get_name(), stack=stack.getvalue())
        self._tasks.clear()
        await self.engine.dispose()

    async def readiness(self) -> dict[str, str]:
        checks: dict[str, str] = {}
        try:
            async with self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            checks["database"] = "ok"
        except Exception as exc:
            checks["database"] = f"error: {type(exc).__name__}"
        checks["broker"] = "ok" if await _broker_reachable(self.settings) else "unreachable"
        return checks


async def _broker_reachable(settings: ServiceSettings) -> bool:
    for server in settings.kafka_bootstrap_servers.split(","):
        host, _, port = server.strip().rpartition(":")
        try:
            _reader, writer = await asyncio.wait_for(
                asyncio.open_connection(host or "127.0.0.1", int(port)), timeout=1.0
            )
        except (OSError, TimeoutError, ValueError):
            continue
        writer.close()
        with contextlib.suppress(Exception):
            await writer.wait_closed()
        return True
    return False


def _health_router() -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/healthz", summary="The process is up")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/readyz", summary="Database and broker are reachable")
    async def readyz(request: Request) -> JSONResponse:
        runtime: ServiceRuntime = request.app.state.runtime
        checks = await runtime.readiness()
        ready = all(v == "ok" for v in checks.values())
        return JSONResponse(
            {"status": "ready" if ready else "not_ready", "checks": checks}, status_code=200 if ready else 503
        )

    return router


async def run_worker(settings: ServiceSettings, spec: ServiceSpec) -> None:
    """Relay, consumer and background tasks without HTTP, for deployments that run them as their
    own process."""
    configure_logging(service=settings.service_name, level=settings.log_level, json=settings.log_json)
    runtime = ServiceRuntime(settings, spec, tracer_provider=tracer_provider_for(settings))
    await runtime.start()
    gc.freeze()  # as in create_app: what start-up made lives as long as the process
    try:
        await asyncio.Event().wait()  # until cancelled (SIGINT/SIGTERM end asyncio.run)
    finally:
        await runtime.stop()


def create_app(
    settings: ServiceSettings,
    spec: ServiceSpec,
    *,
    on_startup: Callable[[ServiceRuntime], Any] | None = None,
) -> FastAPI:
    """The FastAPI app of a service; engine, relay and consumer live in its lifespan."""
    tracer_provider = tracer_provider_for(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(service=settings.service_name, level=settings.log_level, json=settings.log_json)
        runtime = ServiceRuntime(settings, spec, tracer_provider=tracer_provider)
        app.state.runtime = runtime
        app.state.sessionmaker = runtime.sessionmaker
        app.state.engine = runtime.engine
        app.state.token_verifier = TokenVerifier(settings)
        app.state.settings = settings
        app.state.audit_model = spec.audit_model
        if on_startup is not None:
            on_startup(runtime)
        await runtime.start()
        # Everything made so far (routes, models, metadata) lives as long as the process: keep it
        # out of the cyclic collector's reach, so collections under load stay short.
        gc.freeze()
        try:
            yield
        finally:
            await runtime.stop()

    app = FastAPI(
        title=spec.title,
        version=spec.version,
        description=spec.description,
        lifespan=lifespan,
        dependencies=[REFUSE_UNKNOWN_QUERY_PARAMETERS],
        # Served by install_docs from the service's own copy of the assets, not from a CDN.
        docs_url=None,
        redoc_url=None,
    )
    install_docs(app)
    # Before the request id middleware, so that it wraps these and a 429 carries the request id.
    install_hardening(app, settings)
    app.add_middleware(CorrelationIdMiddleware, header_name="X-Request-ID")
    install_problem_handlers(app)
    app.include_router(_health_router())
    for router in spec.routers:
        app.include_router(router)
    if spec.audit_model is not None:
        app.include_router(audit_router)
        app.add_middleware(AuditTrailMiddleware)
    app.add_middleware(RequestSessionMiddleware)
    app.add_middleware(HttpMetricsMiddleware, excluded=frozenset({"/metrics", "/healthz", "/readyz"}))
    app.add_route("/metrics", metrics, include_in_schema=False)
    # Public like /metrics and, like it, outside the OpenAPI document (so outside the permission
    # matrix, which covers OpenAPI operations): the events this service sends and receives.
    app.add_route("/asyncapi.json", _asyncapi_route(spec), include_in_schema=False)
    _document_problems_in_openapi(app)
    if tracer_provider is not None:
        instrument_app(app, tracer_provider)
    if spec.permissions is not None:
        spec.permissions.install(app)
    return app


def _asyncapi_route(spec: ServiceSpec) -> Callable[[Request], Awaitable[JSONResponse]]:
    """``GET /asyncapi.json``: the service's part of the AsyncAPI document, built once on first use."""
    built: list[dict[str, Any]] = []

    async def asyncapi(request: Request) -> JSONResponse:
        if not built:
            built.append(service_document(spec))
        return JSONResponse(built[0])

    return asyncapi


def _document_problems_in_openapi(app: FastAPI) -> None:
    """Each OpenAPI document FastAPI generates (again whenever the routes change) says what the
    problem handlers send, before anyone reads it."""
    generate = app.openapi
    documented: list[dict[str, Any]] = []

    def openapi() -> dict[str, Any]:
        spec = generate()
        if not documented or documented[0] is not spec:
            document_problems(spec)
            documented[:] = [spec]
        return spec

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to customise it
