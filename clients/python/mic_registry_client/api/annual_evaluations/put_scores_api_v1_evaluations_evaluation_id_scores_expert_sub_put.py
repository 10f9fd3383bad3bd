from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.score_sheet import ScoreSheet
from ...models.score_sheet_out import ScoreSheetOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    evaluation_id: UUID,
    expert_sub: str,
    *,
    body: ScoreSheet,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/evaluations/{evaluation_id}/scores/{expert_sub}".format(
            evaluation_id=quote(str(evaluation_id), safe=""),
            expert_sub=quote(str(expert_sub), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ScoreSheetOut | None:
    if response.status_code == 200:
        response_200 = ScoreSheetOut.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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
) -> Response[Problem | ScoreSheetOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    evaluation_id: UUID,
    expert_sub: str,
    *,
    client: AuthenticatedClient,
    body: ScoreSheet,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | ScoreSheetOut]:
    """An assigned expert fills in or revises their own score sheet (until the conclusion)

    Args:
        evaluation_id (UUID):
        expert_sub (str):
        if_match (None | str | Unset): optional: the ETag of your last write of this sheet
        body (ScoreSheet): One expert's scores; what ``PUT /evaluations/{id}/scores/{expert_sub}``
            replaces.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScoreSheetOut]
    """

    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
        expert_sub=expert_sub,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    evaluation_id: UUID,
    expert_sub: str,
    *,
    client: AuthenticatedClient,
    body: ScoreSheet,
    if_match: None | str | Unset = UNSET,
) -> Problem | ScoreSheetOut | None:
    """An assigned expert fills in or revises their own score sheet (until the conclusion)

    Args:
        evaluation_id (UUID):
        expert_sub (str):
        if_match (None | str | Unset): optional: the ETag of your last write of this sheet
        body (ScoreSheet): One expert's scores; what ``PUT /evaluations/{id}/scores/{expert_sub}``
            replaces.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScoreSheetOut
    """

    return sync_detailed(
        evaluation_id=evaluation_id,
        expert_sub=expert_sub,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    evaluation_id: UUID,
    expert_sub: str,
    *,
    client: AuthenticatedClient,
    body: ScoreSheet,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | ScoreSheetOut]:
    """An assigned expert fills in or revises their own score sheet (until the conclusion)

    Args:
        evaluation_id (UUID):
        expert_sub (str):
        if_match (None | str | Unset): optional: the ETag of your last write of this sheet
        body (ScoreSheet): One expert's scores; what ``PUT /evaluations/{id}/scores/{expert_sub}``
            replaces.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScoreSheetOut]
    """

    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
        expert_sub=expert_sub,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    evaluation_id: UUID,
    expert_sub: str,
    *,
    client: AuthenticatedClient,
    body: ScoreSheet,
    if_match: None | str | Unset = UNSET,
) -> Problem | ScoreSheetOut | None:
    """An assigned expert fills in or revises their own score sheet (until the conclusion)

    Args:
        evaluation_id (UUID):
        expert_sub (str):
        if_match (None | str | Unset): optional: the ETag of your last write of this sheet
        body (ScoreSheet): One expert's scores; what ``PUT /evaluations/{id}/scores/{expert_sub}``
            replaces.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScoreSheetOut
    """

    return (
        await asyncio_detailed(
            evaluation_id=evaluation_id,
            expert_sub=expert_sub,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
