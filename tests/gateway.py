"""The four services on real loopback ports and make run's Caddy gateway in front of them, for
the tests that go through the one port (tests/test_gateway.py, tests/test_status_page.py)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from shared.gateway_config import CADDYFILE
from shared.gateway_routes import UPSTREAMS
from shared.localbroker import LocalBroker, free_port
from shared.openapi_dump import ROOT
from shared.platform import SERVICES, service_builder
from shared.settings import LOCAL_DEV_ORIGINS
from shared.testing.fixtures import DatabaseFactory
from shared.testing.live import serve
from tests.stack import settings_for

CADDY = Path(sys.executable).parent / "caddy"
BUILDERS = {service: service_builder(service) for service in SERVICES}


@dataclass
class Gateway:
    base_url: str
    log: Path
    process: subprocess.Popen[bytes]


@contextlib.contextmanager
def running_gateway(upstreams: dict[str, str], workdir: Path) -> Iterator[Gateway]:
    """Caddy with the committed Caddyfile on a free port, its upstreams at ``upstreams``
    (service → host:port), its data and config under ``workdir``, until the block ends."""
    port = free_port()
    env = {
        **os.environ,
        "MIC_GATEWAY_PORT": str(port),
        "XDG_DATA_HOME": str(workdir),
        "XDG_CONFIG_HOME": str(workdir),
        **{f"MIC_{s.upper()}_UPSTREAM": address for s, address in upstreams.items()},
    }
    log = workdir / f"caddy-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(CADDY), "run", "--config", str(CADDYFILE), "--adapter", "caddyfile"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    gateway = Gateway(base_url=f"http://127.0.0.1:{port}", log=log, process=process)
    try:
        _wait_until_up(gateway)
        yield gateway
    finally:
        process.terminate()
        process.wait(timeout=15)


def _wait_until_up(gateway: Gateway) -> None:
    deadline = time.monotonic() + 20
    while True:
        if gateway.process.poll() is not None:
            raise RuntimeError(f"caddy exited: {gateway.log.read_text()}")
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(f"{gateway.base_url}/healthz", timeout=2).status_code == 200:
                return
        if time.monotonic() > deadline:
            raise RuntimeError(f"caddy did not answer: {gateway.log.read_text()}")
        time.sleep(0.1)


@dataclass
class LiveStack:
    gateway: Gateway
    services: dict[str, str]  # service → its own base URL


@contextlib.asynccontextmanager
async def live_stack(
    fresh_databases: DatabaseFactory, broker: LocalBroker, workdir: Path
) -> AsyncIterator[LiveStack]:
    """The services (fresh databases, the run's broker; browsers from localhost dev servers
    allowed, as locally) on loopback ports and the gateway in front of them."""
    urls = await fresh_databases()
    with contextlib.ExitStack() as stack:
        live = {}
        for service, build in BUILDERS.items():
            settings = settings_for(
                service,
                urls[service],
                broker.bootstrap_servers,
                "gateway",
                cors_allow_origin_regex=LOCAL_DEV_ORIGINS,
            )
            live[service] = stack.enter_context(serve(build(settings)))
        assert set(live) == {u.name for u in UPSTREAMS}, "a service of the route table is not started here"
        gateway = stack.enter_context(
            running_gateway({s: f"127.0.0.1:{svc.port}" for s, svc in live.items()}, workdir)
        )
        yield LiveStack(gateway=gateway, services={s: svc.base_url for s, svc in live.items()})
