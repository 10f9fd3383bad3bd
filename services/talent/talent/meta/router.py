"""``GET /api/v1/meta/enums``: what each enum value of talent means, in Chinese and English."""

from shared.meta import enum_labels_router
from talent.meta.labels import ENUM_LABELS

router = enum_labels_router(ENUM_LABELS)
