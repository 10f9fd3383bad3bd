"""HTTP routes of the caller's own notification preferences."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from notifications.preferences import service
from notifications.preferences.schemas import PreferenceIn, PreferenceOut
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses

router = APIRouter(prefix="/api/v1/notification-preferences", tags=["notification-preferences"])


@router.get(
    "/me",
    response_model=PreferenceOut,
    responses=problem_responses(401, 403, 404),
    summary="Where and about what the caller is e-mailed",
)
async def get_my_preferences(session: SessionDep, principal: CurrentPrincipal) -> PreferenceOut:
    async with session.begin():
        preference = await service.get_own(session, principal)
    return PreferenceOut.model_validate(preference)


@router.put(
    "/me",
    response_model=PreferenceOut,
    responses=problem_responses(401, 403, 422),
    summary="Register or change the caller's e-mail address and the kinds of e-mail they want",
)
async def put_my_preferences(
    body: PreferenceIn, session: SessionDep, principal: CurrentPrincipal
) -> PreferenceOut:
    async with session.begin():
        preference = await service.save_own(session, principal, body)
    return PreferenceOut.model_validate(preference)


@router.delete(
    "/me",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
    summary="Stop all e-mail to the caller and forget their address",
)
async def delete_my_preferences(session: SessionDep, principal: CurrentPrincipal) -> Response:
    async with session.begin():
        await service.delete_own(session, principal)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
