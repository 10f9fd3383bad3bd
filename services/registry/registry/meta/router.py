"""``GET /api/v1/meta/enums``: what each enum value of registry means, in Chinese and English."""

from registry.meta.labels import ENUM_LABELS
from shared.meta import enum_labels_router

router = enum_labels_router(ENUM_LABELS)
