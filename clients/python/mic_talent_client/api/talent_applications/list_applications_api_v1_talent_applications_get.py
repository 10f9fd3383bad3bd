from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_status import ApplicationStatus
from ...models.page_application_out import PageApplicationOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ApplicationStatus | None | Unset = UNSET,
    round_id: None | Unset | UUID = UNSET,
    talent_id: None | Unset | UUID = UNSET,
    center_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ApplicationStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_round_id: None | str | Unset
    if isinstance(round_id, Unset):
        json_round_id = UNSET
    elif isinstance(round_id, UUID):
        json_round_id = str(round_id)
    else:
        json_round_id = round_id
    params["round_id"] = json_round_id

    json_talent_id: None | str | Unset
    if isinstance(talent_id, Unset):
        json_talent_id = UNSET
    elif isinstance(talent_id, UUID):
        json_talent_id = str(talent_id)
    else:
        json_talent_id = talent_id
    params["talent_id"] = json_talent_id

    json_center_id: None | str | Unset
    if isinstance(center_id, Unset):
        json_center_id = UNSET
    elif isinstance(center_id, UUID):
        json_center_id = str(center_id)
    else:
        json_center_id = center_id
    params["center_id"] = json_center_id

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
        "url": "/api/v1/talent-applications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageApplicationOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageApplicationOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[PageApplicationOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ApplicationStatus | None | Unset = UNSET,
    round_id: None | Unset | UUID = UNSET,
    talent_id: None | Unset | UUID = UNSET,
    center_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageApplicationOut | Problem]:
    """Applications in the caller's scope, oldest first

    Args:
        status (ApplicationStatus | None | Unset):
        round_id (None | Unset | UUID):
        talent_id (None | Unset | UUID):
        center_id (None | Unset | UUID):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageApplicationOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        round_id=round_id,
        talent_id=talent_id,
        center_id=center_id,
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
    status: ApplicationStatus | None | Unset = UNSET,
    round_id: None | Unset | UUID = UNSET,
    talent_id: None | Unset | UUID = UNSET,
    center_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageApplicationOut | Problem | None:
    """Applications in the caller's scope, oldest first

    Args:
        status (ApplicationStatus | None | Unset):
        round_id (None | Unset | UUID):
        talent_id (None | Unset | UUID):
        center_id (None | Unset | UUID):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageApplicationOut | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        round_id=round_id,
        talent_id=talent_id,
        center_id=center_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ApplicationStatus | None | Unset = UNSET,
    round_id: None | Unset | UUID = UNSET,
    talent_id: None | Unset | UUID = UNSET,
    center_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageApplicationOut | Problem]:
    """Applications in the caller's scope, oldest first

    Args:
        status (ApplicationStatus | None | Unset):
        round_id (None | Unset | UUID):
        talent_id (None | Unset | UUID):
        center_id (None | Unset | UUID):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageApplicationOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        round_id=round_id,
        talent_id=talent_id,
        center_id=center_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ApplicationStatus | None | Unset = UNSET,
    round_id: None | Unset | UUID = UNSET,
    talent_id: None | Unset | UUID = UNSET,
    center_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageApplicationOut | Problem | None:
    """Applications in the caller's scope, oldest first

    Args:
        status (ApplicationStatus | None | Unset):
        round_id (None | Unset | UUID):
        talent_id (None | Unset | UUID):
        center_id (None | Unset | UUID):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageApplicationOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            round_id=round_id,
            talent_id=talent_id,
            center_id=center_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
