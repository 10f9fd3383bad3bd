"""Which upstream the gateway's nginx.conf sends a path to, by nginx's own location rules.

Why not a running nginx: there is no engine here, and the rules are short enough to state. nginx
tries exact locations (``=``), then remembers the longest matching prefix, then takes the first
matching regex (``~``, ``~*``) in file order, falling back to that prefix (``^~`` on the prefix
skips the regexes). Only what deploy/gateway/nginx.conf uses is parsed: ``location`` blocks with
an optional ``proxy_pass http://<upstream>[/...]`` and ``upstream`` blocks with ``server`` lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

LOCATION = re.compile(r"^\s*location\s+(?:(=|~\*|~|\^~)\s+)?(\S+)\s*\{", re.MULTILINE)
PROXY_PASS = re.compile(r"proxy_pass\s+http://([\w.-]+)")
UPSTREAM = re.compile(r"upstream\s+([\w-]+)\s*\{([^}]*)\}")
SERVER = re.compile(r"server\s+([\w.-]+):(\d+)")


@dataclass(frozen=True)
class Location:
    modifier: str  # "", "=", "~", "~*" or "^~"
    pattern: str
    upstream: str | None  # None: answered by nginx itself (return ...)


def _block(text: str, start: int) -> str:
    """The text of the ``{ ... }`` block whose opening brace is at ``start - 1``."""
    depth, index = 1, start
    while depth:
        depth += {"{": 1, "}": -1}.get(text[index], 0)
        index += 1
    return text[start : index - 1]


def locations(path: Path) -> list[Location]:
    text = path.read_text(encoding="utf-8")
    found = []
    for match in LOCATION.finditer(text):
        proxy = PROXY_PASS.search(_block(text, match.end()))
        found.append(Location(match.group(1) or "", match.group(2), proxy.group(1) if proxy else None))
    return found


def upstreams(path: Path) -> dict[str, tuple[str, int]]:
    """Each upstream's one server as (host, port)."""
    servers = {}
    for name, body in UPSTREAM.findall(path.read_text(encoding="utf-8")):
        host, port = SERVER.findall(body)[0]
        servers[name] = (host, int(port))
    return servers


def route(table: list[Location], path: str) -> Location | None:
    """The location nginx picks for ``path``."""
    for location in table:
        if location.modifier == "=" and location.pattern == path:
            return location
    prefixes = [loc for loc in table if loc.modifier in ("", "^~") and path.startswith(loc.pattern)]
    longest = max(prefixes, key=lambda loc: len(loc.pattern), default=None)
    if longest is not None and longest.modifier == "^~":
        return longest
    for location in table:
        flags = re.IGNORECASE if location.modifier == "~*" else 0
        if location.modifier in ("~", "~*") and re.search(location.pattern, path, flags):
            return location
    return longest
