"""The permission matrix must cover an API exactly before a service starts (issue 15)."""

from __future__ import annotations

import pytest
from fastapi import FastAPI

from shared.auth import CurrentPrincipal, Role
from shared.permissions import PUBLIC, PermissionMatrix, allow


def toy_app() -> FastAPI:
    app = FastAPI()

    @app.get("/things")
    async def things(principal: CurrentPrincipal) -> list[str]:
        return []

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {}

    return app


def test_a_matrix_covering_every_operation_installs_and_publishes_itself() -> None:
    app = toy_app()
    PermissionMatrix({"GET /things": allow(Role.MUNICIPAL_ADMIN), "GET /healthz": PUBLIC}).install(app)
    assert app.openapi()["paths"]["/things"]["get"]["x-permission"]["roles"] == ["municipal_admin"]


@pytest.mark.parametrize(
    ("entries", "complaint"),
    [
        ({"GET /healthz": PUBLIC}, "no entry for GET /things"),
        (
            {"GET /things": allow(Role.EXPERT), "GET /healthz": PUBLIC, "DELETE /things": allow(Role.EXPERT)},
            "entry for an unknown operation DELETE /things",
        ),
        ({"GET /things": PUBLIC, "GET /healthz": PUBLIC}, "GET /things is public in the matrix but asks"),
        (
            {"GET /things": allow(Role.EXPERT), "GET /healthz": allow(Role.EXPERT)},
            "GET /healthz is for roles in the matrix but does not ask",
        ),
    ],
)
def test_a_matrix_that_does_not_match_the_api_stops_the_service(
    entries: dict[str, object], complaint: str
) -> None:
    with pytest.raises(RuntimeError, match=complaint):
        PermissionMatrix(entries).install(toy_app())  # type: ignore[arg-type]


def test_integration_is_let_in_by_scopes_not_by_role() -> None:
    with pytest.raises(ValueError, match="scopes"):
        allow(Role.INTEGRATION)
