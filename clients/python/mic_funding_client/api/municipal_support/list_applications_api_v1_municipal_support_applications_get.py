from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.municipal_support_status import MunicipalSupportStatus
from ...models.page_application_out import PageApplicationOut
from ...models.problem import Problem
from ...models.support_type import SupportType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    status: MunicipalSupportStatus | None | Unset = UNSET,
    support_type: None | SupportType | Unset = UNSET,
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

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, MunicipalSupportStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_support_type: None | str | Unset
    if isinstance(support_type, Unset):
        json_support_type = UNSET
    elif isinstance(support_type, SupportType):
        json_support_type = support_type.value
    else:
        json_support_type = support_type
    params["support_type"] = json_support_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/municipal-support/applications",
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
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    status: MunicipalSupportStatus | None | Unset = UNSET,
    support_type: None | SupportType | Unset = UNSET,
) -> Response[PageApplicationOut | Problem]:
    """Applications in the caller's scope

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        center_id (None | Unset | UUID):
        status (MunicipalSupportStatus | None | Unset):
        support_type (None | SupportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageApplicationOut | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        center_id=center_id,
        status=status,
        support_type=support_type,
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
    status: MunicipalSupportStatus | None | Unset = UNSET,
    support_type: None | SupportType | Unset = UNSET,
) -> PageApplicationOut | Problem | None:
    """Applications in the caller's scope

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        center_id (None | Unset | UUID):
        status (MunicipalSupportStatus | None | Unset):
        support_type (None | SupportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageApplicationOut | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        center_id=center_id,
        status=status,
        support_type=support_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    status: MunicipalSupportStatus | None | Unset = UNSET,
    support_type: None | SupportType | Unset = UNSET,
) -> Response[PageApplicationOut | Problem]:
    """Applications in the caller's scope

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        center_id (None | Unset | UUID):
        status (MunicipalSupportStatus | None | Unset):
        support_type (None | SupportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageApplicationOut | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        center_id=center_id,
        status=status,
        support_type=support_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    status: MunicipalSupportStatus | None | Unset = UNSET,
    support_type: None | SupportType | Unset = UNSET,
) -> PageApplicationOut | Problem | None:
    """Applications in the caller's scope

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        center_id (None | Unset | UUID):
        status (MunicipalSupportStatus | None | Unset):
        support_type (None | SupportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageApplicationOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            center_id=center_id,
            status=status,
            support_type=support_type,
        )
    ).parsed
