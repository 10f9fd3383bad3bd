"""Problems the centers API can return."""

from shared.errors import Conflict, NotFound


class CenterNotFound(NotFound):
    code = "center-not-found"


class ActionNotAllowed(Conflict):
    code = "action-not-allowed"


class UpgradeNotAllowed(Conflict):
    code = "upgrade-not-allowed"


class UpgradeConflict(Conflict):
    code = "upgrade-conflict"


class SubSectorTaken(Conflict):
    code = "sub-sector-taken"
