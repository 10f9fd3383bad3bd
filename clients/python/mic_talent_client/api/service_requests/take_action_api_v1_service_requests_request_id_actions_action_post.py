from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.service_request_action import ServiceRequestAction
from ...models.service_request_action_in import ServiceRequestActionIn
from ...models.service_request_out import ServiceRequestOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    request_id: UUID,
    action: ServiceRequestAction,
    *,
    body: ServiceRequestActionIn,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-requests/{request_id}/actions/{action}".format(
            request_id=quote(str(request_id), safe=""),
            action=quote(str(action), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ServiceRequestOut | None:
    if response.status_code == 200:
        response_200 = ServiceRequestOut.from_dict(response.json())

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
) -> Response[Problem | ServiceRequestOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    request_id: UUID,
    action: ServiceRequestAction,
    *,
    client: AuthenticatedClient,
    body: ServiceRequestActionIn,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | ServiceRequestOut]:
    """accept, fulfil or refuse a request (talent officer); needs If-Match

    Args:
        request_id (UUID):
        action (ServiceRequestAction):
        if_match (None | str | Unset):
        body (ServiceRequestActionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceRequestOut]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
        action=action,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    request_id: UUID,
    action: ServiceRequestAction,
    *,
    client: AuthenticatedClient,
    body: ServiceRequestActionIn,
    if_match: None | str | Unset = UNSET,
) -> Problem | ServiceRequestOut | None:
    """accept, fulfil or refuse a request (talent officer); needs If-Match

    Args:
        request_id (UUID):
        action (ServiceRequestAction):
        if_match (None | str | Unset):
        body (ServiceRequestActionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceRequestOut
    """

    return sync_detailed(
        request_id=request_id,
        action=action,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    request_id: UUID,
    action: ServiceRequestAction,
    *,
    client: AuthenticatedClient,
    body: ServiceRequestActionIn,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | ServiceRequestOut]:
    """accept, fulfil or refuse a request (talent officer); needs If-Match

    Args:
        request_id (UUID):
        action (ServiceRequestAction):
        if_match (None | str | Unset):
        body (ServiceRequestActionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceRequestOut]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
        action=action,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_id: UUID,
    action: ServiceRequestAction,
    *,
    client: AuthenticatedClient,
    body: ServiceRequestActionIn,
    if_match: None | str | Unset = UNSET,
) -> Problem | ServiceRequestOut | None:
    """accept, fulfil or refuse a request (talent officer); needs If-Match

    Args:
        request_id (UUID):
        action (ServiceRequestAction):
        if_match (None | str | Unset):
        body (ServiceRequestActionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceRequestOut
    """

    return (
        await asyncio_detailed(
            request_id=request_id,
            action=action,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
