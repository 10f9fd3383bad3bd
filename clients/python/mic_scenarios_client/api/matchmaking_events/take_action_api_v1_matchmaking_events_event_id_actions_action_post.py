from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_action import EventAction
from ...models.event_action_in import EventActionIn
from ...models.event_out import EventOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: UUID,
    action: EventAction,
    *,
    body: EventActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/matchmaking-events/{event_id}/actions/{action}".format(
            event_id=quote(str(event_id), safe=""),
            action=quote(str(action), safe=""),
        ),
    }

    if isinstance(body, EventActionIn):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventOut | Problem | None:
    if response.status_code == 200:
        response_200 = EventOut.from_dict(response.json())

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
) -> Response[EventOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: UUID,
    action: EventAction,
    *,
    client: AuthenticatedClient,
    body: EventActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[EventOut | Problem]:
    """Take a lifecycle step; needs If-Match

     `open` (draft → open: registrations taken until the deadline), `close` (open → closed), `hold`
    (closed → held, once it has begun: outcomes may be recorded), `cancel` (from draft, open or closed →
    cancelled; needs a `comment` saying why). Taken by the event's own scenario_publisher or a
    municipal_admin.

    Args:
        event_id (UUID):
        action (EventAction):
        if_match (None | str | Unset):
        body (EventActionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventOut | Problem]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        action=action,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: UUID,
    action: EventAction,
    *,
    client: AuthenticatedClient,
    body: EventActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> EventOut | Problem | None:
    """Take a lifecycle step; needs If-Match

     `open` (draft → open: registrations taken until the deadline), `close` (open → closed), `hold`
    (closed → held, once it has begun: outcomes may be recorded), `cancel` (from draft, open or closed →
    cancelled; needs a `comment` saying why). Taken by the event's own scenario_publisher or a
    municipal_admin.

    Args:
        event_id (UUID):
        action (EventAction):
        if_match (None | str | Unset):
        body (EventActionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventOut | Problem
    """

    return sync_detailed(
        event_id=event_id,
        action=action,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    event_id: UUID,
    action: EventAction,
    *,
    client: AuthenticatedClient,
    body: EventActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[EventOut | Problem]:
    """Take a lifecycle step; needs If-Match

     `open` (draft → open: registrations taken until the deadline), `close` (open → closed), `hold`
    (closed → held, once it has begun: outcomes may be recorded), `cancel` (from draft, open or closed →
    cancelled; needs a `comment` saying why). Taken by the event's own scenario_publisher or a
    municipal_admin.

    Args:
        event_id (UUID):
        action (EventAction):
        if_match (None | str | Unset):
        body (EventActionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventOut | Problem]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        action=action,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: UUID,
    action: EventAction,
    *,
    client: AuthenticatedClient,
    body: EventActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> EventOut | Problem | None:
    """Take a lifecycle step; needs If-Match

     `open` (draft → open: registrations taken until the deadline), `close` (open → closed), `hold`
    (closed → held, once it has begun: outcomes may be recorded), `cancel` (from draft, open or closed →
    cancelled; needs a `comment` saying why). Taken by the event's own scenario_publisher or a
    municipal_admin.

    Args:
        event_id (UUID):
        action (EventAction):
        if_match (None | str | Unset):
        body (EventActionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventOut | Problem
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            action=action,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
