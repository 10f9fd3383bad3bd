"""Helpers of the programme and application tests: each makes what it names through the API."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
from sqlalchemy import update

from services.talent.tests.talent_fixtures import TalentEnv
from shared.china_time import china_today
from shared.etag import etag_of
from shared.testing.fixtures import TokenFactory, bearer
from talent.programmes.models import ProgrammeRound, TalentProgramme

PROGRAMMES = "/api/v1/talent-programmes"
APPLICATIONS = "/api/v1/talent-applications"
LEVELS = ["leading", "high_level", "academic_leader", "rd_backbone", "high_skilled"]


async def programme(env: TalentEnv, token: TokenFactory, **overrides: Any) -> dict[str, Any]:
    """A fresh municipal programme every talent level may apply for; ``overrides`` win."""
    body: dict[str, Any] = {
        "code": f"test_{uuid.uuid4().hex[:12]}",
        "name_zh": "测试人才计划",
        "name_en": "Test Talents Programme",
        "level": "municipal",
        "eligible_levels": LEVELS,
        **overrides,
    }
    response = await env.talent.post(PROGRAMMES, json=body, headers=bearer(token("talent_officer")))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def open_round(
    env: TalentEnv, token: TokenFactory, programme_id: str, *, year: int = 2026, days_left: int = 30
) -> dict[str, Any]:
    """A round that opened a week ago and whose deadline is ``days_left`` days from today in China."""
    today = china_today()
    body = {
        "year": year,
        "opens_on": (today - dt.timedelta(days=7)).isoformat(),
        "deadline": (today + dt.timedelta(days=days_left)).isoformat(),
    }
    response = await env.talent.post(
        f"{PROGRAMMES}/{programme_id}/rounds", json=body, headers=bearer(token("talent_officer"))
    )
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def close_round(env: TalentEnv, round_id: str) -> None:
    """Time passes: the round's deadline becomes yesterday (in China)."""
    async with env.sessionmaker() as session, session.begin():
        await session.execute(
            update(ProgrammeRound)
            .where(ProgrammeRound.id == uuid.UUID(round_id))
            .values(deadline=china_today() - dt.timedelta(days=1))
        )


async def deactivate(env: TalentEnv, programme_id: str) -> None:
    """The programme ended (no route retires one: the catalogue grows by migration and POST)."""
    async with env.sessionmaker() as session, session.begin():
        await session.execute(
            update(TalentProgramme).where(TalentProgramme.id == uuid.UUID(programme_id)).values(active=False)
        )


def apply_body(talent_id: str, round_id: str) -> dict[str, str]:
    return {
        "talent_id": talent_id,
        "round_id": round_id,
        "recommendation": "长期从事关键技术研发，推荐申报。",
    }


async def apply(env: TalentEnv, tok: str, talent_id: str, round_id: str) -> httpx.Response:
    return await env.talent.post(APPLICATIONS, json=apply_body(talent_id, round_id), headers=bearer(tok))


async def act(
    env: TalentEnv, tok: str, application: dict[str, Any], action: str, note: str | None = None
) -> httpx.Response:
    """Take ``action`` on the application as last read (its version is the If-Match)."""
    return await env.talent.post(
        f"{APPLICATIONS}/{application['id']}/actions/{action}",
        json={"note": note} if note else None,
        headers={**bearer(tok), "If-Match": etag_of(application["version"])},
    )


class Applicant:
    """One center with a talent, a programme round, and the tokens of who acts on its application."""

    def __init__(self, env: TalentEnv, token: TokenFactory, center_id: str, round_: dict[str, Any]) -> None:
        self.env, self.center_id, self.round = env, center_id, round_
        self.center_user = token("center_user", sub="center-user", center=center_id)
        self.officer = token("talent_officer", sub="talent-officer")

    async def draft(self, token: TokenFactory, **talent: Any) -> dict[str, Any]:
        """A new talent of the center and its draft application in the round."""
        registered = await self.env.register(token, self.center_id, **talent)
        response = await apply(self.env, self.center_user, registered["id"], self.round["id"])
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def step(self, application: dict[str, Any], action: str, note: str | None = None) -> dict[str, Any]:
        """``action`` taken by whoever the workflow lets take it; the application after it."""
        tok = self.center_user if action == "recommend" else self.officer
        response = await act(self.env, tok, application, action, note)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def in_status(self, token: TokenFactory, status: str) -> dict[str, Any]:
        """A fresh application brought to ``status`` by the workflow's own steps."""
        application = await self.draft(token)
        for action in PATH_TO[status]:
            application = await self.step(application, action)
        return application


PATH_TO: dict[str, list[str]] = {
    "draft": [],
    "recommended": ["recommend"],
    "submitted": ["recommend", "submit"],
    "awarded": ["recommend", "submit", "award"],
    "rejected": ["recommend", "reject"],
}


async def applicant(env: TalentEnv, token: TokenFactory, *, district: str = "tianhe") -> Applicant:
    """A fresh center in ``district`` and an open round of a fresh programme."""
    center_id = await env.center(district=district)
    created = await programme(env, token)
    return Applicant(env, token, center_id, await open_round(env, token, created["id"]))
