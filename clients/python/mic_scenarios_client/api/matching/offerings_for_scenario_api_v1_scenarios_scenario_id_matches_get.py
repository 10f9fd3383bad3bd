from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.offering_suggestions import OfferingSuggestions
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    scenario_id: UUID,
    *,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/scenarios/{scenario_id}/matches".format(
            scenario_id=quote(str(scenario_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OfferingSuggestions | Problem | None:
    if response.status_code == 200:
        response_200 = OfferingSuggestions.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[OfferingSuggestions | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    scenario_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
) -> Response[OfferingSuggestions | Problem]:
    """Active offerings ranked for a scenario the caller sees, best first, each explained

     `explanation.matched_terms` lists the canonical terms both share, heaviest first, with the forms the
    scenario (`scenario_forms`) and the offering (`offering_forms`) wrote; `matched_tags` the tags both
    carry; `cluster_match` whether both name the same cluster. Offerings sharing nothing are left out;
    withdrawn ones (a revoked center's too) never appear.

    Args:
        scenario_id (UUID):
        limit (int | Unset): how many, best first (max 50) Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OfferingSuggestions | Problem]
    """

    kwargs = _get_kwargs(
        scenario_id=scenario_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scenario_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
) -> OfferingSuggestions | Problem | None:
    """Active offerings ranked for a scenario the caller sees, best first, each explained

     `explanation.matched_terms` lists the canonical terms both share, heaviest first, with the forms the
    scenario (`scenario_forms`) and the offering (`offering_forms`) wrote; `matched_tags` the tags both
    carry; `cluster_match` whether both name the same cluster. Offerings sharing nothing are left out;
    withdrawn ones (a revoked center's too) never appear.

    Args:
        scenario_id (UUID):
        limit (int | Unset): how many, best first (max 50) Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OfferingSuggestions | Problem
    """

    return sync_detailed(
        scenario_id=scenario_id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    scenario_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
) -> Response[OfferingSuggestions | Problem]:
    """Active offerings ranked for a scenario the caller sees, best first, each explained

     `explanation.matched_terms` lists the canonical terms both share, heaviest first, with the forms the
    scenario (`scenario_forms`) and the offering (`offering_forms`) wrote; `matched_tags` the tags both
    carry; `cluster_match` whether both name the same cluster. Offerings sharing nothing are left out;
    withdrawn ones (a revoked center's too) never appear.

    Args:
        scenario_id (UUID):
        limit (int | Unset): how many, best first (max 50) Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OfferingSuggestions | Problem]
    """

    kwargs = _get_kwargs(
        scenario_id=scenario_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scenario_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
) -> OfferingSuggestions | Problem | None:
    """Active offerings ranked for a scenario the caller sees, best first, each explained

     `explanation.matched_terms` lists the canonical terms both share, heaviest first, with the forms the
    scenario (`scenario_forms`) and the offering (`offering_forms`) wrote; `matched_tags` the tags both
    carry; `cluster_match` whether both name the same cluster. Offerings sharing nothing are left out;
    withdrawn ones (a revoked center's too) never appear.

    Args:
        scenario_id (UUID):
        limit (int | Unset): how many, best first (max 50) Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OfferingSuggestions | Problem
    """

    return (
        await asyncio_detailed(
            scenario_id=scenario_id,
            client=client,
            limit=limit,
        )
    ).parsed
