"""Problems the reference data API can return."""

from shared.errors import Conflict, Unprocessable


class SubSectorNameTaken(Conflict):
    """Another sub-sector of the cluster already has that code or name."""

    code = "sub-sector-name-taken"


class UnknownReference(Unprocessable):
    """A filter names a district, cluster or sub-sector that the reference data does not have."""
