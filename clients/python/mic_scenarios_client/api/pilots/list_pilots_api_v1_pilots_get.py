from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_pilot_out import PagePilotOut
from ...models.pilot_status import PilotStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    scenario_id: None | Unset | UUID = UNSET,
    offering_id: None | Unset | UUID = UNSET,
    center_id: None | Unset | UUID = UNSET,
    status: None | PilotStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scenario_id: None | str | Unset
    if isinstance(scenario_id, Unset):
        json_scenario_id = UNSET
    elif isinstance(scenario_id, UUID):
        json_scenario_id = str(scenario_id)
    else:
        json_scenario_id = scenario_id
    params["scenario_id"] = json_scenario_id

    json_offering_id: None | str | Unset
    if isinstance(offering_id, Unset):
        json_offering_id = UNSET
    elif isinstance(offering_id, UUID):
        json_offering_id = str(offering_id)
    else:
        json_offering_id = offering_id
    params["offering_id"] = json_offering_id

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
    elif isinstance(status, PilotStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

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
        "url": "/api/v1/pilots",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagePilotOut | Problem | None:
    if response.status_code == 200:
        response_200 = PagePilotOut.from_dict(response.json())

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
) -> Response[PagePilotOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    scenario_id: None | Unset | UUID = UNSET,
    offering_id: None | Unset | UUID = UNSET,
    center_id: None | Unset | UUID = UNSET,
    status: None | PilotStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PagePilotOut | Problem]:
    """Pilots the caller sees, oldest first: a center_user its center's, a publisher its scenarios', the
    city all

    Args:
        scenario_id (None | Unset | UUID):
        offering_id (None | Unset | UUID):
        center_id (None | Unset | UUID):
        status (None | PilotStatus | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePilotOut | Problem]
    """

    kwargs = _get_kwargs(
        scenario_id=scenario_id,
        offering_id=offering_id,
        center_id=center_id,
        status=status,
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
    scenario_id: None | Unset | UUID = UNSET,
    offering_id: None | Unset | UUID = UNSET,
    center_id: None | Unset | UUID = UNSET,
    status: None | PilotStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PagePilotOut | Problem | None:
    """Pilots the caller sees, oldest first: a center_user its center's, a publisher its scenarios', the
    city all

    Args:
        scenario_id (None | Unset | UUID):
        offering_id (None | Unset | UUID):
        center_id (None | Unset | UUID):
        status (None | PilotStatus | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePilotOut | Problem
    """

    return sync_detailed(
        client=client,
        scenario_id=scenario_id,
        offering_id=offering_id,
        center_id=center_id,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scenario_id: None | Unset | UUID = UNSET,
    offering_id: None | Unset | UUID = UNSET,
    center_id: None | Unset | UUID = UNSET,
    status: None | PilotStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PagePilotOut | Problem]:
    """Pilots the caller sees, oldest first: a center_user its center's, a publisher its scenarios', the
    city all

    Args:
        scenario_id (None | Unset | UUID):
        offering_id (None | Unset | UUID):
        center_id (None | Unset | UUID):
        status (None | PilotStatus | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePilotOut | Problem]
    """

    kwargs = _get_kwargs(
        scenario_id=scenario_id,
        offering_id=offering_id,
        center_id=center_id,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    scenario_id: None | Unset | UUID = UNSET,
    offering_id: None | Unset | UUID = UNSET,
    center_id: None | Unset | UUID = UNSET,
    status: None | PilotStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PagePilotOut | Problem | None:
    """Pilots the caller sees, oldest first: a center_user its center's, a publisher its scenarios', the
    city all

    Args:
        scenario_id (None | Unset | UUID):
        offering_id (None | Unset | UUID):
        center_id (None | Unset | UUID):
        status (None | PilotStatus | Unset):
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePilotOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            scenario_id=scenario_id,
            offering_id=offering_id,
            center_id=center_id,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
