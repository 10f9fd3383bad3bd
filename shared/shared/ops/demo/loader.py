"""Load the demo data set (``dataset``) through the four services' HTTP API, as their clients would.

Only the API, only development tokens (``shared.claims.issue_token``): the demo refuses to run when
the environment it is started in says production. It refuses to run twice too: the first center it
would create is its marker, and finding it stops the demo before anything is written
(``make clean`` and ``make run`` start over). Within a run every create carries an
``Idempotency-Key``, so a request tried again is never doubled.

What other services make from events is waited for, never assumed: funding opens the upgrade
support cases by itself (免申即享), and talent and scenarios learn each center from registry's
events before they accept its talents and offerings.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from shared.china_time import china_today
from shared.claims import Role, issue_token
from shared.gateway_routes import UPSTREAMS
from shared.ops.demo import dataset
from shared.platform import SERVICES, service_settings
from shared.settings import ServiceSettings

# Where ``make run`` serves the four the demo loads into (the ports of the gateway's table).
LOCAL_URLS = {
    u.name: f"http://127.0.0.1:{u.port}"
    for u in UPSTREAMS
    if u.name in ("registry", "funding", "talent", "scenarios")
}
BUDGET_ALLOCATED = "500000000.00"
POLL_S = 0.2

T = TypeVar("T")


class DemoError(Exception):
    """Why the demo stopped; the CLI prints it and exits 1."""


@dataclass
class Summary:
    """What the demo made, for the closing report."""

    centers: Counter[str] = field(default_factory=Counter)
    upgrades: int = 0
    support_cases: Counter[str] = field(default_factory=Counter)
    talents: int = 0
    applications: Counter[str] = field(default_factory=Counter)
    scenarios: int = 0
    offerings: int = 0
    matches: Counter[str] = field(default_factory=Counter)
    pilots: Counter[str] = field(default_factory=Counter)

    def lines(self) -> list[str]:
        def counted(counter: Counter[str]) -> str:
            return ", ".join(f"{name} {n}" for name, n in sorted(counter.items()))

        return [
            f"centers: {sum(self.centers.values())} ({counted(self.centers)})",
            f"upgrades: {self.upgrades}; support cases: {sum(self.support_cases.values())} "
            f"({counted(self.support_cases)})",
            f"talents: {self.talents}; applications: {counted(self.applications)}",
            f"scenarios: {self.scenarios} published; offerings: {self.offerings}; "
            f"matches: {counted(self.matches)}; pilots: {counted(self.pilots)}",
        ]


def refuse_production(settings: Iterable[ServiceSettings]) -> None:
    """Development tokens and made-up data have no place in production."""
    for each in settings:
        if each.environment == "production":
            raise DemoError(
                f"{each.service_name}'s environment is production: the demo loads only into a "
                "local or test stack"
            )


def development_settings() -> ServiceSettings:
    """The settings the demo signs its tokens with, once no service's settings here say production."""
    try:
        settings = [ServiceSettings(), *(service_settings(s) for s in SERVICES)]
    except ValueError as exc:  # production on the development key: the settings refuse to load
        raise DemoError(f"the services' settings refuse to load here: {exc}") from exc
    refuse_production(settings)
    return settings[0]


