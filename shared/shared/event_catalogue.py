"""Which event types exist, on which topic, with which payload model: the one list the outbox,
the AsyncAPI document (``shared.asyncapi``) and the compatibility snapshots all read.

Each contract module in ``shared.contracts`` declares its topics and an ``EVENTS`` tuple beside
its models; :func:`catalogue` collects them all by walking the package, so a new contract module
needs no registration anywhere else. The outbox refuses a type that is not declared here
(:func:`check_declared`), which is what keeps the document complete: an event no schema describes
can not be written.
"""

from __future__ import annotations

import builtins
import functools
import importlib
import pkgutil
import re
from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import BaseModel

import shared.contracts

# gz.mic.<service>.<aggregate>.<event>.v<N> (DESIGN 6)
TYPE_PATTERN = re.compile(r"^gz\.mic\.(?P<service>[a-z_]+)\.[a-z_]+\.[a-z_]+\.v(?P<version>[0-9]+)$")


@dataclass(frozen=True)
class Topic:
    """A Kafka topic of one aggregate, as its consumers need to know it."""

    name: str
    title: str
    key: str  # what the record key is, e.g. "the center id"
    subject: str  # what ``ce_subject`` is
    description: str = ""


@dataclass(frozen=True)
class EventType:
    """One event type: its topic and the Pydantic model its ``data`` is a dump of."""

    type: str
    topic: Topic
    payload: builtins.type[BaseModel]  # builtins: the field ``type`` shadows the name here

    @property
    def producer(self) -> str:
        """The service that publishes it, read from the type (``gz.mic.<service>...``)."""
        return _parts(self.type)[0]

    @property
    def version(self) -> int:
        return _parts(self.type)[1]

    @property
    def source(self) -> str:
        return f"/gz-mic/{self.producer}"

    @property
    def unversioned(self) -> str:
        """The type without its ``.v<N>``: the versions of one event share it."""
        return self.type.rsplit(".", 1)[0]


class UndeclaredEvent(ValueError):
    """An event whose type is not in the catalogue, or not on that topic, or not its producer's."""


def _parts(event_type: str) -> tuple[str, int]:
    match = TYPE_PATTERN.match(event_type)
    if match is None:
        raise ValueError(f"{event_type!r} is not gz.mic.<service>.<aggregate>.<event>.v<N>")
    return match["service"], int(match["version"])


def contract_modules() -> list[str]:
    """Every module of ``shared.contracts``, found on disk rather than listed by hand."""
    return sorted(
        f"{shared.contracts.__name__}.{info.name}" for info in pkgutil.iter_modules(shared.contracts.__path__)
    )


@functools.cache
def catalogue() -> Mapping[str, EventType]:
    """Every declared event type by its type string, in declaration order."""
    found: dict[str, EventType] = {}
    for name in contract_modules():
        module = importlib.import_module(name)
        for event in getattr(module, "EVENTS", ()):
            _parts(event.type)  # a malformed type fails here, at import of the catalogue
            if event.type in found:
                raise ValueError(f"{event.type} is declared twice")
            found[event.type] = event
    return found


def produced_by(service: str) -> list[EventType]:
    return [event for event in catalogue().values() if event.producer == service]


def check_declared(service: str, event_type: str, topic: str) -> None:
    """Raise :class:`UndeclaredEvent` unless ``service`` may publish ``event_type`` on ``topic``."""
    event = catalogue().get(event_type)
    if event is None:
        raise UndeclaredEvent(f"{event_type} is not declared in shared.contracts (no schema)")
    if event.topic.name != topic or event.producer != service:
        raise UndeclaredEvent(
            f"{event_type} is declared on {event.topic.name} by {event.producer}, not on {topic} by {service}"
        )
