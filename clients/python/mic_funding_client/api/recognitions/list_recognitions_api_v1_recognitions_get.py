from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogue import Catalogue
from ...models.page_recognition_out import PageRecognitionOut
from ...models.problem import Problem
from ...models.support_case_status import SupportCaseStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    catalogue: Catalogue | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    maker_uscc: None | str | Unset = UNSET,
    status: None | SupportCaseStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_catalogue: None | str | Unset
    if isinstance(catalogue, Unset):
        json_catalogue = UNSET
    elif isinstance(catalogue, Catalogue):
        json_catalogue = catalogue.value
    else:
        json_catalogue = catalogue
    params["catalogue"] = json_catalogue

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    json_center_id: None | str | Unset
    if isinstance(center_id, Unset):
        json_center_id = UNSET
    elif isinstance(center_id, UUID):
        json_center_id = str(center_id)
    else:
        json_center_id = center_id
    params["center_id"] = json_center_id

    json_maker_uscc: None | str | Unset
    if isinstance(maker_uscc, Unset):
        json_maker_uscc = UNSET
    else:
        json_maker_uscc = maker_uscc
    params["maker_uscc"] = json_maker_uscc

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, SupportCaseStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/recognitions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageRecognitionOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageRecognitionOut.from_dict(response.json())

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
) -> Response[PageRecognitionOut | Problem]:
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
    catalogue: Catalogue | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    maker_uscc: None | str | Unset = UNSET,
    status: None | SupportCaseStatus | Unset = UNSET,
) -> Response[PageRecognitionOut | Problem]:
    """Recognitions in the caller's scope

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        catalogue (Catalogue | None | Unset):
        year (int | None | Unset):
        center_id (None | Unset | UUID):
        maker_uscc (None | str | Unset):
        status (None | SupportCaseStatus | Unset): the status of the subsidy's support case

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageRecognitionOut | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        catalogue=catalogue,
        year=year,
        center_id=center_id,
        maker_uscc=maker_uscc,
        status=status,
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
    catalogue: Catalogue | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    maker_uscc: None | str | Unset = UNSET,
    status: None | SupportCaseStatus | Unset = UNSET,
) -> PageRecognitionOut | Problem | None:
    """Recognitions in the caller's scope

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        catalogue (Catalogue | None | Unset):
        year (int | None | Unset):
        center_id (None | Unset | UUID):
        maker_uscc (None | str | Unset):
        status (None | SupportCaseStatus | Unset): the status of the subsidy's support case

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageRecognitionOut | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        catalogue=catalogue,
        year=year,
        center_id=center_id,
        maker_uscc=maker_uscc,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    catalogue: Catalogue | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    maker_uscc: None | str | Unset = UNSET,
    status: None | SupportCaseStatus | Unset = UNSET,
) -> Response[PageRecognitionOut | Problem]:
    """Recognitions in the caller's scope

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        catalogue (Catalogue | None | Unset):
        year (int | None | Unset):
        center_id (None | Unset | UUID):
        maker_uscc (None | str | Unset):
        status (None | SupportCaseStatus | Unset): the status of the subsidy's support case

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageRecognitionOut | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        catalogue=catalogue,
        year=year,
        center_id=center_id,
        maker_uscc=maker_uscc,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    catalogue: Catalogue | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    center_id: None | Unset | UUID = UNSET,
    maker_uscc: None | str | Unset = UNSET,
    status: None | SupportCaseStatus | Unset = UNSET,
) -> PageRecognitionOut | Problem | None:
    """Recognitions in the caller's scope

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        catalogue (Catalogue | None | Unset):
        year (int | None | Unset):
        center_id (None | Unset | UUID):
        maker_uscc (None | str | Unset):
        status (None | SupportCaseStatus | Unset): the status of the subsidy's support case

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageRecognitionOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            catalogue=catalogue,
            year=year,
            center_id=center_id,
            maker_uscc=maker_uscc,
            status=status,
        )
    ).parsed
