"""Every request body has an example that the API accepts (CONVENTIONS "API field names", issue 21
item 3): the OpenAPI document of every service carries one for each JSON body, and posting each
first example to its own path never gets a server error nor a 422 for the example itself.

The walk goes over each app's own OpenAPI document, so a body added later is covered too.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest

from shared.localbroker import LocalBroker
from shared.platform import SERVICES, service_builder
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from tests.stack import Stack, running_stack


@functools.cache
def documents() -> dict[str, dict[str, Any]]:
    """Each service's OpenAPI document, built once, when a test first asks (not at collection)."""
    return {service: service_builder(service)().openapi() for service in SERVICES}


JSON = "application/json"
# Bodies that are not JSON, and so carry no JSON example: (service, method, path template) → why.
EXCEPTIONS: dict[tuple[str, str, str], str] = {
    # A multipart file upload: the body is the document's bytes, which no JSON example can hold.
    ("registry", "POST", "/api/v1/centers/{center_id}/documents"): "multipart/form-data upload",
}
# The role to call as, of those an operation's x-permission allows: the city first, then an officer
# whose token needs no center or assignment of its own to reach the example's body.
ROLE_PREFERENCE = (
    "municipal_admin",
    "talent_officer",
    "finance_officer",
    "scenario_publisher",
    "district_admin",
    "expert",
    "center_user",
)
# A 422 for an example run against an empty stack may only name references to things that do not
# exist there (a center, an organization, a talent): the fresh ids an example cannot know.
REFERENCE_SUFFIXES = ("_id", "_ids", "_sub")


@dataclass(frozen=True)
class Operation:
    service: str
    method: str
    template: str
    operation: dict[str, Any]
    media: dict[str, Any]
    schema: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.service} {self.method} {self.template}"


def _resolve(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    """The body's own schema: a ``$ref`` followed, an optional body (``anyOf`` with null) unwrapped."""
    if "$ref" in schema:
        return _resolve(components[schema["$ref"].rsplit("/", 1)[-1]], components)
    for alternative in schema.get("anyOf", []):
        if alternative.get("type") != "null":
            resolved = _resolve(alternative, components)
            return {**resolved, **{k: v for k, v in schema.items() if k in ("example", "examples")}}
    return schema


def _examples(media: dict[str, Any], schema: dict[str, Any]) -> list[Any]:
    if "example" in media:
        return [media["example"]]
    if "examples" in media:  # OpenAPI's named examples: {name: {"value": ...}}
        return [e.get("value") for e in media["examples"].values()]
    if "example" in schema:
        return [schema["example"]]
    return list(schema.get("examples", []))


@functools.cache
def body_operations() -> list[Operation]:
    """Every operation of every service with a request body (the exception table excepted)."""
    found = []
    for service, document in documents().items():
        components = document.get("components", {}).get("schemas", {})
        for template, operations in document["paths"].items():
            for method, operation in operations.items():
                if "requestBody" not in operation or (service, method.upper(), template) in EXCEPTIONS:
                    continue
                media = operation["requestBody"]["content"].get(JSON, {})
                schema = _resolve(media.get("schema", {}), components)
                found.append(Operation(service, method.upper(), template, operation, media, schema))
    return found


def first_example(op: Operation) -> Any:
    examples = _examples(op.media, op.schema)
    return examples[0] if examples else None


def test_every_json_request_body_has_an_example() -> None:
    missing = [op.name for op in body_operations() if not _examples(op.media, op.schema)]
    assert missing == [], "request bodies without an example:\n" + "\n".join(missing)


def test_the_exception_table_names_only_bodies_that_are_not_json() -> None:
    for (service, method, template), _why in EXCEPTIONS.items():
        operation = documents()[service]["paths"][template][method.lower()]
        assert JSON not in operation["requestBody"]["content"], (service, method, template)


def _roles_for(op: Operation, action: str | None) -> list[str]:
    permission = op.operation.get("x-permission", {})
    if action is not None and action in permission:
        permission = permission[action]
    roles: list[str] = permission.get("roles", ["municipal_admin"])
    return roles


def _path(op: Operation, sub: str) -> tuple[str, str | None]:
    """The path with every parameter filled in (a fresh id, the enum's first value, the caller's
    sub), and the action named in it, if any."""
    path, action = op.template, None
    for parameter in op.operation.get("parameters", []):
        if parameter["in"] != "path":
            continue
        schema = parameter.get("schema", {})
        if "$ref" in schema or "enum" in schema or "anyOf" in schema:
            value = _first_enum_value(op, parameter)
        elif schema.get("format") == "uuid":
            value = str(uuid.uuid4())
        elif parameter["name"].endswith("_sub"):
            value = sub
        elif schema.get("type") == "integer":
            value = "1"
        else:
            value = "huangpu"
        if parameter["name"] == "action":
            action = value
        path = path.replace("{" + parameter["name"] + "}", value)
    return path, action


def _first_enum_value(op: Operation, parameter: dict[str, Any]) -> str:
    components = documents()[op.service].get("components", {}).get("schemas", {})
    schema = _resolve(parameter["schema"], components)
    values: list[str] = schema.get("enum", [])
    return values[0]


def _own_faults(problem: dict[str, Any]) -> list[str]:
    """The errors of a 422 that are the example's own (a value refused by the schema or a rule),
    not a reference to something this empty stack lacks."""
    faults = []
    for error in problem.get("errors", []):
        name = [part for part in error["field"].split(".") if not part.isdigit()][-1:]
        if not name or not name[0].endswith(REFERENCE_SUFFIXES):
            faults.append(f"{error['field']}: {error['message']}")
    if not problem.get("errors"):
        faults.append(problem.get("detail", ""))
    return faults


@pytest.fixture(scope="module")
async def stack(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    urls, bootstrap = await fresh_databases(), broker.bootstrap_servers
    async with running_stack(urls, bootstrap, services=SERVICES) as running:
        yield running


async def test_every_example_is_accepted_or_refused_by_a_documented_rule(
    stack: Stack, token: TokenFactory
) -> None:
    failures = []
    accepted: set[str] = set()
    for op in body_operations():
        example = first_example(op)
        if example is None:
            continue  # the completeness test names it
        sub = "example-tester"
        path, action = _path(op, sub)
        roles = _roles_for(op, action)
        role = min(
            roles, key=lambda r: ROLE_PREFERENCE.index(r) if r in ROLE_PREFERENCE else len(ROLE_PREFERENCE)
        )
        headers = {**bearer(token(role, sub=sub, district="huangpu")), "Accept-Language": "en"}
        response = await stack.clients[op.service].request(op.method, path, json=example, headers=headers)
        status = response.status_code
        documented = {int(code) for code in op.operation.get("responses", {}) if code.isdigit()}
        if 200 <= status < 300:
            accepted.add(op.service)
            continue
        if status == 401 or (status == 403 and "is for" in response.json().get("detail", "")):
            # The token or the role the test chose, never a rule the example met: a broken walk.
            failures.append(f"{op.name} as {role}: {status} {response.text}")
            continue
        if status == 422 and (invalid := _own_faults(response.json())):
            failures.append(f"{op.name} as {role}: the example itself is refused: {invalid}")
            continue
        if status >= 500 or status not in documented or not 400 <= status < 500:
            failures.append(
                f"{op.name} as {role}: {status} (documented {sorted(documented)}) {response.text}"
            )
    assert failures == [], "\n".join(failures)
    # A walk that every service refused would prove nothing: each accepts some of its examples.
    assert accepted == {op.service for op in body_operations()}
