from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.totals import Totals
from ...models.totals_api_v1_investments_totals_get_by import (
    TotalsApiV1InvestmentsTotalsGetBy,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    by: TotalsApiV1InvestmentsTotalsGetBy
    | Unset = TotalsApiV1InvestmentsTotalsGetBy.FUND,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_by: str | Unset = UNSET
    if not isinstance(by, Unset):
        json_by = by.value

    params["by"] = json_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/investments/totals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Totals | None:
    if response.status_code == 200:
        response_200 = Totals.from_dict(response.json())

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
) -> Response[Problem | Totals]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    by: TotalsApiV1InvestmentsTotalsGetBy
    | Unset = TotalsApiV1InvestmentsTotalsGetBy.FUND,
) -> Response[Problem | Totals]:
    """Invested amounts and counts per fund or per center, in the caller's scope

    Args:
        by (TotalsApiV1InvestmentsTotalsGetBy | Unset):  Default:
            TotalsApiV1InvestmentsTotalsGetBy.FUND.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Totals]
    """

    kwargs = _get_kwargs(
        by=by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    by: TotalsApiV1InvestmentsTotalsGetBy
    | Unset = TotalsApiV1InvestmentsTotalsGetBy.FUND,
) -> Problem | Totals | None:
    """Invested amounts and counts per fund or per center, in the caller's scope

    Args:
        by (TotalsApiV1InvestmentsTotalsGetBy | Unset):  Default:
            TotalsApiV1InvestmentsTotalsGetBy.FUND.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Totals
    """

    return sync_detailed(
        client=client,
        by=by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    by: TotalsApiV1InvestmentsTotalsGetBy
    | Unset = TotalsApiV1InvestmentsTotalsGetBy.FUND,
) -> Response[Problem | Totals]:
    """Invested amounts and counts per fund or per center, in the caller's scope

    Args:
        by (TotalsApiV1InvestmentsTotalsGetBy | Unset):  Default:
            TotalsApiV1InvestmentsTotalsGetBy.FUND.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Totals]
    """

    kwargs = _get_kwargs(
        by=by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    by: TotalsApiV1InvestmentsTotalsGetBy
    | Unset = TotalsApiV1InvestmentsTotalsGetBy.FUND,
) -> Problem | Totals | None:
    """Invested amounts and counts per fund or per center, in the caller's scope

    Args:
        by (TotalsApiV1InvestmentsTotalsGetBy | Unset):  Default:
            TotalsApiV1InvestmentsTotalsGetBy.FUND.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Totals
    """

    return (
        await asyncio_detailed(
            client=client,
            by=by,
        )
    ).parsed
