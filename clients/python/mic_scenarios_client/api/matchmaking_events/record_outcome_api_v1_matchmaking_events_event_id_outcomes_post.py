from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.outcome_create import OutcomeCreate
from ...models.outcome_out import OutcomeOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: UUID,
    *,
    body: OutcomeCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/matchmaking-events/{event_id}/outcomes".format(
            event_id=quote(str(event_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutcomeOut | Problem | None:
    if response.status_code == 201:
        response_201 = OutcomeOut.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OutcomeOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OutcomeCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[OutcomeOut | Problem]:
    """Record an outcome of a held event (its organizer, or a municipal_admin)

     For a scenario on show, with a center's offering (`offering_id`) or a company (`company_name`). An
    `intention_signed` with an offering announces `gz.mic.scenarios.matchmaking.intention_signed.v1` on
    `scenarios.matchmaking`, from which the matches side opens a match. Before the event is held: 409
    `event-not-held`.

    Args:
        event_id (UUID):
        idempotency_key (None | str | Unset): the same key and body return the first result
        body (OutcomeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutcomeOut | Problem]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OutcomeCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> OutcomeOut | Problem | None:
    """Record an outcome of a held event (its organizer, or a municipal_admin)

     For a scenario on show, with a center's offering (`offering_id`) or a company (`company_name`). An
    `intention_signed` with an offering announces `gz.mic.scenarios.matchmaking.intention_signed.v1` on
    `scenarios.matchmaking`, from which the matches side opens a match. Before the event is held: 409
    `event-not-held`.

    Args:
        event_id (UUID):
        idempotency_key (None | str | Unset): the same key and body return the first result
        body (OutcomeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutcomeOut | Problem
    """

    return sync_detailed(
        event_id=event_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OutcomeCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[OutcomeOut | Problem]:
    """Record an outcome of a held event (its organizer, or a municipal_admin)

     For a scenario on show, with a center's offering (`offering_id`) or a company (`company_name`). An
    `intention_signed` with an offering announces `gz.mic.scenarios.matchmaking.intention_signed.v1` on
    `scenarios.matchmaking`, from which the matches side opens a match. Before the event is held: 409
    `event-not-held`.

    Args:
        event_id (UUID):
        idempotency_key (None | str | Unset): the same key and body return the first result
        body (OutcomeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutcomeOut | Problem]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OutcomeCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> OutcomeOut | Problem | None:
    """Record an outcome of a held event (its organizer, or a municipal_admin)

     For a scenario on show, with a center's offering (`offering_id`) or a company (`company_name`). An
    `intention_signed` with an offering announces `gz.mic.scenarios.matchmaking.intention_signed.v1` on
    `scenarios.matchmaking`, from which the matches side opens a match. Before the event is held: 409
    `event-not-held`.

    Args:
        event_id (UUID):
        idempotency_key (None | str | Unset): the same key and body return the first result
        body (OutcomeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutcomeOut | Problem
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
