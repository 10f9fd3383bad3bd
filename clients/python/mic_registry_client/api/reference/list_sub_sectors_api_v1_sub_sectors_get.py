from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_sub_sector_out import PageSubSectorOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cluster_code: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cluster_code: None | str | Unset
    if isinstance(cluster_code, Unset):
        json_cluster_code = UNSET
    else:
        json_cluster_code = cluster_code
    params["cluster_code"] = json_cluster_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sub-sectors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageSubSectorOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageSubSectorOut.from_dict(response.json())

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
) -> Response[PageSubSectorOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_code: None | str | Unset = UNSET,
) -> Response[PageSubSectorOut | Problem]:
    """Listed sub-sectors (细分行业领域) of the clusters and future industries

    Args:
        cluster_code (None | str | Unset): one cluster's only

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSubSectorOut | Problem]
    """

    kwargs = _get_kwargs(
        cluster_code=cluster_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cluster_code: None | str | Unset = UNSET,
) -> PageSubSectorOut | Problem | None:
    """Listed sub-sectors (细分行业领域) of the clusters and future industries

    Args:
        cluster_code (None | str | Unset): one cluster's only

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSubSectorOut | Problem
    """

    return sync_detailed(
        client=client,
        cluster_code=cluster_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_code: None | str | Unset = UNSET,
) -> Response[PageSubSectorOut | Problem]:
    """Listed sub-sectors (细分行业领域) of the clusters and future industries

    Args:
        cluster_code (None | str | Unset): one cluster's only

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSubSectorOut | Problem]
    """

    kwargs = _get_kwargs(
        cluster_code=cluster_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cluster_code: None | str | Unset = UNSET,
) -> PageSubSectorOut | Problem | None:
    """Listed sub-sectors (细分行业领域) of the clusters and future industries

    Args:
        cluster_code (None | str | Unset): one cluster's only

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSubSectorOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            cluster_code=cluster_code,
        )
    ).parsed
