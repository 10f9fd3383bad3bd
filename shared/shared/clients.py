"""``make clients``: typed clients of every service, generated from its OpenAPI spec, so that
front ends and integrating departments never type the API by hand (issue 16, item 5).

- ``clients/openapi/<service>.json``: the specs (``shared.openapi_dump``);
- ``clients/typescript/<service>.d.ts``: types by openapi-typescript, pinned in
  ``clients/typescript/package-lock.json`` (installed by ``make install`` when npm is there);
- ``clients/python/mic_<service>_client/``: a client by openapi-python-client (a dev dependency).

Everything is generated in a temporary folder and then moved in place, so the result does not
depend on where it is written; the freshness test generates the same way and compares.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from shared.openapi_dump import ROOT, dump

CLIENTS = ROOT / "clients"
OPENAPI_TYPESCRIPT = CLIENTS / "typescript" / "node_modules" / ".bin" / "openapi-typescript"
# Ruff without the project's configuration: the output must not change with where it is written.
PYTHON_CLIENT_CONFIG = """\
package_name_override: {package}
project_name_override: {project}
post_hooks:
  - "ruff check . --fix-only --isolated --no-cache --quiet"
  - "ruff format . --isolated --no-cache --quiet"
"""


class ToolMissing(RuntimeError):
    """openapi-typescript is not installed (``make install`` installs it where npm is)."""


def typescript(spec: Path, out: Path) -> list[str]:
    """Write the TypeScript types of ``spec`` to ``out``; the warnings openapi-typescript printed."""
    if not OPENAPI_TYPESCRIPT.exists():
        raise ToolMissing(f"{OPENAPI_TYPESCRIPT} is missing: run make install (needs npm)")
    out.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [str(OPENAPI_TYPESCRIPT), str(spec), "--output", str(out)], capture_output=True, text=True, check=True
    )
    said = [line.strip() for line in (done.stdout + done.stderr).splitlines()]
    return [f"{spec.name}: {line}" for line in said if line and not line.startswith(("✨", "🚀"))]


def python_client(spec: Path, out: Path) -> list[str]:
    """Write a Python client package of ``spec`` to ``out``; what the generator warned about."""
    package = out.name
    config = out.parent / f"{package}.config.yml"
    out.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(PYTHON_CLIENT_CONFIG.format(package=package, project=package.replace("_", "-")))
    bin_dir = Path(sys.executable).parent
    done = subprocess.run(
        [
            *(str(bin_dir / "openapi-python-client"), "generate", "--path", str(spec), "--meta", "none"),
            *("--output-path", str(out), "--config", str(config), "--overwrite"),
        ],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": f"{bin_dir}:/usr/bin:/bin"},  # its post hooks run the project's pinned ruff
    )
    config.unlink()
    said = [line.strip() for line in (done.stdout + done.stderr).splitlines()]
    # Its messages, without the JSON of the schema each one quotes.
    return [f"{spec.name}: {s}" for s in said if s[:1].isalpha() and not s.startswith("Generating")]


def generate(out: Path, *, with_typescript: bool = True) -> list[str]:
    """Every spec and client under ``out`` (``openapi/``, ``typescript/``, ``python/``); warnings."""
    warnings: list[str] = []
    for spec in dump(out / "openapi"):
        service = spec.stem
        if with_typescript:
            warnings += typescript(spec, out / "typescript" / f"{service}.d.ts")
        warnings += python_client(spec, out / "python" / f"mic_{service}_client")
    return warnings


def install(generated: Path, clients: Path = CLIENTS) -> None:
    """Replace what ``clients/`` holds of each kind by what was generated (package files stay)."""
    for kind in ("openapi", "python"):
        shutil.rmtree(clients / kind, ignore_errors=True)
        shutil.copytree(generated / kind, clients / kind)
    for old in (clients / "typescript").glob("*.d.ts"):
        old.unlink()
    for new in (generated / "typescript").glob("*.d.ts"):
        shutil.copy2(new, clients / "typescript" / new.name)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        warnings = generate(Path(tmp))
        install(Path(tmp))
    for warning in warnings:
        print(f"warning: {warning}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
