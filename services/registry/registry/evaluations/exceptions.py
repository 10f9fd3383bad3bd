"""Problems the annual evaluation API can return."""

from shared.errors import Conflict, NotFound


class EvaluationNotFound(NotFound):
    code = "evaluation-not-found"


class CenterNotOperating(Conflict):
    """Only an operating center is evaluated."""

    code = "center-not-operating"


class NotAFullYear(Conflict):
    """The center has operated for less than a full year since its acceptance."""

    code = "operating-less-than-a-year"


class EvaluationExists(Conflict):
    """One evaluation per center and year."""

    code = "evaluation-exists"


class ExpertUndeclared(Conflict):
    """The expert has no declaration in the expert registry (or is not registered at all)."""

    code = "expert-undeclared"


class ConflictOfInterest(Conflict):
    """By the expert registry, the expert is tied to the evaluated center (回避)."""

    code = "conflict-of-interest"


class ExpertAlreadyAssigned(Conflict):
    code = "expert-already-assigned"


class EvaluationConcluded(Conflict):
    """A concluded evaluation takes no more experts, scores or conclusions."""

    code = "evaluation-concluded"


class EvaluationClosed(Conflict):
    """An evaluation closed by the center's revocation takes no more experts, scores or conclusions."""

    code = "evaluation-closed"


class NoScores(Conflict):
    """Concluding needs at least one expert's scores."""

    code = "no-scores"


class NoGradingRule(Conflict):
    """No version of the grading rule is in force on the day."""

    code = "no-grading-rule"


class RecheckNotApplicable(Conflict):
    """Only a concluded 不合格 evaluation is re-checked, and only once."""

    code = "recheck-not-applicable"
