from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.kind import Kind
from ...models.list_cases_api_v1_support_cases_get_tier_type_0 import (
    ListCasesApiV1SupportCasesGetTierType0,
)
from ...models.page_support_case_out import PageSupportCaseOut
from ...models.problem import Problem
from ...models.support_case_status import SupportCaseStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    center_id: None | Unset | UUID = UNSET,
    kind: Kind | None | Unset = UNSET,
    status: None | SupportCaseStatus | Unset = UNSET,
    tier: ListCasesApiV1SupportCasesGetTierType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_center_id: None | str | Unset
    if isinstance(center_id, Unset):
        json_center_id = UNSET
    elif isinstance(center_id, UUID):
        json_center_id = str(center_id)
    else:
        json_center_id = center_id
    params["center_id"] = json_center_id

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, Kind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, SupportCaseStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_tier: None | str | Unset
    if isinstance(tier, Unset):
        json_tier = UNSET
    elif isinstance(tier, ListCasesApiV1SupportCasesGetTierType0):
        json_tier = tier.value
    else:
        json_tier = tier
    params["tier"] = json_tier

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
        "url": "/api/v1/support-cases",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageSupportCaseOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageSupportCaseOut.from_dict(response.json())

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
) -> Response[PageSupportCaseOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    center_id: None | Unset | UUID = UNSET,
    kind: Kind | None | Unset = UNSET,
    status: None | SupportCaseStatus | Unset = UNSET,
    tier: ListCasesApiV1SupportCasesGetTierType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageSupportCaseOut | Problem]:
    """Support cases in the caller's scope

    Args:
        center_id (None | Unset | UUID):
        kind (Kind | None | Unset): the programme
        status (None | SupportCaseStatus | Unset):
        tier (ListCasesApiV1SupportCasesGetTierType0 | None | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSupportCaseOut | Problem]
    """

    kwargs = _get_kwargs(
        center_id=center_id,
        kind=kind,
        status=status,
        tier=tier,
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
    center_id: None | Unset | UUID = UNSET,
    kind: Kind | None | Unset = UNSET,
    status: None | SupportCaseStatus | Unset = UNSET,
    tier: ListCasesApiV1SupportCasesGetTierType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageSupportCaseOut | Problem | None:
    """Support cases in the caller's scope

    Args:
        center_id (None | Unset | UUID):
        kind (Kind | None | Unset): the programme
        status (None | SupportCaseStatus | Unset):
        tier (ListCasesApiV1SupportCasesGetTierType0 | None | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSupportCaseOut | Problem
    """

    return sync_detailed(
        client=client,
        center_id=center_id,
        kind=kind,
        status=status,
        tier=tier,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    center_id: None | Unset | UUID = UNSET,
    kind: Kind | None | Unset = UNSET,
    status: None | SupportCaseStatus | Unset = UNSET,
    tier: ListCasesApiV1SupportCasesGetTierType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageSupportCaseOut | Problem]:
    """Support cases in the caller's scope

    Args:
        center_id (None | Unset | UUID):
        kind (Kind | None | Unset): the programme
        status (None | SupportCaseStatus | Unset):
        tier (ListCasesApiV1SupportCasesGetTierType0 | None | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSupportCaseOut | Problem]
    """

    kwargs = _get_kwargs(
        center_id=center_id,
        kind=kind,
        status=status,
        tier=tier,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    center_id: None | Unset | UUID = UNSET,
    kind: Kind | None | Unset = UNSET,
    status: None | SupportCaseStatus | Unset = UNSET,
    tier: ListCasesApiV1SupportCasesGetTierType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageSupportCaseOut | Problem | None:
    """Support cases in the caller's scope

    Args:
        center_id (None | Unset | UUID):
        kind (Kind | None | Unset): the programme
        status (None | SupportCaseStatus | Unset):
        tier (ListCasesApiV1SupportCasesGetTierType0 | None | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSupportCaseOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            center_id=center_id,
            kind=kind,
            status=status,
            tier=tier,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
