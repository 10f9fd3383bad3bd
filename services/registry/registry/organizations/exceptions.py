"""Problems the organizations API can return."""

from shared.errors import Conflict, NotFound


class OrganizationNotFound(NotFound):
    code = "organization-not-found"


class OrganizationExists(Conflict):
    code = "organization-exists"
