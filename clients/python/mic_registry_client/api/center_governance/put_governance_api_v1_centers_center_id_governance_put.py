from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.governance_document import GovernanceDocument
from ...models.governance_out import GovernanceOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    center_id: UUID,
    *,
    body: GovernanceDocument,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/centers/{center_id}/governance".format(
            center_id=quote(str(center_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GovernanceOut | Problem | None:
    if response.status_code == 200:
        response_200 = GovernanceOut.from_dict(response.json())

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
) -> Response[GovernanceOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    center_id: UUID,
    *,
    client: AuthenticatedClient,
    body: GovernanceDocument,
    if_match: None | str | Unset = UNSET,
) -> Response[GovernanceOut | Problem]:
    """Replace the center's governance (corporate_alliance, 四(一)); needs If-Match from your last GET

    Args:
        center_id (UUID):
        if_match (None | str | Unset): the ETag of your last read ("0" before the first PUT)
        body (GovernanceDocument): The body of ``PUT /centers/{id}/governance``, also what is
            stored and published.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GovernanceOut | Problem]
    """

    kwargs = _get_kwargs(
        center_id=center_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    center_id: UUID,
    *,
    client: AuthenticatedClient,
    body: GovernanceDocument,
    if_match: None | str | Unset = UNSET,
) -> GovernanceOut | Problem | None:
    """Replace the center's governance (corporate_alliance, 四(一)); needs If-Match from your last GET

    Args:
        center_id (UUID):
        if_match (None | str | Unset): the ETag of your last read ("0" before the first PUT)
        body (GovernanceDocument): The body of ``PUT /centers/{id}/governance``, also what is
            stored and published.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GovernanceOut | Problem
    """

    return sync_detailed(
        center_id=center_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    center_id: UUID,
    *,
    client: AuthenticatedClient,
    body: GovernanceDocument,
    if_match: None | str | Unset = UNSET,
) -> Response[GovernanceOut | Problem]:
    """Replace the center's governance (corporate_alliance, 四(一)); needs If-Match from your last GET

    Args:
        center_id (UUID):
        if_match (None | str | Unset): the ETag of your last read ("0" before the first PUT)
        body (GovernanceDocument): The body of ``PUT /centers/{id}/governance``, also what is
            stored and published.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GovernanceOut | Problem]
    """

    kwargs = _get_kwargs(
        center_id=center_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    center_id: UUID,
    *,
    client: AuthenticatedClient,
    body: GovernanceDocument,
    if_match: None | str | Unset = UNSET,
) -> GovernanceOut | Problem | None:
    """Replace the center's governance (corporate_alliance, 四(一)); needs If-Match from your last GET

    Args:
        center_id (UUID):
        if_match (None | str | Unset): the ETag of your last read ("0" before the first PUT)
        body (GovernanceDocument): The body of ``PUT /centers/{id}/governance``, also what is
            stored and published.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GovernanceOut | Problem
    """

    return (
        await asyncio_detailed(
            center_id=center_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
