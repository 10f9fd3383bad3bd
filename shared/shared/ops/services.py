"""A service's own modules and settings, found by its name (the CLI's ``--service``)."""

from __future__ import annotations

import importlib
from types import ModuleType

from shared.settings import ServiceSettings

SERVICES = ("registry", "funding", "talent", "scenarios", "notifications")


def service_module(service: str, name: str) -> ModuleType:
    """``<service>.<name>``, imported only when a command needs it (a service's app is heavy)."""
    return importlib.import_module(f"{service}.{name}")


def service_settings(service: str) -> ServiceSettings:
    """The service's own settings class (``<service>.config.<Service>Settings``), from its env."""
    config = service_module(service, "config")
    settings: ServiceSettings = getattr(config, f"{service.capitalize()}Settings")()
    return settings
