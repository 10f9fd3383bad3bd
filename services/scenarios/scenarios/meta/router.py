"""``GET /api/v1/meta/enums``: what each enum value of scenarios means, in Chinese and English."""

from scenarios.meta.labels import ENUM_LABELS
from shared.meta import enum_labels_router

router = enum_labels_router(ENUM_LABELS)
