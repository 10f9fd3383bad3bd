from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_reference_changes_api_v1_reference_changes_get_entity_type_0 import (
    ListReferenceChangesApiV1ReferenceChangesGetEntityType0,
)
from ...models.page_reference_change_out import PageReferenceChangeOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    entity: ListReferenceChangesApiV1ReferenceChangesGetEntityType0
    | None
    | Unset = UNSET,
    code: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_entity: None | str | Unset
    if isinstance(entity, Unset):
        json_entity = UNSET
    elif isinstance(entity, ListReferenceChangesApiV1ReferenceChangesGetEntityType0):
        json_entity = entity.value
    else:
        json_entity = entity
    params["entity"] = json_entity

    json_code: None | str | Unset
    if isinstance(code, Unset):
        json_code = UNSET
    else:
        json_code = code
    params["code"] = json_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reference-changes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageReferenceChangeOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageReferenceChangeOut.from_dict(response.json())

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
) -> Response[PageReferenceChangeOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    entity: ListReferenceChangesApiV1ReferenceChangesGetEntityType0
    | None
    | Unset = UNSET,
    code: None | str | Unset = UNSET,
) -> Response[PageReferenceChangeOut | Problem]:
    """Who created or edited which industry, sub-sector or district, and when; newest first

    Args:
        entity (ListReferenceChangesApiV1ReferenceChangesGetEntityType0 | None | Unset):
        code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageReferenceChangeOut | Problem]
    """

    kwargs = _get_kwargs(
        entity=entity,
        code=code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    entity: ListReferenceChangesApiV1ReferenceChangesGetEntityType0
    | None
    | Unset = UNSET,
    code: None | str | Unset = UNSET,
) -> PageReferenceChangeOut | Problem | None:
    """Who created or edited which industry, sub-sector or district, and when; newest first

    Args:
        entity (ListReferenceChangesApiV1ReferenceChangesGetEntityType0 | None | Unset):
        code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageReferenceChangeOut | Problem
    """

    return sync_detailed(
        client=client,
        entity=entity,
        code=code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    entity: ListReferenceChangesApiV1ReferenceChangesGetEntityType0
    | None
    | Unset = UNSET,
    code: None | str | Unset = UNSET,
) -> Response[PageReferenceChangeOut | Problem]:
    """Who created or edited which industry, sub-sector or district, and when; newest first

    Args:
        entity (ListReferenceChangesApiV1ReferenceChangesGetEntityType0 | None | Unset):
        code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageReferenceChangeOut | Problem]
    """

    kwargs = _get_kwargs(
        entity=entity,
        code=code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    entity: ListReferenceChangesApiV1ReferenceChangesGetEntityType0
    | None
    | Unset = UNSET,
    code: None | str | Unset = UNSET,
) -> PageReferenceChangeOut | Problem | None:
    """Who created or edited which industry, sub-sector or district, and when; newest first

    Args:
        entity (ListReferenceChangesApiV1ReferenceChangesGetEntityType0 | None | Unset):
        code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageReferenceChangeOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            entity=entity,
            code=code,
        )
    ).parsed
