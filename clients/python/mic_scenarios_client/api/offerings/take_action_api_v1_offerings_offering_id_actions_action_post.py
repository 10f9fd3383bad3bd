from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.offering_action import OfferingAction
from ...models.offering_action_in import OfferingActionIn
from ...models.offering_out import OfferingOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    offering_id: UUID,
    action: OfferingAction,
    *,
    body: None | OfferingActionIn | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/offerings/{offering_id}/actions/{action}".format(
            offering_id=quote(str(offering_id), safe=""),
            action=quote(str(action), safe=""),
        ),
    }

    if isinstance(body, OfferingActionIn):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OfferingOut | Problem | None:
    if response.status_code == 200:
        response_200 = OfferingOut.from_dict(response.json())

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
) -> Response[OfferingOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    offering_id: UUID,
    action: OfferingAction,
    *,
    client: AuthenticatedClient,
    body: None | OfferingActionIn | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[OfferingOut | Problem]:
    """withdraw (active → withdrawn) or reactivate (withdrawn → active); needs If-Match

     Taken by a center_user of the offering's own center or a municipal_admin. An offering of a center
    registry revoked is withdrawn by registry's event and never reactivated (409 `center-revoked`).

    Args:
        offering_id (UUID):
        action (OfferingAction):
        if_match (None | str | Unset):
        body (None | OfferingActionIn | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OfferingOut | Problem]
    """

    kwargs = _get_kwargs(
        offering_id=offering_id,
        action=action,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    offering_id: UUID,
    action: OfferingAction,
    *,
    client: AuthenticatedClient,
    body: None | OfferingActionIn | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> OfferingOut | Problem | None:
    """withdraw (active → withdrawn) or reactivate (withdrawn → active); needs If-Match

     Taken by a center_user of the offering's own center or a municipal_admin. An offering of a center
    registry revoked is withdrawn by registry's event and never reactivated (409 `center-revoked`).

    Args:
        offering_id (UUID):
        action (OfferingAction):
        if_match (None | str | Unset):
        body (None | OfferingActionIn | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OfferingOut | Problem
    """

    return sync_detailed(
        offering_id=offering_id,
        action=action,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    offering_id: UUID,
    action: OfferingAction,
    *,
    client: AuthenticatedClient,
    body: None | OfferingActionIn | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[OfferingOut | Problem]:
    """withdraw (active → withdrawn) or reactivate (withdrawn → active); needs If-Match

     Taken by a center_user of the offering's own center or a municipal_admin. An offering of a center
    registry revoked is withdrawn by registry's event and never reactivated (409 `center-revoked`).

    Args:
        offering_id (UUID):
        action (OfferingAction):
        if_match (None | str | Unset):
        body (None | OfferingActionIn | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OfferingOut | Problem]
    """

    kwargs = _get_kwargs(
        offering_id=offering_id,
        action=action,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    offering_id: UUID,
    action: OfferingAction,
    *,
    client: AuthenticatedClient,
    body: None | OfferingActionIn | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> OfferingOut | Problem | None:
    """withdraw (active → withdrawn) or reactivate (withdrawn → active); needs If-Match

     Taken by a center_user of the offering's own center or a municipal_admin. An offering of a center
    registry revoked is withdrawn by registry's event and never reactivated (409 `center-revoked`).

    Args:
        offering_id (UUID):
        action (OfferingAction):
        if_match (None | str | Unset):
        body (None | OfferingActionIn | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OfferingOut | Problem
    """

    return (
        await asyncio_detailed(
            offering_id=offering_id,
            action=action,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
