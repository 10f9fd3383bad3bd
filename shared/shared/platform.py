"""The five services by name, and their modules, settings, specs and apps found by name, for the
tools that work on the whole platform (the ops CLI, ``shared.event_docs``, ``shared.openapi_dump``,
the tests).

Imported by name, and only when asked: ``shared`` must not depend on the services' packages, and a
command such as ``mic token`` must not pay for importing them.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from collections.abc import Callable

    from fastapi import FastAPI

    from shared.app import ServiceSpec
    from shared.settings import ServiceSettings

SERVICES = ("registry", "funding", "talent", "scenarios", "notifications")


def service_module(service: str, name: str) -> ModuleType:
    """``<service>.<name>``, imported only when a command needs it (a service's app is heavy)."""
    if service not in SERVICES:
        raise ValueError(f"unknown service {service!r}; one of {', '.join(SERVICES)}")
    return importlib.import_module(f"{service}.{name}")


def _main(service: str) -> ModuleType:
    return service_module(service, "main")


def settings_class(service: str) -> type[ServiceSettings]:
    """The service's own settings class, ``<service>.config.<Service>Settings``."""
    return cast(
        "type[ServiceSettings]", getattr(service_module(service, "config"), f"{service.capitalize()}Settings")
    )


def service_settings(service: str) -> ServiceSettings:
    """The service's settings, from its environment."""
    return settings_class(service)()


def service_builder(service: str) -> Callable[..., FastAPI]:
    """``<service>.main.build_app``: the service's app for given settings."""
    return cast("Callable[..., FastAPI]", _main(service).build_app)


def service_spec(service: str) -> ServiceSpec:
    return cast("ServiceSpec", _main(service).SPEC)


def service_app(service: str) -> FastAPI:
    """The service's app as ``<service>.main`` builds it (its lifespan, and so I/O, not run)."""
    return cast("FastAPI", _main(service).app)
