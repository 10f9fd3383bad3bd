"""Problems the reference data API can return."""

from shared.errors import Conflict


class SubSectorNameTaken(Conflict):
    """Another sub-sector of the cluster already has that code or name."""

    code = "sub-sector-name-taken"
