"""``GET /api/v1/meta/enums``: what each enum value of a service means, in Chinese and English."""

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

Label = tuple[str, str]


class EnumValue(BaseModel):
    value: str
    zh: str
    en: str


def enum_labels_router(labels: Mapping[str, Mapping[Any, Label]]) -> APIRouter:
    """The meta router of a service whose enums are ``labels`` (name → value → (zh, en))."""
    router = APIRouter(prefix="/api/v1/meta", tags=["meta"])

    @router.get("/enums", response_model=dict[str, list[EnumValue]], summary="zh/en labels of every enum")
    async def enums() -> dict[str, list[EnumValue]]:
        return {
            name: [EnumValue(value=str(value), zh=zh, en=en) for value, (zh, en) in values.items()]
            for name, values in labels.items()
        }

    return router
