"""Each service's OpenAPI document, from its app as ``<service>.main`` builds it (no server, no
database): the input of the typed clients (``shared.clients``, ``make clients``).

``python -m shared.openapi_dump [OUT_DIR]`` writes ``<service>.json`` (default ``clients/openapi``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shared.platform import SERVICES, service_app

ROOT = Path(__file__).resolve().parents[2]


def dump(out: Path) -> list[Path]:
    """Write every service's spec to ``out/<service>.json``; the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for service in SERVICES:
        path = out / f"{service}.json"
        path.write_text(json.dumps(service_app(service).openapi(), ensure_ascii=False, indent=2) + "\n")
        written.append(path)
    return written


if __name__ == "__main__":
    for written in dump(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "clients" / "openapi"):
        print(written)
