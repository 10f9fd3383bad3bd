"""The ``mic`` command line: options parsed as before (Makefile, compose, README use them), the
development token it prints, and the refusals that need no running stack."""

from __future__ import annotations

import subprocess
import sys

import jwt
import pytest
from typer.testing import CliRunner

from shared.cli import app, main
from shared.localbroker import free_port
from shared.settings import ServiceSettings

runner = CliRunner()


def test_token_prints_a_development_jwt_with_the_claims_asked_for() -> None:
    result = runner.invoke(app, ["token", "--role", "district_admin", "--district", "tianhe", "--sub", "li"])
    assert result.exit_code == 0, result.output
    settings = ServiceSettings()
    claims = jwt.decode(
        result.output.strip(),
        settings.jwt_secret.get_secret_value(),
        algorithms=[settings.jwt_algorithm],
        audience=settings.jwt_audience,
    )
    assert (claims["sub"], claims["roles"], claims["district"]) == ("li", ["district_admin"], "tianhe")


def test_an_unknown_role_or_service_and_a_missing_option_are_usage_errors() -> None:
    assert runner.invoke(app, ["token", "--role", "mayor"]).exit_code == 2
    assert runner.invoke(app, ["audit-verify", "--service", "billing"]).exit_code == 2
    assert runner.invoke(app, ["republish", "--service", "registry", "--since", "2026-11-01"]).exit_code == 2
    assert runner.invoke(app, ["dead-letters", "redrive"]).exit_code == 2


def test_main_returns_on_success_and_exits_with_the_status_otherwise(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["token", "--role", "expert"])  # no SystemExit: in-process callers go on
    assert capsys.readouterr().out.count(".") == 2  # header.payload.signature
    with pytest.raises(SystemExit) as exited:
        main(["token"])
    assert exited.value.code == 2


def test_the_token_command_does_not_load_fastapi_or_sqlalchemy() -> None:
    """``make token`` must answer well under a second (issue 21): no service app behind it."""
    script = (
        "import sys; from shared.cli import main; main(['token', '--role', 'municipal_admin']); "
        "print(sorted(m for m in ('fastapi', 'sqlalchemy', 'aiokafka') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.splitlines()[-1] == "[]"


def test_the_demo_says_how_to_start_the_stack_when_it_does_not_answer() -> None:
    result = runner.invoke(app, ["demo", "--gateway", f"http://127.0.0.1:{free_port()}"])
    assert result.exit_code == 1
    assert "does not answer" in result.output
    assert "make run" in result.output


def test_the_demo_refuses_a_production_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIC_ENVIRONMENT", "production")
    monkeypatch.setenv("MIC_JWT_JWKS_URL", "https://idp.example.cn/jwks")
    result = runner.invoke(app, ["demo", "--gateway", f"http://127.0.0.1:{free_port()}"])
    assert result.exit_code == 1
    assert "environment is production" in result.output