class Api:
    """The four services' clients and the tokens of the people the demo acts as."""

    def __init__(self, clients: Mapping[str, httpx.AsyncClient], signing: ServiceSettings) -> None:
        self._clients = clients
        self._signing = signing
        self._tokens: dict[tuple[str, str, str | None, str | None], str] = {}
        self._run = uuid.uuid4().hex[:12]

    def token(self, role: Role, sub: str, *, district: str | None = None, center: str | None = None) -> str:
        key = (role.value, sub, district, center)
        if key not in self._tokens:
            self._tokens[key] = issue_token(
                self._signing, sub=sub, roles=[role.value], district=district, center_id=center
            )
        return self._tokens[key]

    async def answering(self) -> None:
        """Every service answers ``/healthz``; else say which does not and how to start them."""
        for service, client in self._clients.items():
            try:
                response = await client.get("/healthz")
            except httpx.HTTPError as exc:
                raise DemoError(
                    f"{service} at {client.base_url} does not answer ({type(exc).__name__}): start "
                    "the stack with `make run` (or pass the services' URLs) and try again"
                ) from exc
            if response.status_code != 200:
                raise DemoError(
                    f"{service} at {client.base_url} answers /healthz with {response.status_code}"
                )

    async def send(
        self,
        service: str,
        method: str,
        path: str,
        token: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        if_match: str | None = None,
        create: str | None = None,
    ) -> httpx.Response:
        """One request as the token's holder; ``create`` (a label) sends an Idempotency-Key unique
        to this run."""
        headers = {"Authorization": f"Bearer {token}"}
        if if_match is not None:
            headers["If-Match"] = if_match
        if create is not None:
            headers["Idempotency-Key"] = f"mic-demo-{self._run}-{create}"
        return await self._clients[service].request(method, path, json=json, params=params, headers=headers)

    async def call(self, service: str, method: str, path: str, token: str, **options: Any) -> Any:
        """:meth:`send`, and the JSON body of a 200 or 201; anything else stops the demo."""
        response = await self.send(service, method, path, token, **options)
        if response.status_code not in (200, 201):
            raise DemoError(f"{method} {service}{path}: {response.status_code} {response.text[:500]}")
        return response.json()

    async def create_once_known(
        self, service: str, path: str, token: str, body: dict[str, Any], *, create: str, wait_s: float
    ) -> Any:
        """POST a center's resource once ``service`` has learnt the center from registry's events
        (until then it answers 422 "unknown center")."""

        async def attempt() -> Any:
            response = await self.send(service, "POST", path, token, json=body, create=create)
            if response.status_code == 201:
                return response.json()
            if response.status_code == 422 and "unknown center" in response.text:
                return None
            raise DemoError(f"POST {service}{path}: {response.status_code} {response.text[:500]}")

        return await until(attempt, what=f"{service} to know the center of {create}", within=wait_s)


def tag(resource: dict[str, Any]) -> str:
    """The If-Match of the version a resource was read at."""
    return f'"{resource["version"]}"'


async def until(probe: Callable[[], Awaitable[T | None]], *, what: str, within: float) -> T:
    """Poll ``probe`` until it gives something truthy; what events make arrives a moment later."""
    deadline = time.monotonic() + within
    while True:
        result = await probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise DemoError(f"gave up after {within:.0f}s waiting for {what}")
        await asyncio.sleep(POLL_S)


