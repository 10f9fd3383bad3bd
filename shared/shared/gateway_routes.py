"""The gateway's one table of routes: which service serves each ``/api/v1/<resource>``.

Both gateways are generated from it by ``make gateway`` (``shared.gateway_config``): nginx in
compose (``deploy/gateway/nginx.conf``) and Caddy under ``make run`` (``deploy/gateway/Caddyfile``),
so the two never disagree and nobody merges a route by hand. ``tests/test_gateway.py`` checks that
every ``/api/v1/<resource>`` of every service's OpenAPI document lands on the service serving it.

Adding a service is one :class:`Upstream` line in :data:`UPSTREAMS` (then ``make gateway``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

API_PREFIX = "/api/v1/"
SEGMENT = re.compile(r"[a-z][a-z0-9-]*")


@dataclass(frozen=True)
class Upstream:
    """A service behind the gateway: its name (compose host, ``/<name>/`` prefix), its port, and
    the first path segments after ``/api/v1/`` that it owns."""

    name: str
    port: int
    resources: tuple[str, ...]
    # Its requests can carry personal data in the query string (talent's ?id_number=): the error
    # log, which writes the whole request line when the upstream fails, keeps only critical lines.
    quiet_error_log: bool = False

    def __post_init__(self) -> None:
        """Names and resources go into regexes and configs as they are: plain path segments only."""
        for segment in (self.name, *self.resources):
            if not SEGMENT.fullmatch(segment):
                raise ValueError(f"{segment!r} is not a plain path segment")


@dataclass(frozen=True)
class ExactRoute:
    """A path inside another service's resource that belongs elsewhere; tried before the table."""

    regex: str
    service: str
    why: str


UPSTREAMS: tuple[Upstream, ...] = (
    # ``meta`` is served by every service (``/api/v1/meta/enums``): routed to registry, as it always
    # was, a known exception (KNOWN_EXCEPTIONS); the others' at /<service>/api/v1/meta/enums.
    Upstream(
        "registry",
        8001,
        (
            "centers",
            "organizations",
            "industries",
            "sub-sectors",
            "districts",
            "programme",
            "evaluations",
            "experts",
            "documents",
            "reference-changes",
            "meta",
        ),
    ),
    Upstream(
        "funding",
        8002,
        (
            "policies",
            "support-cases",
            "budgets",
            "investments",
            "calculators",
            "municipal-support",
            "platforms",
            "recognitions",
        ),
    ),
    Upstream(
        "talent",
        8003,
        (
            "talents",
            "teams",
            "talent-applications",
            "talent-programmes",
            "service-requests",
            "service-entitlements",
        ),
        quiet_error_log=True,
    ),
    Upstream("scenarios", 8004, ("scenarios", "offerings", "matches", "pilots", "matchmaking-events")),
    Upstream("notifications", 8005, ("webhooks", "notification-preferences")),
)

EXACT_ROUTES: tuple[ExactRoute, ...] = (
    ExactRoute(
        r"^/api/v1/centers/[^/]+/talent-summary$",
        "talent",
        "a center's talent summary is talent's, inside registry's /centers: exactly that path, one "
        "segment for the id (talent validates it), nothing below or beside it",
    ),
)

# Served by every service, each its own (its audit log): reachable only as /<service>/api/v1/<resource>.
PER_SERVICE_RESOURCES: frozenset[str] = frozenset({"audit"})
# Resources more than one service serves, routed to one of them on purpose: resource -> the one.
KNOWN_EXCEPTIONS: dict[str, str] = {"meta": "registry"}


def upstream(name: str) -> Upstream:
    """The upstream called ``name``."""
    return next(u for u in UPSTREAMS if u.name == name)


def route_for(path: str) -> str | None:
    """The service the gateway sends ``path`` to by resource (what the generated configs do), or
    ``None`` when none does (a 404 from the gateway)."""
    for exact in EXACT_ROUTES:
        if re.match(exact.regex, path):
            return exact.service
    if not path.startswith(API_PREFIX):
        return None
    resource = path[len(API_PREFIX) :].split("/", 1)[0]
    return next((u.name for u in UPSTREAMS if resource in u.resources), None)


def resource_regex(upstream: Upstream) -> str:
    """The path regex of an upstream's resources: the segment itself, or anything below it."""
    return rf"^/api/v1/({'|'.join(upstream.resources)})(/|$)"
