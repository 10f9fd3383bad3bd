"""Problems the expert registry can return."""

from shared.errors import Conflict, NotFound


class ExpertNotFound(NotFound):
    code = "expert-not-found"


class ExpertExists(Conflict):
    """One record per token subject."""

    code = "expert-exists"