class Loader:
    """The demo's steps in order; each returns what the next ones refer to."""

    def __init__(self, api: Api, *, wait_s: float, say: Callable[[str], None]) -> None:
        self.api = api
        self.wait_s = wait_s
        self.say = say
        self.today = china_today()
        self.summary = Summary()
        self.admin = api.token(Role.MUNICIPAL_ADMIN, "demo-city-admin")
        self.finance = [api.token(Role.FINANCE_OFFICER, f"demo-finance-{n}") for n in ("a", "b")]
        self.talent_officer = api.token(Role.TALENT_OFFICER, "demo-talent-officer")

    def member(self, center_id: str) -> str:
        """The token of the center's own user."""
        return self.api.token(Role.CENTER_USER, f"demo-user-{center_id[:8]}", center=center_id)

    async def run(self) -> Summary:
        await self.api.answering()
        await self.refuse_twice()
        centers = await self.centers()
        await self.support_cases(centers)
        await self.talents(centers)
        await self.scenarios(centers)
        return self.summary

    async def refuse_twice(self) -> None:
        found = await self.api.call(
            "registry", "GET", "/api/v1/centers", self.admin, params={"q": dataset.MARKER.name}
        )
        if any(item["name"] == dataset.MARKER.name for item in found["items"]):
            raise DemoError(
                f"the demo data is already loaded ({dataset.MARKER.name} exists): it is not loaded "
                "twice; `make clean` and `make run` start over"
            )

    async def centers(self) -> dict[str, dict[str, Any]]:
        """The 25 centers, each walked to its status; the upgraded ones upgraded."""
        made: dict[str, dict[str, Any]] = {}
        for index, center in enumerate(dataset.CENTERS, start=1):
            body = await self.api.call(
                "registry",
                "POST",
                "/api/v1/centers",
                self.admin,
                json=dataset.center_payload(index, center),
                create=f"center-{center.key}",
            )
            if center.mode == "corporate_alliance":
                await self.governance(body["id"], dataset.governance_payload(index, center))
            for action in dataset.PATHS[center.status]:
                body = await self.api.call(
                    "registry",
                    "POST",
                    f"/api/v1/centers/{body['id']}/actions/{action}",
                    self.actor_of(action, body),
                    json={"comment": dataset.COMMENTS[action]},
                )
            for upgrade in center.upgrades:
                upgraded = await self.api.call(
                    "registry",
                    "POST",
                    f"/api/v1/centers/{body['id']}/upgrades",
                    self.admin,
                    json=dataset.upgrade_payload(upgrade),
                    create=f"upgrade-{center.key}-{upgrade.tier}",
                )
                body = upgraded["center"]
                self.summary.upgrades += 1
            made[center.key] = body
            self.summary.centers[body["status"]] += 1
        self.say(f"registry: {len(made)} centers, {self.summary.upgrades} upgrades")
        return made

    def actor_of(self, action: str, center: dict[str, Any]) -> str:
        """Who takes the action: the center applies and withdraws, its district recommends, the
        city decides."""
        if action in ("submit", "withdraw"):
            return self.member(center["id"])
        if action == "recommend":
            district = center["district"]
            return self.api.token(Role.DISTRICT_ADMIN, f"demo-{district}-admin", district=district)
        return self.admin

    async def governance(self, center_id: str, body: dict[str, Any]) -> None:
        """A corporate-alliance center's governance (PUT with the ETag just read)."""
        path = f"/api/v1/centers/{center_id}/governance"
        current = await self.api.send("registry", "GET", path, self.admin)
        await self.api.call(
            "registry", "PUT", path, self.admin, json=body, if_match=current.headers.get("etag", "*")
        )

    async def support_cases(self, centers: dict[str, dict[str, Any]]) -> None:
        """Wait for the cases funding opens from the upgrades, then move a few along."""
        cases: dict[tuple[str, str], dict[str, Any]] = {}
        for center in dataset.CENTERS:
            for upgrade in center.upgrades:
                cases[center.key, upgrade.tier] = await self.case_of(centers[center.key]["id"], upgrade.tier)
        await self.budget()
        # A provincial grant paid and closed; a national grant approved, its first tranche paid;
        # equity chosen for another. The rest stay as funding evaluated them (evaluated,
        # needs_review for the center upgraded twice, ineligible where matching funds are due).
        closed = await self.approve(cases["icv", "provincial"], option="grant")
        closed = await self.pay(closed, closed["approved_amount"], 1)
        cases["icv", "provincial"] = await self.case_action(
            closed, "close", self.admin, comment="资金拨付完毕，结案"
        )
        approved = await self.approve(cases["nev", "national"], option="grant")
        half = f"{float(approved['approved_amount']) / 2:.2f}"
        cases["nev", "national"] = await self.pay(approved, half, 2)
        biomed = cases["biomed", "provincial"]
        cases["biomed", "provincial"] = await self.case_action(
            biomed,
            "select_option",
            self.member(biomed["center_id"]),
            option="equity",
            comment="选择股权投资方式",
        )
        for case in cases.values():
            self.summary.support_cases[case["status"]] += 1
        self.say(f"funding: {len(cases)} upgrade support cases")

    async def case_of(self, center_id: str, tier: str) -> dict[str, Any]:
        async def found() -> dict[str, Any] | None:
            page = await self.api.call(
                "funding",
                "GET",
                "/api/v1/support-cases",
                self.admin,
                params={"center_id": center_id, "tier": tier},
            )
            items: list[dict[str, Any]] = page["items"]
            return items[0] if items else None

        return await until(found, what=f"funding's {tier} support case of {center_id}", within=self.wait_s)

    async def budget(self) -> None:
        """This year's upgrade-support budget, made unless there is one (approvals commit it)."""
        params = {"year": str(self.today.year), "category": "upgrade_support"}
        found = await self.api.call("funding", "GET", "/api/v1/budgets", self.admin, params=params)
        if not found["items"]:
            body = {"year": self.today.year, "category": "upgrade_support", "allocated": BUDGET_ALLOCATED}
            await self.api.call("funding", "POST", "/api/v1/budgets", self.admin, json=body, create="budget")

    async def case_action(self, case: dict[str, Any], action: str, token: str, **body: Any) -> dict[str, Any]:
        result: dict[str, Any] = await self.api.call(
            "funding", "POST", f"/api/v1/support-cases/{case['id']}/actions/{action}", token, json=body
        )
        return result

    async def approve(self, case: dict[str, Any], *, option: str) -> dict[str, Any]:
        """The center chooses, two different finance officers approve (maker-checker)."""
        case = await self.case_action(
            case, "select_option", self.member(case["center_id"]), option=option, comment="选择一次性补助"
        )
        case = await self.case_action(case, "approve", self.finance[0], comment="初审同意")
        return await self.case_action(case, "approve", self.finance[1], comment="复核同意")

    async def pay(self, case: dict[str, Any], amount: str, tranche: int) -> dict[str, Any]:
        return await self.case_action(
            case,
            "disburse",
            self.finance[0],
            voucher_no=f"穗财拨〔{self.today.year}〕{tranche:03d}号",
            amount=amount,
            paid_on=self.today.isoformat(),
        )

    async def talents(self, centers: dict[str, dict[str, Any]]) -> None:
        """Talents registered by their centers, and applications to this year's 红棉计划 round."""
        registered: list[tuple[dataset.Talent, dict[str, Any]]] = []
        for serial, talent in enumerate(dataset.TALENTS, start=1):
            center_id = centers[talent.center]["id"]
            body = await self.api.create_once_known(
                "talent",
                "/api/v1/talents",
                self.member(center_id),
                dataset.talent_payload(serial, talent, center_id),
                create=f"talent-{serial}",
                wait_s=self.wait_s,
            )
            registered.append((talent, body))
        self.summary.talents = len(registered)
        round_id = await self.red_kapok_round()
        # One awarded, one submitted, one recommended, one still a draft.
        walks = [("recommend", "submit", "award"), ("recommend", "submit"), ("recommend",), ()]
        applicants = [(t, b) for t, b in registered if t.level in dataset.RECOMMENDATIONS][: len(walks)]
        for (talent, body), steps in zip(applicants, walks, strict=True):
            member = self.member(body["center_id"])
            application = await self.api.call(
                "talent",
                "POST",
                "/api/v1/talent-applications",
                member,
                json={
                    "talent_id": body["id"],
                    "round_id": round_id,
                    "recommendation": dataset.RECOMMENDATIONS[talent.level],
                },
                create=f"application-{body['id']}",
            )
            for step in steps:
                application = await self.api.call(
                    "talent",
                    "POST",
                    f"/api/v1/talent-applications/{application['id']}/actions/{step}",
                    member if step == "recommend" else self.talent_officer,
                    json={},
                    if_match=tag(application),
                )
            self.summary.applications[application["status"]] += 1
        self.say(f"talent: {len(registered)} talents, {len(applicants)} 红棉计划 applications")

    async def red_kapok_round(self) -> str:
        """This year's round of 红棉计划: made, or the one a talent officer already opened."""
        path = f"/api/v1/talent-programmes/{dataset.RED_KAPOK}/rounds"
        response = await self.api.send(
            "talent",
            "POST",
            path,
            self.talent_officer,
            json=dataset.round_payload(self.today),
            create="round",
        )
        if response.status_code == 201:
            created: str = response.json()["id"]
            return created
        rounds = await self.api.call("talent", "GET", path, self.talent_officer, params={"limit": "200"})
        for item in rounds["items"]:
            if item["year"] == self.today.year:
                existing: str = item["id"]
                return existing
        raise DemoError(f"POST talent{path}: {response.status_code} {response.text[:500]}")

    async def scenarios(self, centers: dict[str, dict[str, Any]]) -> None:
        """Scenarios published by their bureaus, the centers' offerings, matches and pilots."""
        scenarios: dict[str, tuple[str, dict[str, Any]]] = {}
        for scenario in dataset.SCENARIOS:
            publisher = self.api.token(Role.SCENARIO_PUBLISHER, f"demo-{scenario.publisher_sub}")
            draft = await self.api.call(
                "scenarios",
                "POST",
                "/api/v1/scenarios",
                publisher,
                json=dataset.scenario_payload(scenario, self.today),
                create=f"scenario-{scenario.key}",
            )
            published = await self.api.call(
                "scenarios",
                "POST",
                f"/api/v1/scenarios/{draft['id']}/actions/publish",
                publisher,
                json={"comment": "场景需求经审核，向社会开放"},
                if_match=tag(draft),
            )
            scenarios[scenario.key] = (publisher, published)
        self.summary.scenarios = len(scenarios)
        offerings: dict[str, dict[str, Any]] = {}
        for offering in dataset.OFFERINGS:
            center_id = centers[offering.center]["id"]
            offerings[offering.key] = await self.api.create_once_known(
                "scenarios",
                "/api/v1/offerings",
                self.member(center_id),
                {
                    "center_id": center_id,
                    "name": offering.name,
                    "description": offering.description,
                    "cluster_code": offering.cluster,
                    "tags": list(offering.tags),
                    "maturity_level": offering.maturity_level,
                    "certifications": list(offering.certifications),
                },
                create=f"offering-{offering.key}",
                wait_s=self.wait_s,
            )
        self.summary.offerings = len(offerings)
        for scenario_key, offering_key, reach in dataset.MATCHES:
            publisher, published = scenarios[scenario_key]
            await self.match(publisher, published, offerings[offering_key], reach)
        self.say(f"scenarios: {len(scenarios)} scenarios, {len(offerings)} offerings, pilots")

    async def match(
        self, publisher: str, scenario: dict[str, Any], offering: dict[str, Any], reach: str
    ) -> None:
        """The bureau proposes the offering for its scenario; the center accepts; a pilot follows."""
        match = await self.api.call(
            "scenarios",
            "POST",
            "/api/v1/matches",
            publisher,
            json={"scenario_id": scenario["id"], "offering_id": offering["id"], "note": "供需对接会推荐"},
            create=f"match-{scenario['id']}-{offering['id']}",
        )
        if reach != "proposed":
            match = await self.api.call(
                "scenarios",
                "POST",
                f"/api/v1/matches/{match['id']}/actions/accept",
                self.member(offering["center_id"]),
                json={},
                if_match=tag(match),
            )
        self.summary.matches[match["status"]] += 1
        if reach == "proposed":
            return
        pilot = await self.api.call(
            "scenarios",
            "POST",
            "/api/v1/pilots",
            publisher,
            json={
                "match_id": match["id"],
                "plan": f"{scenario['title']}：三个月内完成验证、迭代和示范推广。",
            },
            create=f"pilot-{match['id']}",
        )
        milestones = dataset.MILESTONES if reach == "completed" else dataset.MILESTONES[:1]
        for n, milestone in enumerate(milestones, start=1):
            pilot = await self.api.call(
                "scenarios",
                "POST",
                f"/api/v1/pilots/{pilot['id']}/milestones/{milestone}/complete",
                self.member(offering["center_id"]),
                json={
                    "summary": dataset.MILESTONE_SUMMARIES[milestone],
                    "evidence": [
                        {
                            "title": "阶段检测报告",
                            "document_ref": f"GZ-PILOT-{self.today.year}-{n:03d}",
                            "kind": "report",
                        }
                    ],
                },
                if_match=tag(pilot),
            )
        if reach == "completed":
            pilot = await self.api.call(
                "scenarios",
                "POST",
                f"/api/v1/pilots/{pilot['id']}/actions/complete",
                publisher,
                json={"outcome": "successful", "summary": "三个阶段均达到预期目标，示范推广成功。"},
                if_match=tag(pilot),
            )
        self.summary.pilots[pilot["status"]] += 1


async def load(
    clients: Mapping[str, httpx.AsyncClient],
    *,
    signing: ServiceSettings,
    wait_s: float = 60.0,
    say: Callable[[str], None] = lambda _line: None,
) -> Summary:
    """Load the demo through ``clients`` (one per service, with its base URL); tokens are signed
    with ``signing``'s development key."""
    return await Loader(Api(clients, signing), wait_s=wait_s, say=say).run()


@contextlib.asynccontextmanager
async def clients_for(urls: Mapping[str, str]) -> AsyncIterator[dict[str, httpx.AsyncClient]]:
    """One HTTP client per service at its base URL."""
    async with contextlib.AsyncExitStack() as stack:
        yield {
            service: await stack.enter_async_context(httpx.AsyncClient(base_url=url, timeout=30.0))
            for service, url in urls.items()
        }
