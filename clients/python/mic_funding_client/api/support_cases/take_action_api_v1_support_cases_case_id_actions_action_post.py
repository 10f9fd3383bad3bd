from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_in import ActionIn
from ...models.problem import Problem
from ...models.support_case_action import SupportCaseAction
from ...models.support_case_out import SupportCaseOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    case_id: UUID,
    action: SupportCaseAction,
    *,
    body: ActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/support-cases/{case_id}/actions/{action}".format(
            case_id=quote(str(case_id), safe=""),
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
) -> Problem | SupportCaseOut | None:
    if response.status_code == 200:
        response_200 = SupportCaseOut.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | SupportCaseOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    case_id: UUID,
    action: SupportCaseAction,
    *,
    client: AuthenticatedClient,
    body: ActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | SupportCaseOut]:
    """Take a workflow action

     `select_option` {option: grant|equity, line_options?} by the center's own center_user or a
    municipal_admin; `approve` by two different finance_officers (two calls); `reject` {comment};
    `disburse` {voucher_no, amount, paid_on} by a finance_officer, one or more tranches; `close`;
    `resolve` {decision: pay|ineligible, justification, lines?} of a needs_review case by a
    municipal_admin; `cancel` {comment}, `suspend` {comment}, `resume` by a municipal_admin. If-Match
    (the case's ETag) is checked when sent.

    Args:
        case_id (UUID):
        action (SupportCaseAction):
        if_match (None | str | Unset):
        body (ActionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupportCaseOut]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        action=action,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    case_id: UUID,
    action: SupportCaseAction,
    *,
    client: AuthenticatedClient,
    body: ActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Problem | SupportCaseOut | None:
    """Take a workflow action

     `select_option` {option: grant|equity, line_options?} by the center's own center_user or a
    municipal_admin; `approve` by two different finance_officers (two calls); `reject` {comment};
    `disburse` {voucher_no, amount, paid_on} by a finance_officer, one or more tranches; `close`;
    `resolve` {decision: pay|ineligible, justification, lines?} of a needs_review case by a
    municipal_admin; `cancel` {comment}, `suspend` {comment}, `resume` by a municipal_admin. If-Match
    (the case's ETag) is checked when sent.

    Args:
        case_id (UUID):
        action (SupportCaseAction):
        if_match (None | str | Unset):
        body (ActionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupportCaseOut
    """

    return sync_detailed(
        case_id=case_id,
        action=action,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    case_id: UUID,
    action: SupportCaseAction,
    *,
    client: AuthenticatedClient,
    body: ActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | SupportCaseOut]:
    """Take a workflow action

     `select_option` {option: grant|equity, line_options?} by the center's own center_user or a
    municipal_admin; `approve` by two different finance_officers (two calls); `reject` {comment};
    `disburse` {voucher_no, amount, paid_on} by a finance_officer, one or more tranches; `close`;
    `resolve` {decision: pay|ineligible, justification, lines?} of a needs_review case by a
    municipal_admin; `cancel` {comment}, `suspend` {comment}, `resume` by a municipal_admin. If-Match
    (the case's ETag) is checked when sent.

    Args:
        case_id (UUID):
        action (SupportCaseAction):
        if_match (None | str | Unset):
        body (ActionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupportCaseOut]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        action=action,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    case_id: UUID,
    action: SupportCaseAction,
    *,
    client: AuthenticatedClient,
    body: ActionIn | None | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Problem | SupportCaseOut | None:
    """Take a workflow action

     `select_option` {option: grant|equity, line_options?} by the center's own center_user or a
    municipal_admin; `approve` by two different finance_officers (two calls); `reject` {comment};
    `disburse` {voucher_no, amount, paid_on} by a finance_officer, one or more tranches; `close`;
    `resolve` {decision: pay|ineligible, justification, lines?} of a needs_review case by a
    municipal_admin; `cancel` {comment}, `suspend` {comment}, `resume` by a municipal_admin. If-Match
    (the case's ETag) is checked when sent.

    Args:
        case_id (UUID):
        action (SupportCaseAction):
        if_match (None | str | Unset):
        body (ActionIn | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupportCaseOut
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            action=action,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
