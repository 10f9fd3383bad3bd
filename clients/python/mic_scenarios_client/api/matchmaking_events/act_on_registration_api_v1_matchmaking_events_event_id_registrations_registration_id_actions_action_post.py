from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.registration_action import RegistrationAction
from ...models.registration_out import RegistrationOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: UUID,
    registration_id: UUID,
    action: RegistrationAction,
    *,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/matchmaking-events/{event_id}/registrations/{registration_id}/actions/{action}".format(
            event_id=quote(str(event_id), safe=""),
            registration_id=quote(str(registration_id), safe=""),
            action=quote(str(action), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RegistrationOut | None:
    if response.status_code == 200:
        response_200 = RegistrationOut.from_dict(response.json())

        return response_200

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
) -> Response[Problem | RegistrationOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: UUID,
    registration_id: UUID,
    action: RegistrationAction,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | RegistrationOut]:
    """cancel a registration before the event is held; needs If-Match

     By the registered center's center_user, the organizer or a municipal_admin. A confirmed
    registration's places go to the first waitlisted ones that fit, in the order they came.

    Args:
        event_id (UUID):
        registration_id (UUID):
        action (RegistrationAction):
        if_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationOut]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        registration_id=registration_id,
        action=action,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: UUID,
    registration_id: UUID,
    action: RegistrationAction,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Problem | RegistrationOut | None:
    """cancel a registration before the event is held; needs If-Match

     By the registered center's center_user, the organizer or a municipal_admin. A confirmed
    registration's places go to the first waitlisted ones that fit, in the order they came.

    Args:
        event_id (UUID):
        registration_id (UUID):
        action (RegistrationAction):
        if_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationOut
    """

    return sync_detailed(
        event_id=event_id,
        registration_id=registration_id,
        action=action,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    event_id: UUID,
    registration_id: UUID,
    action: RegistrationAction,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | RegistrationOut]:
    """cancel a registration before the event is held; needs If-Match

     By the registered center's center_user, the organizer or a municipal_admin. A confirmed
    registration's places go to the first waitlisted ones that fit, in the order they came.

    Args:
        event_id (UUID):
        registration_id (UUID):
        action (RegistrationAction):
        if_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationOut]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        registration_id=registration_id,
        action=action,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: UUID,
    registration_id: UUID,
    action: RegistrationAction,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Problem | RegistrationOut | None:
    """cancel a registration before the event is held; needs If-Match

     By the registered center's center_user, the organizer or a municipal_admin. A confirmed
    registration's places go to the first waitlisted ones that fit, in the order they came.

    Args:
        event_id (UUID):
        registration_id (UUID):
        action (RegistrationAction):
        if_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationOut
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            registration_id=registration_id,
            action=action,
            client=client,
            if_match=if_match,
        )
    ).parsed
