from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.round_create import RoundCreate
from ...models.round_out import RoundOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    programme_id: UUID,
    *,
    body: RoundCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/talent-programmes/{programme_id}/rounds".format(
            programme_id=quote(str(programme_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RoundOut | None:
    if response.status_code == 201:
        response_201 = RoundOut.from_dict(response.json())

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
) -> Response[Problem | RoundOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RoundCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RoundOut]:
    """Enter a programme's round of one year, with its opening day and deadline (talent officer)

    Args:
        programme_id (UUID):
        idempotency_key (None | str | Unset): the same key and body return the first result
        body (RoundCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoundOut]
    """

    kwargs = _get_kwargs(
        programme_id=programme_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RoundCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RoundOut | None:
    """Enter a programme's round of one year, with its opening day and deadline (talent officer)

    Args:
        programme_id (UUID):
        idempotency_key (None | str | Unset): the same key and body return the first result
        body (RoundCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoundOut
    """

    return sync_detailed(
        programme_id=programme_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RoundCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RoundOut]:
    """Enter a programme's round of one year, with its opening day and deadline (talent officer)

    Args:
        programme_id (UUID):
        idempotency_key (None | str | Unset): the same key and body return the first result
        body (RoundCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoundOut]
    """

    kwargs = _get_kwargs(
        programme_id=programme_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RoundCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RoundOut | None:
    """Enter a programme's round of one year, with its opening day and deadline (talent officer)

    Args:
        programme_id (UUID):
        idempotency_key (None | str | Unset): the same key and body return the first result
        body (RoundCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoundOut
    """

    return (
        await asyncio_detailed(
            programme_id=programme_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
