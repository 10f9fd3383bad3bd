from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.single_source_eligibility import SingleSourceEligibility
from ...types import UNSET, Response


def _get_kwargs(
    *,
    product_name: str,
    maker_uscc: str,
    year: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["product_name"] = product_name

    params["maker_uscc"] = maker_uscc

    params["year"] = year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/recognitions/single-source",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SingleSourceEligibility | None:
    if response.status_code == 200:
        response_200 = SingleSourceEligibility.from_dict(response.json())

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
) -> Response[Problem | SingleSourceEligibility]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    product_name: str,
    maker_uscc: str,
    year: int,
) -> Response[Problem | SingleSourceEligibility]:
    """Whether a product may be procured from its single source (单一来源采购) in a year

    Args:
        product_name (str):
        maker_uscc (str):
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SingleSourceEligibility]
    """

    kwargs = _get_kwargs(
        product_name=product_name,
        maker_uscc=maker_uscc,
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    product_name: str,
    maker_uscc: str,
    year: int,
) -> Problem | SingleSourceEligibility | None:
    """Whether a product may be procured from its single source (单一来源采购) in a year

    Args:
        product_name (str):
        maker_uscc (str):
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SingleSourceEligibility
    """

    return sync_detailed(
        client=client,
        product_name=product_name,
        maker_uscc=maker_uscc,
        year=year,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    product_name: str,
    maker_uscc: str,
    year: int,
) -> Response[Problem | SingleSourceEligibility]:
    """Whether a product may be procured from its single source (单一来源采购) in a year

    Args:
        product_name (str):
        maker_uscc (str):
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SingleSourceEligibility]
    """

    kwargs = _get_kwargs(
        product_name=product_name,
        maker_uscc=maker_uscc,
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    product_name: str,
    maker_uscc: str,
    year: int,
) -> Problem | SingleSourceEligibility | None:
    """Whether a product may be procured from its single source (单一来源采购) in a year

    Args:
        product_name (str):
        maker_uscc (str):
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SingleSourceEligibility
    """

    return (
        await asyncio_detailed(
            client=client,
            product_name=product_name,
            maker_uscc=maker_uscc,
            year=year,
        )
    ).parsed
