from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_document_out import PageDocumentOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    center_id: UUID,
    *,
    action_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_action_id: None | str | Unset
    if isinstance(action_id, Unset):
        json_action_id = UNSET
    elif isinstance(action_id, UUID):
        json_action_id = str(action_id)
    else:
        json_action_id = action_id
    params["action_id"] = json_action_id

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/centers/{center_id}/documents".format(
            center_id=quote(str(center_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageDocumentOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageDocumentOut.from_dict(response.json())

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
) -> Response[PageDocumentOut | Problem]:
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
    action_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageDocumentOut | Problem]:
    """The center's documents, oldest first (optionally those of one action)

    Args:
        center_id (UUID):
        action_id (None | Unset | UUID):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageDocumentOut | Problem]
    """

    kwargs = _get_kwargs(
        center_id=center_id,
        action_id=action_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    center_id: UUID,
    *,
    client: AuthenticatedClient,
    action_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageDocumentOut | Problem | None:
    """The center's documents, oldest first (optionally those of one action)

    Args:
        center_id (UUID):
        action_id (None | Unset | UUID):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageDocumentOut | Problem
    """

    return sync_detailed(
        center_id=center_id,
        client=client,
        action_id=action_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    center_id: UUID,
    *,
    client: AuthenticatedClient,
    action_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageDocumentOut | Problem]:
    """The center's documents, oldest first (optionally those of one action)

    Args:
        center_id (UUID):
        action_id (None | Unset | UUID):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageDocumentOut | Problem]
    """

    kwargs = _get_kwargs(
        center_id=center_id,
        action_id=action_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    center_id: UUID,
    *,
    client: AuthenticatedClient,
    action_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageDocumentOut | Problem | None:
    """The center's documents, oldest first (optionally those of one action)

    Args:
        center_id (UUID):
        action_id (None | Unset | UUID):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageDocumentOut | Problem
    """

    return (
        await asyncio_detailed(
            center_id=center_id,
            client=client,
            action_id=action_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
