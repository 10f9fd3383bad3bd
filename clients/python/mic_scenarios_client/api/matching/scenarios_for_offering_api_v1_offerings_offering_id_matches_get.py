from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.scenario_suggestions import ScenarioSuggestions
from ...types import UNSET, Response, Unset


def _get_kwargs(
    offering_id: UUID,
    *,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/offerings/{offering_id}/matches".format(
            offering_id=quote(str(offering_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ScenarioSuggestions | None:
    if response.status_code == 200:
        response_200 = ScenarioSuggestions.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | ScenarioSuggestions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    offering_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
) -> Response[Problem | ScenarioSuggestions]:
    """Published and matching scenarios ranked for an offering, best first, each explained

    Args:
        offering_id (UUID):
        limit (int | Unset): how many, best first (max 50) Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScenarioSuggestions]
    """

    kwargs = _get_kwargs(
        offering_id=offering_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    offering_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
) -> Problem | ScenarioSuggestions | None:
    """Published and matching scenarios ranked for an offering, best first, each explained

    Args:
        offering_id (UUID):
        limit (int | Unset): how many, best first (max 50) Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScenarioSuggestions
    """

    return sync_detailed(
        offering_id=offering_id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    offering_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
) -> Response[Problem | ScenarioSuggestions]:
    """Published and matching scenarios ranked for an offering, best first, each explained

    Args:
        offering_id (UUID):
        limit (int | Unset): how many, best first (max 50) Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScenarioSuggestions]
    """

    kwargs = _get_kwargs(
        offering_id=offering_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    offering_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
) -> Problem | ScenarioSuggestions | None:
    """Published and matching scenarios ranked for an offering, best first, each explained

    Args:
        offering_id (UUID):
        limit (int | Unset): how many, best first (max 50) Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScenarioSuggestions
    """

    return (
        await asyncio_detailed(
            offering_id=offering_id,
            client=client,
            limit=limit,
        )
    ).parsed
