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


class ReviewerCannotApprove(Conflict):
    """Nobody both reviews a case (decides its amounts) and approves its money."""

    code = "reviewer-cannot-approve"


class SameReviewer(Conflict):
    """Amounts above the request or the rule's cap need a second reviewer, not the proposer again."""

    code = "same-reviewer"
