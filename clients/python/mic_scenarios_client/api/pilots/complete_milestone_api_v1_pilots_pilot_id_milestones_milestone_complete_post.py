from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.milestone import Milestone
from ...models.milestone_complete import MilestoneComplete
from ...models.pilot_out import PilotOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    pilot_id: UUID,
    milestone: Milestone,
    *,
    body: MilestoneComplete,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pilots/{pilot_id}/milestones/{milestone}/complete".format(
            pilot_id=quote(str(pilot_id), safe=""),
            milestone=quote(str(milestone), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PilotOut | Problem | None:
    if response.status_code == 200:
        response_200 = PilotOut.from_dict(response.json())

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
) -> Response[PilotOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pilot_id: UUID,
    milestone: Milestone,
    *,
    client: AuthenticatedClient,
    body: MilestoneComplete,
    if_match: None | str | Unset = UNSET,
) -> Response[PilotOut | Problem]:
    """Complete the next milestone with its evidence (the scenario's own publisher or a center_user of the
    offering's center); needs If-Match

     In order: `verification` (验证), `iteration` (迭代), `demonstration` (示范推广); another one gets 409
    `milestone-out-of-order`. Announces `pilot.milestone_completed`.

    Args:
        pilot_id (UUID):
        milestone (Milestone):
        if_match (None | str | Unset):
        body (MilestoneComplete):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PilotOut | Problem]
    """

    kwargs = _get_kwargs(
        pilot_id=pilot_id,
        milestone=milestone,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pilot_id: UUID,
    milestone: Milestone,
    *,
    client: AuthenticatedClient,
    body: MilestoneComplete,
    if_match: None | str | Unset = UNSET,
) -> PilotOut | Problem | None:
    """Complete the next milestone with its evidence (the scenario's own publisher or a center_user of the
    offering's center); needs If-Match

     In order: `verification` (验证), `iteration` (迭代), `demonstration` (示范推广); another one gets 409
    `milestone-out-of-order`. Announces `pilot.milestone_completed`.

    Args:
        pilot_id (UUID):
        milestone (Milestone):
        if_match (None | str | Unset):
        body (MilestoneComplete):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PilotOut | Problem
    """

    return sync_detailed(
        pilot_id=pilot_id,
        milestone=milestone,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    pilot_id: UUID,
    milestone: Milestone,
    *,
    client: AuthenticatedClient,
    body: MilestoneComplete,
    if_match: None | str | Unset = UNSET,
) -> Response[PilotOut | Problem]:
    """Complete the next milestone with its evidence (the scenario's own publisher or a center_user of the
    offering's center); needs If-Match

     In order: `verification` (验证), `iteration` (迭代), `demonstration` (示范推广); another one gets 409
    `milestone-out-of-order`. Announces `pilot.milestone_completed`.

    Args:
        pilot_id (UUID):
        milestone (Milestone):
        if_match (None | str | Unset):
        body (MilestoneComplete):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PilotOut | Problem]
    """

    kwargs = _get_kwargs(
        pilot_id=pilot_id,
        milestone=milestone,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pilot_id: UUID,
    milestone: Milestone,
    *,
    client: AuthenticatedClient,
    body: MilestoneComplete,
    if_match: None | str | Unset = UNSET,
) -> PilotOut | Problem | None:
    """Complete the next milestone with its evidence (the scenario's own publisher or a center_user of the
    offering's center); needs If-Match

     In order: `verification` (验证), `iteration` (迭代), `demonstration` (示范推广); another one gets 409
    `milestone-out-of-order`. Announces `pilot.milestone_completed`.

    Args:
        pilot_id (UUID):
        milestone (Milestone):
        if_match (None | str | Unset):
        body (MilestoneComplete):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PilotOut | Problem
    """

    return (
        await asyncio_detailed(
            pilot_id=pilot_id,
            milestone=milestone,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
