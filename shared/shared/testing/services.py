"""Run a service in-process for a test: its lifespan (relay, consumer) and an httpx client."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import httpx
from fastapi import FastAPI
from sqlalchemy import select

import shared
from shared.app import ServiceRuntime

REPO_ROOT = Path(shared.__file__).resolve().parents[2]

T = TypeVar("T")


def service_dir(service: str) -> Path:
    return REPO_ROOT / "services" / service


@contextlib.asynccontextmanager
async def running(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Start the app's lifespan and give a client bound to it (no network port)."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield client


def runtime_of(app: FastAPI) -> ServiceRuntime:
    runtime: ServiceRuntime = app.state.runtime
    return runtime


async def outbox_rows(app: FastAPI, key: str, event_type: str | None = None) -> list[Any]:
    """The service's outbox rows for one aggregate key, oldest first: the events a change wrote."""
    runtime = runtime_of(app)
    model = runtime.spec.outbox.model
    query = select(model).where(model.key == key).order_by(model.id)
    if event_type is not None:
        query = query.where(model.event_type == event_type)
    async with runtime.sessionmaker() as session:
        return list(await session.scalars(query))


async def eventually(
    probe: Callable[[], Awaitable[T | None]],
    *,
    timeout: float = 20.0,
    interval: float = 0.05,
    what: str = "condition",
) -> T:
    """Poll ``probe`` until it returns something truthy (event-driven results arrive async)."""
    deadline = time.monotonic() + timeout
    while True:
        result = await probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(interval)
