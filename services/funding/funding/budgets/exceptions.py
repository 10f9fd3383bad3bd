"""Budget problems, each with its HTTP status and stable code (RFC 9457 ``type``)."""

from shared.errors import Conflict, NotFound


class BudgetExceeded(Conflict):
    """The amount does not fit in what is still available (or committed, for a payment)."""

    code = "budget-exceeded"


class NoBudget(Conflict):
    """No budget exists for that year and category: money cannot be committed against nothing."""

    code = "no-budget"


class BudgetExists(Conflict):
    code = "budget-exists"


class AllocationLowered(Conflict):
    code = "allocation-lowered"


class BudgetNotFound(NotFound):
    code = "budget-not-found"
