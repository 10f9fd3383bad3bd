from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_industries_api_v1_industries_get_group_type_0 import (
    ListIndustriesApiV1IndustriesGetGroupType0,
)
from ...models.page_industry_out import PageIndustryOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group: ListIndustriesApiV1IndustriesGetGroupType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group: None | str | Unset
    if isinstance(group, Unset):
        json_group = UNSET
    elif isinstance(group, ListIndustriesApiV1IndustriesGetGroupType0):
        json_group = group.value
    else:
        json_group = group
    params["group"] = json_group

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/industries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageIndustryOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageIndustryOut.from_dict(response.json())

        return response_200

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
) -> Response[PageIndustryOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    group: ListIndustriesApiV1IndustriesGetGroupType0 | None | Unset = UNSET,
) -> Response[PageIndustryOut | Problem]:
    """Strategic clusters and future industries

    Args:
        group (ListIndustriesApiV1IndustriesGetGroupType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageIndustryOut | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    group: ListIndustriesApiV1IndustriesGetGroupType0 | None | Unset = UNSET,
) -> PageIndustryOut | Problem | None:
    """Strategic clusters and future industries

    Args:
        group (ListIndustriesApiV1IndustriesGetGroupType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageIndustryOut | Problem
    """

    return sync_detailed(
        client=client,
        group=group,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    group: ListIndustriesApiV1IndustriesGetGroupType0 | None | Unset = UNSET,
) -> Response[PageIndustryOut | Problem]:
    """Strategic clusters and future industries

    Args:
        group (ListIndustriesApiV1IndustriesGetGroupType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageIndustryOut | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    group: ListIndustriesApiV1IndustriesGetGroupType0 | None | Unset = UNSET,
) -> PageIndustryOut | Problem | None:
    """Strategic clusters and future industries

    Args:
        group (ListIndustriesApiV1IndustriesGetGroupType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageIndustryOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            group=group,
        )
    ).parsed
