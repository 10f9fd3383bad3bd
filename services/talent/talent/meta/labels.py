"""What each of talent's enum values means, in Chinese and English (``GET /api/v1/meta/enums``)."""

from collections.abc import Mapping
from typing import Any

from shared.meta import Label
from talent.applications.schemas import ACTION_LABELS, STATUS_LABELS
from talent.personal_data.documents import DOCUMENT_LABELS
from talent.programmes.schemas import PROGRAMME_LEVEL_LABELS
from talent.talents.schemas import GENDER_LABELS, LEVEL_LABELS, ORIGIN_LABELS

ENUM_LABELS: dict[str, Mapping[Any, Label]] = {
    "talent_level": LEVEL_LABELS,
    "talent_origin": ORIGIN_LABELS,
    "gender": GENDER_LABELS,
    "id_document_type": DOCUMENT_LABELS,
    "programme_level": PROGRAMME_LEVEL_LABELS,
    "application_status": STATUS_LABELS,
    "application_action": ACTION_LABELS,
}
