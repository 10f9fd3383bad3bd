"""An offering as responses show it, with what may be done to it next."""

from scenarios.offerings.models import Offering
from scenarios.offerings.schemas import OfferingOut
from scenarios.offerings.workflow import MaturityLevel, OfferingStatus, WithdrawalReason, allowed_actions


def offering_out(offering: Offering) -> OfferingOut:
    """Needs the tags loaded."""
    status = OfferingStatus(offering.status)
    reason = offering.withdrawal_reason
    return OfferingOut(
        id=offering.id,
        center_id=offering.center_id,
        name=offering.name,
        description=offering.description,
        cluster_code=offering.cluster_code,
        tags=offering.tags,
        maturity_level=MaturityLevel(offering.maturity_level),
        certifications=offering.certifications,
        status=status,
        withdrawal_reason=WithdrawalReason(reason) if reason else None,
        allowed_actions=allowed_actions(status),
        version=offering.version,
        created_by=offering.created_by,
        created_at=offering.created_at,
        updated_at=offering.updated_at,
    )
