"""The typed clients in clients/ are what ``make clients`` generates from today's OpenAPI specs
(issue 16, item 5): a changed route or schema without regenerated clients fails here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from shared.clients import CLIENTS, OPENAPI_TYPESCRIPT, generate

REGENERATE = "run make clients and commit the result"


def _files(root: Path, pattern: str) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.glob(pattern))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.mark.timeout(300)
def test_the_committed_specs_and_clients_are_what_make_clients_generates(tmp_path: Path) -> None:
    with_typescript = OPENAPI_TYPESCRIPT.exists()
    if not with_typescript and os.environ.get("CI"):
        pytest.fail(f"{OPENAPI_TYPESCRIPT} is missing: make install runs npm ci in clients/typescript")
    generate(tmp_path, with_typescript=with_typescript)
    kinds = ["openapi/*.json", "python/**/*", *(["typescript/*.d.ts"] if with_typescript else [])]
    for pattern in kinds:
        generated, committed = _files(tmp_path, pattern), _files(CLIENTS, pattern)
        assert sorted(generated) == sorted(committed), f"{pattern}: files differ; {REGENERATE}"
        stale = [name for name in generated if generated[name] != committed[name]]
        assert stale == [], f"{pattern}: out of date; {REGENERATE}"
    if not with_typescript:
        pytest.skip("compared the specs and the Python clients; openapi-typescript (npm) is not installed")
