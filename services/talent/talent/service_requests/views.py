"""A service request as responses show it, with what may be done to it next."""

from __future__ import annotations

from talent.entitlements.schemas import Entitlement, ServiceKind
from talent.service_requests.models import ServiceRequest
from talent.service_requests.schemas import ServiceRequestOut
from talent.service_requests.workflow import RefusalReason, ServiceRequestStatus, allowed_actions


def request_out(request: ServiceRequest) -> ServiceRequestOut:
    status = ServiceRequestStatus(request.status)
    entitlement = Entitlement(request.entitlement)
    return ServiceRequestOut(
        id=request.id,
        talent_id=request.talent_id,
        center_id=request.center_id,
        kind=ServiceKind(request.kind),
        details=request.details,
        status=status,
        entitlement=entitlement,
        entitlement_version=request.entitlement_version,
        entitlement_to_confirm=entitlement is Entitlement.REVIEW and status is ServiceRequestStatus.SUBMITTED,
        requested_on=request.requested_on,
        refusal_reason=RefusalReason(request.refusal_reason) if request.refusal_reason else None,
        refusal_detail_zh=request.refusal_detail_zh,
        refusal_detail_en=request.refusal_detail_en,
        fulfilled_on=request.fulfilled_on,
        allowed_actions=allowed_actions(status),
        version=request.version,
        requested_by=request.requested_by,
        created_at=request.created_at,
        updated_at=request.updated_at,
    )
