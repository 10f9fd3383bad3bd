import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_audit_entry_out import PageAuditEntryOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    requested_by: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    target: None | str | Unset = UNSET,
    request_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_requested_by: None | str | Unset
    if isinstance(requested_by, Unset):
        json_requested_by = UNSET
    else:
        json_requested_by = requested_by
    params["requested_by"] = json_requested_by

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    else:
        json_role = role
    params["role"] = json_role

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    else:
        json_action = action
    params["action"] = json_action

    json_target: None | str | Unset
    if isinstance(target, Unset):
        json_target = UNSET
    else:
        json_target = target
    params["target"] = json_target

    json_request_id: None | str | Unset
    if isinstance(request_id, Unset):
        json_request_id = UNSET
    else:
        json_request_id = request_id
    params["request_id"] = json_request_id

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageAuditEntryOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageAuditEntryOut.from_dict(response.json())

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
) -> Response[PageAuditEntryOut | Problem]:
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
    requested_by: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    target: None | str | Unset = UNSET,
    request_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
) -> Response[PageAuditEntryOut | Problem]:
    """The audit log: every change and every unmasked read, newest first

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        requested_by (None | str | Unset): the caller's token subject
        role (None | str | Unset): the caller's role
        action (None | str | Unset): the operation, e.g. POST /api/v1/centers
        target (None | str | Unset): a path or its beginning, e.g. /api/v1/centers/<id>
        request_id (None | str | Unset): one request's X-Request-ID
        since (datetime.datetime | None | Unset): entries at or after this time
        until (datetime.datetime | None | Unset): entries before this time

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEntryOut | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        requested_by=requested_by,
        role=role,
        action=action,
        target=target,
        request_id=request_id,
        since=since,
        until=until,
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
    requested_by: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    target: None | str | Unset = UNSET,
    request_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
) -> PageAuditEntryOut | Problem | None:
    """The audit log: every change and every unmasked read, newest first

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        requested_by (None | str | Unset): the caller's token subject
        role (None | str | Unset): the caller's role
        action (None | str | Unset): the operation, e.g. POST /api/v1/centers
        target (None | str | Unset): a path or its beginning, e.g. /api/v1/centers/<id>
        request_id (None | str | Unset): one request's X-Request-ID
        since (datetime.datetime | None | Unset): entries at or after this time
        until (datetime.datetime | None | Unset): entries before this time

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEntryOut | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        requested_by=requested_by,
        role=role,
        action=action,
        target=target,
        request_id=request_id,
        since=since,
        until=until,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    requested_by: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    target: None | str | Unset = UNSET,
    request_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
) -> Response[PageAuditEntryOut | Problem]:
    """The audit log: every change and every unmasked read, newest first

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        requested_by (None | str | Unset): the caller's token subject
        role (None | str | Unset): the caller's role
        action (None | str | Unset): the operation, e.g. POST /api/v1/centers
        target (None | str | Unset): a path or its beginning, e.g. /api/v1/centers/<id>
        request_id (None | str | Unset): one request's X-Request-ID
        since (datetime.datetime | None | Unset): entries at or after this time
        until (datetime.datetime | None | Unset): entries before this time

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEntryOut | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        requested_by=requested_by,
        role=role,
        action=action,
        target=target,
        request_id=request_id,
        since=since,
        until=until,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    requested_by: None | str | Unset = UNSET,
    role: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    target: None | str | Unset = UNSET,
    request_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
) -> PageAuditEntryOut | Problem | None:
    """The audit log: every change and every unmasked read, newest first

    Args:
        limit (int | Unset): page size (max 200) Default: 50.
        cursor (None | str | Unset): opaque cursor from next_cursor
        requested_by (None | str | Unset): the caller's token subject
        role (None | str | Unset): the caller's role
        action (None | str | Unset): the operation, e.g. POST /api/v1/centers
        target (None | str | Unset): a path or its beginning, e.g. /api/v1/centers/<id>
        request_id (None | str | Unset): one request's X-Request-ID
        since (datetime.datetime | None | Unset): entries at or after this time
        until (datetime.datetime | None | Unset): entries before this time

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEntryOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            requested_by=requested_by,
            role=role,
            action=action,
            target=target,
            request_id=request_id,
            since=since,
            until=until,
        )
    ).parsed
