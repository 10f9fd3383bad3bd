from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_scenarios_api_v1_scenarios_get_cluster_code_type_0 import (
    ListScenariosApiV1ScenariosGetClusterCodeType0,
)
from ...models.list_scenarios_api_v1_scenarios_get_district_type_0 import (
    ListScenariosApiV1ScenariosGetDistrictType0,
)
from ...models.page_scenario_out import PageScenarioOut
from ...models.problem import Problem
from ...models.scenario_status import ScenarioStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | ScenarioStatus | Unset = UNSET,
    cluster_code: ListScenariosApiV1ScenariosGetClusterCodeType0 | None | Unset = UNSET,
    district: ListScenariosApiV1ScenariosGetDistrictType0 | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ScenarioStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_cluster_code: None | str | Unset
    if isinstance(cluster_code, Unset):
        json_cluster_code = UNSET
    elif isinstance(cluster_code, ListScenariosApiV1ScenariosGetClusterCodeType0):
        json_cluster_code = cluster_code.value
    else:
        json_cluster_code = cluster_code
    params["cluster_code"] = json_cluster_code

    json_district: None | str | Unset
    if isinstance(district, Unset):
        json_district = UNSET
    elif isinstance(district, ListScenariosApiV1ScenariosGetDistrictType0):
        json_district = district.value
    else:
        json_district = district
    params["district"] = json_district

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
        "url": "/api/v1/scenarios",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageScenarioOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageScenarioOut.from_dict(response.json())

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
) -> Response[PageScenarioOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | ScenarioStatus | Unset = UNSET,
    cluster_code: ListScenariosApiV1ScenariosGetClusterCodeType0 | None | Unset = UNSET,
    district: ListScenariosApiV1ScenariosGetDistrictType0 | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageScenarioOut | Problem]:
    """Scenarios the caller sees: every published one, and their own drafts (the city: all)

    Args:
        status (None | ScenarioStatus | Unset):
        cluster_code (ListScenariosApiV1ScenariosGetClusterCodeType0 | None | Unset):
        district (ListScenariosApiV1ScenariosGetDistrictType0 | None | Unset):
        tag (None | str | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageScenarioOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        cluster_code=cluster_code,
        district=district,
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
    status: None | ScenarioStatus | Unset = UNSET,
    cluster_code: ListScenariosApiV1ScenariosGetClusterCodeType0 | None | Unset = UNSET,
    district: ListScenariosApiV1ScenariosGetDistrictType0 | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageScenarioOut | Problem | None:
    """Scenarios the caller sees: every published one, and their own drafts (the city: all)

    Args:
        status (None | ScenarioStatus | Unset):
        cluster_code (ListScenariosApiV1ScenariosGetClusterCodeType0 | None | Unset):
        district (ListScenariosApiV1ScenariosGetDistrictType0 | None | Unset):
        tag (None | str | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageScenarioOut | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        cluster_code=cluster_code,
        district=district,
        tag=tag,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | ScenarioStatus | Unset = UNSET,
    cluster_code: ListScenariosApiV1ScenariosGetClusterCodeType0 | None | Unset = UNSET,
    district: ListScenariosApiV1ScenariosGetDistrictType0 | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageScenarioOut | Problem]:
    """Scenarios the caller sees: every published one, and their own drafts (the city: all)

    Args:
        status (None | ScenarioStatus | Unset):
        cluster_code (ListScenariosApiV1ScenariosGetClusterCodeType0 | None | Unset):
        district (ListScenariosApiV1ScenariosGetDistrictType0 | None | Unset):
        tag (None | str | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageScenarioOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        cluster_code=cluster_code,
        district=district,
        tag=tag,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: None | ScenarioStatus | Unset = UNSET,
    cluster_code: ListScenariosApiV1ScenariosGetClusterCodeType0 | None | Unset = UNSET,
    district: ListScenariosApiV1ScenariosGetDistrictType0 | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageScenarioOut | Problem | None:
    """Scenarios the caller sees: every published one, and their own drafts (the city: all)

    Args:
        status (None | ScenarioStatus | Unset):
        cluster_code (ListScenariosApiV1ScenariosGetClusterCodeType0 | None | Unset):
        district (ListScenariosApiV1ScenariosGetDistrictType0 | None | Unset):
        tag (None | str | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageScenarioOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            cluster_code=cluster_code,
            district=district,
            tag=tag,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
