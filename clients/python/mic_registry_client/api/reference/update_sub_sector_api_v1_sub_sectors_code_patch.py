from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sub_sector_out import SubSectorOut
from ...models.sub_sector_patch import SubSectorPatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    body: SubSectorPatch,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/sub-sectors/{code}".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SubSectorOut | None:
    if response.status_code == 200:
        response_200 = SubSectorOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | SubSectorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: SubSectorPatch,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | SubSectorOut]:
    """Rename a sub-sector; needs If-Match; the code and the cluster never change

    Args:
        code (str):
        if_match (None | str | Unset): the ETag of your last read of this entry
        body (SubSectorPatch): A rename; the code and the cluster never change (centers link to
            them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SubSectorOut]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: SubSectorPatch,
    if_match: None | str | Unset = UNSET,
) -> Problem | SubSectorOut | None:
    """Rename a sub-sector; needs If-Match; the code and the cluster never change

    Args:
        code (str):
        if_match (None | str | Unset): the ETag of your last read of this entry
        body (SubSectorPatch): A rename; the code and the cluster never change (centers link to
            them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SubSectorOut
    """

    return sync_detailed(
        code=code,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: SubSectorPatch,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | SubSectorOut]:
    """Rename a sub-sector; needs If-Match; the code and the cluster never change

    Args:
        code (str):
        if_match (None | str | Unset): the ETag of your last read of this entry
        body (SubSectorPatch): A rename; the code and the cluster never change (centers link to
            them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SubSectorOut]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: SubSectorPatch,
    if_match: None | str | Unset = UNSET,
) -> Problem | SubSectorOut | None:
    """Rename a sub-sector; needs If-Match; the code and the cluster never change

    Args:
        code (str):
        if_match (None | str | Unset): the ETag of your last read of this entry
        body (SubSectorPatch): A rename; the code and the cluster never change (centers link to
            them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SubSectorOut
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
