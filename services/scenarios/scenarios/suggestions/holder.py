"""The indexes a process holds (decision 0017): one per side, each keyed by a version of its rows
(their count and the sum of their version counters, which every create, edit and step moves). A
request that finds the version moved rebuilds, in a thread and behind a lock, only what changed;
requests arriving meanwhile rank with the index they have."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.matching import Analyzer, DocumentId, MatchIndex, OfferingIndex, ScenarioIndex
from scenarios.matching import Offering as OfferingDocument
from scenarios.matching import Scenario as ScenarioDocument
from scenarios.offerings import repository as offerings
from scenarios.offerings.models import Offering as OfferingRow
from scenarios.scenarios import repository as scenarios
from scenarios.scenarios.models import Scenario as ScenarioRow
from shared.app import ServiceRuntime

D = TypeVar("D", OfferingDocument, ScenarioDocument)
Fingerprint = tuple[int, int]


@dataclass(frozen=True)
class Source(Generic[D]):
    """Where one side's documents come from: their version, and each open one with its own."""

    fingerprint: Callable[[AsyncSession], Awaitable[Fingerprint]]
    documents: Callable[[AsyncSession], Awaitable[Sequence[tuple[D, int]]]]


class HeldIndex(Generic[D]):
    """One side's index, swapped whole when its rows' version moves."""

    def __init__(self, source: Source[D], analyzer: Analyzer) -> None:
        self._source: Source[D] = source
        self._index: MatchIndex[D] = MatchIndex([], analyzer=analyzer, version=None)
        self._versions: dict[DocumentId, int] = {}
        self._lock = asyncio.Lock()

    async def current(self, session: AsyncSession) -> MatchIndex[D]:
        """The index as of the rows' version now; the held one while another request rebuilds."""
        version = await self._source.fingerprint(session)
        if version == self._index.version or self._lock.locked():
            return self._index
        async with self._lock:
            if version != self._index.version:
                await self._refresh(session, version)
        return self._index

    async def _refresh(self, session: AsyncSession, version: Fingerprint) -> None:
        rows = await self._source.documents(session)
        versions = {document.key: row_version for document, row_version in rows}
        upsert = [
            document for document, row_version in rows if self._versions.get(document.key) != row_version
        ]
        remove = self._versions.keys() - versions.keys()
        self._index = await asyncio.to_thread(
            self._index.replaced, upsert=upsert, remove=remove, version=version
        )
        self._versions = versions


class Matchmaker:
    """The process's analyzer and both indexes, made at start-up (loading jieba takes a second)."""

    offerings: HeldIndex[OfferingDocument]
    scenarios: HeldIndex[ScenarioDocument]

    def start(self, _runtime: ServiceRuntime) -> None:
        analyzer = Analyzer()
        self.offerings = HeldIndex(Source(offerings.fingerprint, _open_offerings), analyzer)
        self.scenarios = HeldIndex(Source(scenarios.fingerprint, _open_scenarios), analyzer)

    async def offering_index(self, session: AsyncSession) -> OfferingIndex:
        return await self.offerings.current(session)

    async def scenario_index(self, session: AsyncSession) -> ScenarioIndex:
        return await self.scenarios.current(session)


def matchmaker(request: Request) -> Matchmaker:
    held: Any = request.app.state.matchmaker
    assert isinstance(held, Matchmaker)
    return held


async def _open_offerings(session: AsyncSession) -> list[tuple[OfferingDocument, int]]:
    return [
        (OfferingDocument(o.id, o.center_id, o.name, o.description, o.cluster_code, o.tags), o.version)
        for o in await offerings.open_for_matching(session)
    ]


async def _open_scenarios(session: AsyncSession) -> list[tuple[ScenarioDocument, int]]:
    return [(scenario_document(s), s.version) for s in await scenarios.open_for_matching(session)]


def scenario_document(scenario: ScenarioRow) -> ScenarioDocument:
    """A scenario as matching reads it (needs its tags loaded)."""
    return ScenarioDocument(
        scenario.id,
        scenario.title,
        scenario.description,
        scenario.cluster_code,
        tuple(scenario.tags),
        scenario.district,
    )


def offering_document(offering: OfferingRow) -> OfferingDocument:
    """An offering as matching reads it (needs its tags loaded)."""
    return OfferingDocument(
        offering.id,
        offering.center_id,
        offering.name,
        offering.description,
        offering.cluster_code,
        tuple(offering.tags),
    )
