from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_in import ActionIn
from ...models.application_action import ApplicationAction
from ...models.application_out import ApplicationOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    application_id: UUID,
    action: ApplicationAction,
    *,
    body: ActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/talent-applications/{application_id}/actions/{action}".format(
            application_id=quote(str(application_id), safe=""),
            action=quote(str(action), safe=""),
        ),
    }

    if isinstance(body, ActionIn):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationOut | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicationOut.from_dict(response.json())

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
) -> Response[ApplicationOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: UUID,
    action: ApplicationAction,
    *,
    client: AuthenticatedClient,
    body: ActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[ApplicationOut | Problem]:
    """Take a workflow step; needs If-Match

     `recommend` (draft → recommended) by the application's own center_user; `submit` (recommended →
    submitted) by a talent_officer; `award` (submitted → awarded) and `reject` (recommended or submitted
    → rejected) by a talent_officer. An optional `note` is kept in the history. After the round's
    deadline day (China) nothing is recommended or submitted (409 `round-closed`); the outcome is still
    recorded.

    Args:
        application_id (UUID):
        action (ApplicationAction):
        if_match (None | str | Unset):
        body (ActionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationOut | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        action=action,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: UUID,
    action: ApplicationAction,
    *,
    client: AuthenticatedClient,
    body: ActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> ApplicationOut | Problem | None:
    """Take a workflow step; needs If-Match

     `recommend` (draft → recommended) by the application's own center_user; `submit` (recommended →
    submitted) by a talent_officer; `award` (submitted → awarded) and `reject` (recommended or submitted
    → rejected) by a talent_officer. An optional `note` is kept in the history. After the round's
    deadline day (China) nothing is recommended or submitted (409 `round-closed`); the outcome is still
    recorded.

    Args:
        application_id (UUID):
        action (ApplicationAction):
        if_match (None | str | Unset):
        body (ActionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationOut | Problem
    """

    return sync_detailed(
        application_id=application_id,
        action=action,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    application_id: UUID,
    action: ApplicationAction,
    *,
    client: AuthenticatedClient,
    body: ActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[ApplicationOut | Problem]:
    """Take a workflow step; needs If-Match

     `recommend` (draft → recommended) by the application's own center_user; `submit` (recommended →
    submitted) by a talent_officer; `award` (submitted → awarded) and `reject` (recommended or submitted
    → rejected) by a talent_officer. An optional `note` is kept in the history. After the round's
    deadline day (China) nothing is recommended or submitted (409 `round-closed`); the outcome is still
    recorded.

    Args:
        application_id (UUID):
        action (ApplicationAction):
        if_match (None | str | Unset):
        body (ActionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationOut | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        action=action,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: UUID,
    action: ApplicationAction,
    *,
    client: AuthenticatedClient,
    body: ActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> ApplicationOut | Problem | None:
    """Take a workflow step; needs If-Match

     `recommend` (draft → recommended) by the application's own center_user; `submit` (recommended →
    submitted) by a talent_officer; `award` (submitted → awarded) and `reject` (recommended or submitted
    → rejected) by a talent_officer. An optional `note` is kept in the history. After the round's
    deadline day (China) nothing is recommended or submitted (409 `round-closed`); the outcome is still
    recorded.

    Args:
        application_id (UUID):
        action (ApplicationAction):
        if_match (None | str | Unset):
        body (ActionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationOut | Problem
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            action=action,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
