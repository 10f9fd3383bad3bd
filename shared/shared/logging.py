"""JSON logs (structlog) carrying the request id from asgi-correlation-id and, while a span is
recording (tracing on), its ``trace_id`` and ``span_id``; uvicorn's lines included."""

from __future__ import annotations

import logging
import sys
from typing import Any

import structlog
from asgi_correlation_id import correlation_id
from opentelemetry import trace


def _add_request_id(_logger: Any, _name: str, event: dict[str, Any]) -> dict[str, Any]:
    request_id = correlation_id.get()
    if request_id:
        event["request_id"] = request_id
    return event


def _add_trace_context(_logger: Any, _name: str, event: dict[str, Any]) -> dict[str, Any]:
    """The ids a trace viewer finds the line's span by (in the W3C spelling of ``traceparent``)."""
    span = trace.get_current_span().get_span_context()
    if span.is_valid:
        event["trace_id"] = format(span.trace_id, "032x")
        event["span_id"] = format(span.span_id, "016x")
    return event


def configure_logging(*, service: str, level: str = "INFO", json: bool = True) -> None:
    shared_processors: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _add_request_id,
        _add_trace_context,
        lambda _l, _n, e: {**e, "service": service},
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer(ensure_ascii=False) if json else structlog.dev.ConsoleRenderer()
    )
    structlog.configure(
        processors=[*shared_processors, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared_processors,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            renderer,
        ],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        uvicorn_logger = logging.getLogger(name)
        if name == "uvicorn.access" and not (uvicorn_logger.handlers or uvicorn_logger.propagate):
            continue  # uvicorn --no-access-log: leave it off (writing every request cost CPU)
        uvicorn_logger.handlers = []
        uvicorn_logger.propagate = True
    logging.getLogger("aiokafka").setLevel(logging.WARNING)
