from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.level import Level
from ...models.origin import Origin
from ...models.page_talent_out import PageTalentOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    level: Level | None | Unset = UNSET,
    origin: None | Origin | Unset = UNSET,
    id_number: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_center_id: None | str | Unset
    if isinstance(center_id, Unset):
        json_center_id = UNSET
    elif isinstance(center_id, UUID):
        json_center_id = str(center_id)
    else:
        json_center_id = center_id
    params["center_id"] = json_center_id

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, Level):
        json_level = level.value
    else:
        json_level = level
    params["level"] = json_level

    json_origin: None | str | Unset
    if isinstance(origin, Unset):
        json_origin = UNSET
    elif isinstance(origin, Origin):
        json_origin = origin.value
    else:
        json_origin = origin
    params["origin"] = json_origin

    json_id_number: None | str | Unset
    if isinstance(id_number, Unset):
        json_id_number = UNSET
    else:
        json_id_number = id_number
    params["id_number"] = json_id_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/talents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageTalentOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageTalentOut.from_dict(response.json())

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
) -> Response[PageTalentOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    level: Level | None | Unset = UNSET,
    origin: None | Origin | Unset = UNSET,
    id_number: None | str | Unset = UNSET,
) -> Response[PageTalentOut | Problem]:
    """Talents in the caller's scope; ?id_number= finds one by its whole document number

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        center_id (None | Unset | UUID):
        level (Level | None | Unset):
        origin (None | Origin | Unset):
        id_number (None | str | Unset): the whole ID document number (any document type); matched
            by keyed hash

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTalentOut | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        center_id=center_id,
        level=level,
        origin=origin,
        id_number=id_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    level: Level | None | Unset = UNSET,
    origin: None | Origin | Unset = UNSET,
    id_number: None | str | Unset = UNSET,
) -> PageTalentOut | Problem | None:
    """Talents in the caller's scope; ?id_number= finds one by its whole document number

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        center_id (None | Unset | UUID):
        level (Level | None | Unset):
        origin (None | Origin | Unset):
        id_number (None | str | Unset): the whole ID document number (any document type); matched
            by keyed hash

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTalentOut | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        center_id=center_id,
        level=level,
        origin=origin,
        id_number=id_number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    level: Level | None | Unset = UNSET,
    origin: None | Origin | Unset = UNSET,
    id_number: None | str | Unset = UNSET,
) -> Response[PageTalentOut | Problem]:
    """Talents in the caller's scope; ?id_number= finds one by its whole document number

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        center_id (None | Unset | UUID):
        level (Level | None | Unset):
        origin (None | Origin | Unset):
        id_number (None | str | Unset): the whole ID document number (any document type); matched
            by keyed hash

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTalentOut | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        center_id=center_id,
        level=level,
        origin=origin,
        id_number=id_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    level: Level | None | Unset = UNSET,
    origin: None | Origin | Unset = UNSET,
    id_number: None | str | Unset = UNSET,
) -> PageTalentOut | Problem | None:
    """Talents in the caller's scope; ?id_number= finds one by its whole document number

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        center_id (None | Unset | UUID):
        level (Level | None | Unset):
        origin (None | Origin | Unset):
        id_number (None | str | Unset): the whole ID document number (any document type); matched
            by keyed hash

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTalentOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            center_id=center_id,
            level=level,
            origin=origin,
            id_number=id_number,
        )
    ).parsed
