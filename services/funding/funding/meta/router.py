"""``GET /api/v1/meta/enums``: what each enum value means, in Chinese and English."""

from fastapi import APIRouter
from pydantic import BaseModel

from funding.meta.labels import ENUM_LABELS

router = APIRouter(prefix="/api/v1/meta", tags=["meta"])


class EnumValue(BaseModel):
    value: str
    zh: str
    en: str


@router.get("/enums", response_model=dict[str, list[EnumValue]], summary="zh/en labels of every enum")
async def enums() -> dict[str, list[EnumValue]]:
    return {
        name: [EnumValue(value=str(value), zh=zh, en=en) for value, (zh, en) in values.items()]
        for name, values in ENUM_LABELS.items()
    }
