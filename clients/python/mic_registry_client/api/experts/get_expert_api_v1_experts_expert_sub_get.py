from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.registered_expert_out import RegisteredExpertOut
from ...types import Response


def _get_kwargs(
    expert_sub: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/experts/{expert_sub}".format(
            expert_sub=quote(str(expert_sub), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RegisteredExpertOut | None:
    if response.status_code == 200:
        response_200 = RegisteredExpertOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[Problem | RegisteredExpertOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    expert_sub: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RegisteredExpertOut]:
    """One expert and their declaration (municipal admin, or the expert themself)

    Args:
        expert_sub (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegisteredExpertOut]
    """

    kwargs = _get_kwargs(
        expert_sub=expert_sub,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    expert_sub: str,
    *,
    client: AuthenticatedClient,
) -> Problem | RegisteredExpertOut | None:
    """One expert and their declaration (municipal admin, or the expert themself)

    Args:
        expert_sub (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegisteredExpertOut
    """

    return sync_detailed(
        expert_sub=expert_sub,
        client=client,
    ).parsed


async def asyncio_detailed(
    expert_sub: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RegisteredExpertOut]:
    """One expert and their declaration (municipal admin, or the expert themself)

    Args:
        expert_sub (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegisteredExpertOut]
    """

    kwargs = _get_kwargs(
        expert_sub=expert_sub,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    expert_sub: str,
    *,
    client: AuthenticatedClient,
) -> Problem | RegisteredExpertOut | None:
    """One expert and their declaration (municipal admin, or the expert themself)

    Args:
        expert_sub (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegisteredExpertOut
    """

    return (
        await asyncio_detailed(
            expert_sub=expert_sub,
            client=client,
        )
    ).parsed
