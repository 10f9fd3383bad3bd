"""The five services by name, imported without starting them, for the tools that describe the
whole platform (``shared.event_docs``, ``shared.openapi_dump``).

Imported by name: ``shared`` must not depend on the services' packages, only these tools do, and
only when they run.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from fastapi import FastAPI

    from shared.app import ServiceSpec

SERVICES = ("registry", "funding", "talent", "scenarios", "notifications")


def _main(service: str) -> ModuleType:
    if service not in SERVICES:
        raise ValueError(f"unknown service {service!r}; one of {', '.join(SERVICES)}")
    return importlib.import_module(f"{service}.main")


def service_spec(service: str) -> ServiceSpec:
    return cast("ServiceSpec", _main(service).SPEC)


def service_app(service: str) -> FastAPI:
    """The service's app as ``<service>.main`` builds it (its lifespan, and so I/O, not run)."""
    return cast("FastAPI", _main(service).app)
