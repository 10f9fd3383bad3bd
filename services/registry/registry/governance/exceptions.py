"""Problems the center members and governance APIs can return."""

from shared.errors import Conflict, NotFound


class MemberNotFound(NotFound):
    code = "member-not-found"


class MemberExists(Conflict):
    code = "member-exists"


class GovernanceNotApplicable(Conflict):
    code = "governance-not-applicable"


class GovernanceIncomplete(Conflict):
    """For the approve action: the center lacks what `四` requires; ``errors`` lists each gap."""

    code = "governance-incomplete"


class LeadSetByCenter(Conflict):
    """A center's one lead is its ``lead_organization``: a member call neither adds nor removes it."""

    code = "lead-set-by-center"
