from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.registration_create import RegistrationCreate
from ...models.registration_out import RegistrationOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: UUID,
    *,
    body: RegistrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/matchmaking-events/{event_id}/registrations".format(
            event_id=quote(str(event_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RegistrationOut | None:
    if response.status_code == 201:
        response_201 = RegistrationOut.from_dict(response.json())

        return response_201

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
) -> Response[Problem | RegistrationOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RegistrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RegistrationOut]:
    """Register a center or a company while the event is open and before its deadline

     A center_user registers its own center; the organizer or a municipal_admin registers any center or
    company (a company's USCC is checked per GB 32100-2015). Capacity counts attendees: a registration
    that fits is `confirmed`, else `waitlisted` with its `waitlist_place`. The same center or company
    twice is 409 `already-registered`; a closed event or a passed deadline is 409 `registration-closed`.

    Args:
        event_id (UUID):
        idempotency_key (None | str | Unset): the same key and body return the first result
        body (RegistrationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationOut]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RegistrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RegistrationOut | None:
    """Register a center or a company while the event is open and before its deadline

     A center_user registers its own center; the organizer or a municipal_admin registers any center or
    company (a company's USCC is checked per GB 32100-2015). Capacity counts attendees: a registration
    that fits is `confirmed`, else `waitlisted` with its `waitlist_place`. The same center or company
    twice is 409 `already-registered`; a closed event or a passed deadline is 409 `registration-closed`.

    Args:
        event_id (UUID):
        idempotency_key (None | str | Unset): the same key and body return the first result
        body (RegistrationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationOut
    """

    return sync_detailed(
        event_id=event_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RegistrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RegistrationOut]:
    """Register a center or a company while the event is open and before its deadline

     A center_user registers its own center; the organizer or a municipal_admin registers any center or
    company (a company's USCC is checked per GB 32100-2015). Capacity counts attendees: a registration
    that fits is `confirmed`, else `waitlisted` with its `waitlist_place`. The same center or company
    twice is 409 `already-registered`; a closed event or a passed deadline is 409 `registration-closed`.

    Args:
        event_id (UUID):
        idempotency_key (None | str | Unset): the same key and body return the first result
        body (RegistrationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationOut]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RegistrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RegistrationOut | None:
    """Register a center or a company while the event is open and before its deadline

     A center_user registers its own center; the organizer or a municipal_admin registers any center or
    company (a company's USCC is checked per GB 32100-2015). Capacity counts attendees: a registration
    that fits is `confirmed`, else `waitlisted` with its `waitlist_place`. The same center or company
    twice is 409 `already-registered`; a closed event or a passed deadline is 409 `registration-closed`.

    Args:
        event_id (UUID):
        idempotency_key (None | str | Unset): the same key and body return the first result
        body (RegistrationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationOut
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
