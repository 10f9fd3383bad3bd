from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_movements_api_v1_budgets_ledger_get_kind_type_0 import (
    ListMovementsApiV1BudgetsLedgerGetKindType0,
)
from ...models.page_movement_out import PageMovementOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    category: None | str | Unset = UNSET,
    kind: ListMovementsApiV1BudgetsLedgerGetKindType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    else:
        json_category = category
    params["category"] = json_category

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListMovementsApiV1BudgetsLedgerGetKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/budgets/ledger",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageMovementOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageMovementOut.from_dict(response.json())

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
) -> Response[PageMovementOut | Problem]:
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
    year: int | None | Unset = UNSET,
    category: None | str | Unset = UNSET,
    kind: ListMovementsApiV1BudgetsLedgerGetKindType0 | None | Unset = UNSET,
) -> Response[PageMovementOut | Problem]:
    """Every movement (allocate, commit, release, disburse) with reference and actor

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        year (int | None | Unset):
        category (None | str | Unset):
        kind (ListMovementsApiV1BudgetsLedgerGetKindType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageMovementOut | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        year=year,
        category=category,
        kind=kind,
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
    year: int | None | Unset = UNSET,
    category: None | str | Unset = UNSET,
    kind: ListMovementsApiV1BudgetsLedgerGetKindType0 | None | Unset = UNSET,
) -> PageMovementOut | Problem | None:
    """Every movement (allocate, commit, release, disburse) with reference and actor

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        year (int | None | Unset):
        category (None | str | Unset):
        kind (ListMovementsApiV1BudgetsLedgerGetKindType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageMovementOut | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        year=year,
        category=category,
        kind=kind,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    category: None | str | Unset = UNSET,
    kind: ListMovementsApiV1BudgetsLedgerGetKindType0 | None | Unset = UNSET,
) -> Response[PageMovementOut | Problem]:
    """Every movement (allocate, commit, release, disburse) with reference and actor

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        year (int | None | Unset):
        category (None | str | Unset):
        kind (ListMovementsApiV1BudgetsLedgerGetKindType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageMovementOut | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        year=year,
        category=category,
        kind=kind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    category: None | str | Unset = UNSET,
    kind: ListMovementsApiV1BudgetsLedgerGetKindType0 | None | Unset = UNSET,
) -> PageMovementOut | Problem | None:
    """Every movement (allocate, commit, release, disburse) with reference and actor

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        year (int | None | Unset):
        category (None | str | Unset):
        kind (ListMovementsApiV1BudgetsLedgerGetKindType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageMovementOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            year=year,
            category=category,
            kind=kind,
        )
    ).parsed
