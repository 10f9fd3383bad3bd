"""Shared set-up for the talent tests.

Talent runs alone, in-process, on a fresh database and the real broker. Centers reach it the way
they do in production: as ``registry.center`` events on the broker (``tests.registry_player``
plays registry), which talent's consumer turns into its read model.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
from stdnum.cn import ric

from shared.etag import etag_of
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import outbox_rows, runtime_of
from talent.centers.models import CenterView
from talent.messaging import OutboxRecord
from tests.registry_player import RegistryPlayer, registry_player
from tests.stack import Stack, running_stack

_serial = itertools.count(1)
SERVICE_REQUESTS = "/api/v1/service-requests"


def resident_id(birth: dt.date = dt.date(1980, 5, 12), region: str = "440106") -> str:
    """A fresh mainland ID number with a correct GB 11643 check digit."""
    body = f"{region}{birth:%Y%m%d}{next(_serial) % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


def talent_body(center_id: str, /, **overrides: Any) -> dict[str, Any]:
    """A valid registration of an introduced leading talent born 1980-05-12; ``overrides`` win."""
    body: dict[str, Any] = {
        "center_id": center_id,
        "name": "张伟",
        "gender": "male",
        "birth_date": "1980-05-12",
        "nationality": "CHN",
        "id_document": {"type": "resident_id", "number": resident_id()},
        "phone": "13812345678",
        "email": "zhang.wei@example.cn",
        "level": "leading",
        "role": "首席科学家",
        "origin": "introduced",
        "introduced_from": "中国科学院深圳先进技术研究院",
        "joined_on": "2025-03-01",
        "qualifications": ["博士", "研究员"],
    }
    body.update(overrides)
    return body


@dataclass
class TalentEnv:
    """Talent alone against the real broker, and registry played on it."""

    stack: Stack
    registry: RegistryPlayer
    bootstrap: str

    @property
    def talent(self) -> Any:
        return self.stack.clients["talent"]

    @property
    def sessionmaker(self) -> Any:
        return runtime_of(self.stack.apps["talent"]).sessionmaker

    async def center(self, *, district: str = "tianhe", status: str = "operating") -> str:
        """A center announced by registry, once talent's read model has it."""
        return await self.registry.center(district=district, status=status)

    async def set_status(self, center_id: str, status: str) -> None:
        """Registry changed the center's status (e.g. revoked it)."""
        await self.registry.set_status(center_id, status)

    async def register(self, token: TokenFactory, center_id: str, **overrides: Any) -> dict[str, Any]:
        """A talent registered by a talent officer; the masked response body."""
        response = await self.talent.post(
            "/api/v1/talents",
            json=talent_body(center_id, **overrides),
            headers=bearer(token("talent_officer")),
        )
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    def another_process(self, **settings: object) -> contextlib.AbstractAsyncContextManager[Stack]:
        """A second talent process on the same database and broker, with other settings (a deploy)."""
        return running_stack(self.stack.urls, self.bootstrap, services=("talent",), **settings)

    async def request_service(
        self, tok: str, talent_id: str, kind: str = "housing", details: str = "申请人才公寓，需三居室"
    ) -> httpx.Response:
        """``POST /api/v1/service-requests`` for a talent, as the token's holder."""
        body = {"talent_id": talent_id, "kind": kind, "details": details}
        response: httpx.Response = await self.talent.post(SERVICE_REQUESTS, json=body, headers=bearer(tok))
        return response

    async def act(
        self, tok: str, request: dict[str, Any], action: str, note: str | None = None
    ) -> httpx.Response:
        """One action on a request, with the If-Match of the version ``request`` shows."""
        headers = {**bearer(tok), "If-Match": etag_of(request["version"])}
        body = {} if note is None else {"note": note}
        response: httpx.Response = await self.talent.post(
            f"{SERVICE_REQUESTS}/{request['id']}/actions/{action}", json=body, headers=headers
        )
        return response

    async def outbox(self, key: str, event_type: str | None = None) -> list[OutboxRecord]:
        """Talent's outbox rows for one aggregate key (the events a change wrote)."""
        return await outbox_rows(self.stack.apps["talent"], key, event_type)


@contextlib.asynccontextmanager
async def talent_env(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[TalentEnv]:
    bootstrap = broker.bootstrap_servers
    async with (
        running_stack(await fresh_databases(), bootstrap, services=("talent",)) as stack,
        registry_player(stack.apps["talent"], CenterView, bootstrap=bootstrap) as registry,
    ):
        yield TalentEnv(stack=stack, registry=registry, bootstrap=bootstrap)
