"""The services running in-process against fresh databases and a given broker."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
from fastapi import FastAPI

from shared.platform import service_builder, settings_class
from shared.testing.services import running


@dataclass
class Stack:
    apps: dict[str, FastAPI]
    clients: dict[str, httpx.AsyncClient]
    urls: dict[str, str]

    @property
    def registry(self) -> httpx.AsyncClient:
        return self.clients["registry"]

    @property
    def funding(self) -> httpx.AsyncClient:
        return self.clients["funding"]


def settings_for(
    service: str, database_url: str, bootstrap: str, group_suffix: str, **overrides: object
) -> object:
    return settings_class(service)(
        database_url=database_url,
        kafka_bootstrap_servers=bootstrap,
        environment="test",
        consumer_group=f"{service}-{group_suffix}",
        relay_poll_interval_s=0.5,
        log_json=False,
        consumer_retry_backoff_s=0.05,
        **overrides,
    )


@contextlib.asynccontextmanager
async def running_stack(
    urls: dict[str, str],
    bootstrap: str,
    services: tuple[str, ...] = ("registry", "funding", "talent", "scenarios"),
    **overrides: object,
) -> AsyncIterator[Stack]:
    suffix = uuid.uuid4().hex[:8]
    apps = {
        s: service_builder(s)(settings_for(s, urls[s], bootstrap, suffix, **overrides))  # type: ignore[operator]
        for s in services
    }
    async with contextlib.AsyncExitStack() as stack:
        clients = {s: await stack.enter_async_context(running(app)) for s, app in apps.items()}
        yield Stack(apps=apps, clients=clients, urls=urls)
