from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_offerings_api_v1_offerings_get_cluster_code_type_0 import (
    ListOfferingsApiV1OfferingsGetClusterCodeType0,
)
from ...models.maturity_level import MaturityLevel
from ...models.offering_status import OfferingStatus
from ...models.page_offering_out import PageOfferingOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | OfferingStatus | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    cluster_code: ListOfferingsApiV1OfferingsGetClusterCodeType0 | None | Unset = UNSET,
    maturity_level: MaturityLevel | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, OfferingStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_center_id: None | str | Unset
    if isinstance(center_id, Unset):
        json_center_id = UNSET
    elif isinstance(center_id, UUID):
        json_center_id = str(center_id)
    else:
        json_center_id = center_id
    params["center_id"] = json_center_id

    json_cluster_code: None | str | Unset
    if isinstance(cluster_code, Unset):
        json_cluster_code = UNSET
    elif isinstance(cluster_code, ListOfferingsApiV1OfferingsGetClusterCodeType0):
        json_cluster_code = cluster_code.value
    else:
        json_cluster_code = cluster_code
    params["cluster_code"] = json_cluster_code

    json_maturity_level: None | str | Unset
    if isinstance(maturity_level, Unset):
        json_maturity_level = UNSET
    elif isinstance(maturity_level, MaturityLevel):
        json_maturity_level = maturity_level.value
    else:
        json_maturity_level = maturity_level
    params["maturity_level"] = json_maturity_level

    json_tag: None | str | Unset
    if isinstance(tag, Unset):
        json_tag = UNSET
    else:
        json_tag = tag
    params["tag"] = json_tag

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
        "url": "/api/v1/offerings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageOfferingOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageOfferingOut.from_dict(response.json())

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
) -> Response[PageOfferingOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | OfferingStatus | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    cluster_code: ListOfferingsApiV1OfferingsGetClusterCodeType0 | None | Unset = UNSET,
    maturity_level: MaturityLevel | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOfferingOut | Problem]:
    """Offerings, oldest first (every authenticated caller sees them all)

    Args:
        status (None | OfferingStatus | Unset):
        center_id (None | Unset | UUID):
        cluster_code (ListOfferingsApiV1OfferingsGetClusterCodeType0 | None | Unset):
        maturity_level (MaturityLevel | None | Unset):
        tag (None | str | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOfferingOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        center_id=center_id,
        cluster_code=cluster_code,
        maturity_level=maturity_level,
        tag=tag,
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
    status: None | OfferingStatus | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    cluster_code: ListOfferingsApiV1OfferingsGetClusterCodeType0 | None | Unset = UNSET,
    maturity_level: MaturityLevel | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOfferingOut | Problem | None:
    """Offerings, oldest first (every authenticated caller sees them all)

    Args:
        status (None | OfferingStatus | Unset):
        center_id (None | Unset | UUID):
        cluster_code (ListOfferingsApiV1OfferingsGetClusterCodeType0 | None | Unset):
        maturity_level (MaturityLevel | None | Unset):
        tag (None | str | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOfferingOut | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        center_id=center_id,
        cluster_code=cluster_code,
        maturity_level=maturity_level,
        tag=tag,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | OfferingStatus | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    cluster_code: ListOfferingsApiV1OfferingsGetClusterCodeType0 | None | Unset = UNSET,
    maturity_level: MaturityLevel | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOfferingOut | Problem]:
    """Offerings, oldest first (every authenticated caller sees them all)

    Args:
        status (None | OfferingStatus | Unset):
        center_id (None | Unset | UUID):
        cluster_code (ListOfferingsApiV1OfferingsGetClusterCodeType0 | None | Unset):
        maturity_level (MaturityLevel | None | Unset):
        tag (None | str | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOfferingOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        center_id=center_id,
        cluster_code=cluster_code,
        maturity_level=maturity_level,
        tag=tag,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: None | OfferingStatus | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    cluster_code: ListOfferingsApiV1OfferingsGetClusterCodeType0 | None | Unset = UNSET,
    maturity_level: MaturityLevel | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOfferingOut | Problem | None:
    """Offerings, oldest first (every authenticated caller sees them all)

    Args:
        status (None | OfferingStatus | Unset):
        center_id (None | Unset | UUID):
        cluster_code (ListOfferingsApiV1OfferingsGetClusterCodeType0 | None | Unset):
        maturity_level (MaturityLevel | None | Unset):
        tag (None | str | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOfferingOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            center_id=center_id,
            cluster_code=cluster_code,
            maturity_level=maturity_level,
            tag=tag,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
