from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.expert_patch import ExpertPatch
from ...models.problem import Problem
from ...models.registered_expert_out import RegisteredExpertOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    expert_sub: str,
    *,
    body: ExpertPatch,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/experts/{expert_sub}".format(
            expert_sub=quote(str(expert_sub), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RegisteredExpertOut | None:
    if response.status_code == 200:
        response_200 = RegisteredExpertOut.from_dict(response.json())

        return response_200

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
    body: ExpertPatch,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | RegisteredExpertOut]:
    """Correct an expert's name (municipal admin); needs If-Match

    Args:
        expert_sub (str):
        if_match (None | str | Unset): the ETag of your last read of this expert
        body (ExpertPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegisteredExpertOut]
    """

    kwargs = _get_kwargs(
        expert_sub=expert_sub,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    expert_sub: str,
    *,
    client: AuthenticatedClient,
    body: ExpertPatch,
    if_match: None | str | Unset = UNSET,
) -> Problem | RegisteredExpertOut | None:
    """Correct an expert's name (municipal admin); needs If-Match

    Args:
        expert_sub (str):
        if_match (None | str | Unset): the ETag of your last read of this expert
        body (ExpertPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegisteredExpertOut
    """

    return sync_detailed(
        expert_sub=expert_sub,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    expert_sub: str,
    *,
    client: AuthenticatedClient,
    body: ExpertPatch,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | RegisteredExpertOut]:
    """Correct an expert's name (municipal admin); needs If-Match

    Args:
        expert_sub (str):
        if_match (None | str | Unset): the ETag of your last read of this expert
        body (ExpertPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegisteredExpertOut]
    """

    kwargs = _get_kwargs(
        expert_sub=expert_sub,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    expert_sub: str,
    *,
    client: AuthenticatedClient,
    body: ExpertPatch,
    if_match: None | str | Unset = UNSET,
) -> Problem | RegisteredExpertOut | None:
    """Correct an expert's name (municipal admin); needs If-Match

    Args:
        expert_sub (str):
        if_match (None | str | Unset): the ETag of your last read of this expert
        body (ExpertPatch):

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
            body=body,
            if_match=if_match,
        )
    ).parsed
