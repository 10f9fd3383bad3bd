"""Support-case problems, each with its HTTP status and stable code."""

from shared.errors import Conflict, NotFound


class SupportCaseNotFound(NotFound):
    code = "support-case-not-found"


class ActionNotAllowed(Conflict):
    code = "action-not-allowed"


class SameOfficer(Conflict):
    """Maker-checker: the second approval must come from another finance officer."""

    code = "same-officer"


class DisbursementExceedsApproved(Conflict):
    code = "disbursement-exceeds-approved"


class VoucherUsed(Conflict):
    code = "voucher-used"
