from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pilot_out import PilotOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    pilot_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pilots/{pilot_id}".format(
            pilot_id=quote(str(pilot_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PilotOut | Problem | None:
    if response.status_code == 200:
        response_200 = PilotOut.from_dict(response.json())

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
) -> Response[PilotOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pilot_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PilotOut | Problem]:
    """One pilot with its milestones, evidence and outcome (and its ETag)

    Args:
        pilot_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PilotOut | Problem]
    """

    kwargs = _get_kwargs(
        pilot_id=pilot_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pilot_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PilotOut | Problem | None:
    """One pilot with its milestones, evidence and outcome (and its ETag)

    Args:
        pilot_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PilotOut | Problem
    """

    return sync_detailed(
        pilot_id=pilot_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pilot_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PilotOut | Problem]:
    """One pilot with its milestones, evidence and outcome (and its ETag)

    Args:
        pilot_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PilotOut | Problem]
    """

    kwargs = _get_kwargs(
        pilot_id=pilot_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pilot_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PilotOut | Problem | None:
    """One pilot with its milestones, evidence and outcome (and its ETag)

    Args:
        pilot_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PilotOut | Problem
    """

    return (
        await asyncio_detailed(
            pilot_id=pilot_id,
            client=client,
        )
    ).parsed
