"""The service's one secret box, built from settings at start and handed to routes."""

from typing import Annotated

from fastapi import Depends, Request

from notifications.config import NotificationsSettings
from notifications.webhooks.secrets import SecretBox


def box_from(settings: NotificationsSettings) -> SecretBox:
    return SecretBox([k.get_secret_value() for k in settings.webhook_secret_keys])


def get_box(request: Request) -> SecretBox:
    box: SecretBox = request.app.state.webhook_secret_box
    return box


SecretBoxDep = Annotated[SecretBox, Depends(get_box)]
