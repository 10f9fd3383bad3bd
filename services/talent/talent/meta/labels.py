"""What each of talent's enum values means, in Chinese and English (``GET /api/v1/meta/enums``)."""

from collections.abc import Mapping
from typing import Any

from shared.meta import Label
from talent.applications.schemas import APPLICATION_ACTION_LABELS, APPLICATION_STATUS_LABELS
from talent.entitlements.schemas import ENTITLEMENT_LABELS, KIND_LABELS
from talent.personal_data.documents import DOCUMENT_LABELS
from talent.programmes.schemas import PROGRAMME_LEVEL_LABELS
from talent.service_requests.schemas import REFUSAL_LABELS, SERVICE_REQUEST_STATUS_LABELS, STEP_LABELS
from talent.talents.schemas import GENDER_LABELS, LEVEL_LABELS, ORIGIN_LABELS

ENUM_LABELS: dict[str, Mapping[Any, Label]] = {
    "talent_level": LEVEL_LABELS,
    "talent_origin": ORIGIN_LABELS,
    "gender": GENDER_LABELS,
    "id_document_type": DOCUMENT_LABELS,
    "service_kind": KIND_LABELS,
    "service_entitlement": ENTITLEMENT_LABELS,
    "service_request_status": SERVICE_REQUEST_STATUS_LABELS,
    "service_request_step": STEP_LABELS,
    "service_refusal_reason": REFUSAL_LABELS,
    "programme_level": PROGRAMME_LEVEL_LABELS,
    "application_status": APPLICATION_STATUS_LABELS,
    "application_action": APPLICATION_ACTION_LABELS,
}
