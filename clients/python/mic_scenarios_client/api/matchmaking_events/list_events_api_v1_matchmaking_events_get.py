from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_status import EventStatus
from ...models.organizer_kind import OrganizerKind
from ...models.page_event_out import PageEventOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: EventStatus | None | Unset = UNSET,
    organizer_kind: None | OrganizerKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, EventStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_organizer_kind: None | str | Unset
    if isinstance(organizer_kind, Unset):
        json_organizer_kind = UNSET
    elif isinstance(organizer_kind, OrganizerKind):
        json_organizer_kind = organizer_kind.value
    else:
        json_organizer_kind = organizer_kind
    params["organizer_kind"] = json_organizer_kind

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
        "url": "/api/v1/matchmaking-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageEventOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageEventOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[PageEventOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: EventStatus | None | Unset = UNSET,
    organizer_kind: None | OrganizerKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageEventOut | Problem]:
    """Events the caller sees: every one past draft, and their own drafts (the city: all)

    Args:
        status (EventStatus | None | Unset):
        organizer_kind (None | OrganizerKind | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEventOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        organizer_kind=organizer_kind,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: EventStatus | None | Unset = UNSET,
    organizer_kind: None | OrganizerKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageEventOut | Problem | None:
    """Events the caller sees: every one past draft, and their own drafts (the city: all)

    Args:
        status (EventStatus | None | Unset):
        organizer_kind (None | OrganizerKind | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEventOut | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        organizer_kind=organizer_kind,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: EventStatus | None | Unset = UNSET,
    organizer_kind: None | OrganizerKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageEventOut | Problem]:
    """Events the caller sees: every one past draft, and their own drafts (the city: all)

    Args:
        status (EventStatus | None | Unset):
        organizer_kind (None | OrganizerKind | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEventOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        organizer_kind=organizer_kind,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: EventStatus | None | Unset = UNSET,
    organizer_kind: None | OrganizerKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageEventOut | Problem | None:
    """Events the caller sees: every one past draft, and their own drafts (the city: all)

    Args:
        status (EventStatus | None | Unset):
        organizer_kind (None | OrganizerKind | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEventOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            organizer_kind=organizer_kind,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
