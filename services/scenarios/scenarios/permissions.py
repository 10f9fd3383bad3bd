"""Who may call each of scenarios' operations (issue 15): the one table the bearer check enforces.

It says what the services check, no more. Every signed-in user reads published scenarios,
offerings, matchmaking events past draft and their outcomes, and the ranked suggestions
(``access.sees``, ``matchmaking.service.sees``); a draft is its own publisher's (organizer's) and
the city's, an id outside that is 404. Matches and pilots are called by everyone but shown only to
their parties (``access.parties_see``): the city, the offering's center and the scenario's own
publisher; anyone else lists none and meets 404. Writes follow the workflows' tables
(``scenarios.workflow``, ``offerings.workflow``, ``matchmaking.workflow``: the tests hold them
together) and the sides of a match (``sides.sides_of``).
"""

from shared.audit.router import AUDIT_PERMISSIONS
from shared.auth import Role
from shared.permissions import EVERY_ROLE, PUBLIC, PermissionMatrix, allow

_R = Role
# Who opens scenarios and organizes matchmaking events (scenarios.service.PUBLISHERS,
# matchmaking.service.ORGANIZERS), and the sides of a match (matches.service.PARTIES).
PUBLISHERS = (_R.SCENARIO_PUBLISHER, _R.MUNICIPAL_ADMIN)
OFFERING_WRITERS = (_R.CENTER_USER, _R.MUNICIPAL_ADMIN)
PARTIES = (_R.SCENARIO_PUBLISHER, _R.MUNICIPAL_ADMIN, _R.CENTER_USER)

PUBLISHED = "every published scenario; a draft only to its own publisher and the city"
OWN_PUBLISHER = "the scenario's own scenario_publisher, or a municipal_admin for any"
OWN_CENTER = "a center_user of the offering's own center, or a municipal_admin for any"
PARTIES_SEE = (
    "only the pair's parties see it: the city (and an integration client with the scope) every "
    "one, a center_user its center's, a scenario_publisher its own scenarios'; anyone else none"
)
SIDE = (
    "a side of the match: the scenario's own scenario_publisher or a municipal_admin, or a "
    "center_user of the offering's center"
)
SIDES = f"{SIDE}; the side that has not accepted yet acts"
EVENTS_SEEN = "every event past draft; a draft only to its own organizer and the city"
ORGANIZER = "the event's own organizer (the scenario_publisher who made it), or a municipal_admin"
ORGANIZER_OR_OWN_CENTER = f"{ORGANIZER}; a center_user for its own center's registration"

_SCENARIOS = {"scenarios:read"}
_OFFERINGS = {"offerings:read"}
_SUGGESTIONS = {"suggestions:read"}
_MATCHES = {"matches:read"}
_PILOTS = {"pilots:read"}
_EVENTS = {"matchmaking-events:read"}
_SCENARIO = "/api/v1/scenarios/{scenario_id}"
_OFFERING = "/api/v1/offerings/{offering_id}"
_MATCH = "/api/v1/matches/{match_id}"
_PILOT = "/api/v1/pilots/{pilot_id}"
_EVENT = "/api/v1/matchmaking-events/{event_id}"

PERMISSIONS = PermissionMatrix(
    {
        "GET /healthz": PUBLIC,
        **AUDIT_PERMISSIONS,
        "GET /readyz": PUBLIC,
        "GET /api/v1/meta/enums": PUBLIC,
        # Application scenarios (五(六)).
        "POST /api/v1/scenarios": allow(*PUBLISHERS, scoping="the caller becomes the scenario's publisher"),
        "GET /api/v1/scenarios": allow(*EVERY_ROLE, scopes=_SCENARIOS, scoping=PUBLISHED),
        f"GET {_SCENARIO}": allow(*EVERY_ROLE, scopes=_SCENARIOS, scoping=PUBLISHED),
        f"PATCH {_SCENARIO}": allow(*PUBLISHERS, scoping=f"{OWN_PUBLISHER}; a draft only"),
        f"GET {_SCENARIO}/history": allow(*EVERY_ROLE, scopes=_SCENARIOS, scoping=PUBLISHED),
        f"POST {_SCENARIO}/actions/publish": allow(*PUBLISHERS, scoping=OWN_PUBLISHER),
        f"POST {_SCENARIO}/actions/start_matching": allow(*PUBLISHERS, scoping=OWN_PUBLISHER),
        f"POST {_SCENARIO}/actions/start_pilot": allow(*PUBLISHERS, scoping=OWN_PUBLISHER),
        f"POST {_SCENARIO}/actions/complete": allow(*PUBLISHERS, scoping=OWN_PUBLISHER),
        f"POST {_SCENARIO}/actions/close": allow(*PUBLISHERS, scoping=OWN_PUBLISHER),
        # Innovation offerings of the centers (五(五)): every signed-in user reads them all.
        "POST /api/v1/offerings": allow(*OFFERING_WRITERS, scoping=f"{OWN_CENTER}; a center not revoked"),
        "GET /api/v1/offerings": allow(*EVERY_ROLE, scopes=_OFFERINGS),
        f"GET {_OFFERING}": allow(*EVERY_ROLE, scopes=_OFFERINGS),
        f"PATCH {_OFFERING}": allow(*OFFERING_WRITERS, scoping=f"{OWN_CENTER}; a center not revoked"),
        f"GET {_OFFERING}/history": allow(*EVERY_ROLE, scopes=_OFFERINGS),
        f"POST {_OFFERING}/actions/withdraw": allow(*OFFERING_WRITERS, scoping=OWN_CENTER),
        f"POST {_OFFERING}/actions/reactivate": allow(
            *OFFERING_WRITERS, scoping=f"{OWN_CENTER}; a center not revoked"
        ),
        # Ranked suggestions, each explained.
        f"GET {_SCENARIO}/matches": allow(
            *EVERY_ROLE, scopes=_SUGGESTIONS, scoping=f"for a scenario the caller sees: {PUBLISHED}"
        ),
        f"GET {_OFFERING}/matches": allow(*EVERY_ROLE, scopes=_SUGGESTIONS),
        # Matches: a side proposes, the other accepts or declines.
        "POST /api/v1/matches": allow(*PARTIES, scoping=f"{SIDE}; the proposer's side counts as accepted"),
        "GET /api/v1/matches": allow(*EVERY_ROLE, scopes=_MATCHES, scoping=PARTIES_SEE),
        f"GET {_MATCH}": allow(*EVERY_ROLE, scopes=_MATCHES, scoping=PARTIES_SEE),
        f"GET {_MATCH}/history": allow(*EVERY_ROLE, scopes=_MATCHES, scoping=PARTIES_SEE),
        f"POST {_MATCH}/actions/accept": allow(*PARTIES, scoping=SIDES),
        f"POST {_MATCH}/actions/decline": allow(*PARTIES, scoping=SIDES),
        # Pilots of accepted matches, through their three milestones.
        "POST /api/v1/pilots": allow(*PUBLISHERS, scoping=f"{OWN_PUBLISHER}, of an accepted match"),
        "GET /api/v1/pilots": allow(*EVERY_ROLE, scopes=_PILOTS, scoping=PARTIES_SEE),
        f"GET {_PILOT}": allow(*EVERY_ROLE, scopes=_PILOTS, scoping=PARTIES_SEE),
        f"POST {_PILOT}/milestones/{{milestone}}/complete": allow(
            _R.SCENARIO_PUBLISHER,
            _R.CENTER_USER,
            scoping="the scenario's own scenario_publisher or a center_user of the offering's center "
            "(not the city)",
        ),
        f"POST {_PILOT}/actions/complete": allow(*PUBLISHERS, scoping=OWN_PUBLISHER),
        # Matchmaking events (产业场景应用对接).
        "POST /api/v1/matchmaking-events": allow(*PUBLISHERS, scoping="the caller becomes the organizer"),
        "GET /api/v1/matchmaking-events": allow(*EVERY_ROLE, scopes=_EVENTS, scoping=EVENTS_SEEN),
        f"GET {_EVENT}": allow(*EVERY_ROLE, scopes=_EVENTS, scoping=EVENTS_SEEN),
        f"GET {_EVENT}/history": allow(*EVERY_ROLE, scopes=_EVENTS, scoping=EVENTS_SEEN),
        f"POST {_EVENT}/actions/open": allow(*PUBLISHERS, scoping=ORGANIZER),
        f"POST {_EVENT}/actions/close": allow(*PUBLISHERS, scoping=ORGANIZER),
        f"POST {_EVENT}/actions/hold": allow(*PUBLISHERS, scoping=ORGANIZER),
        f"POST {_EVENT}/actions/cancel": allow(*PUBLISHERS, scoping=ORGANIZER),
        f"POST {_EVENT}/registrations": allow(
            *PARTIES,
            scoping=f"a center_user registers its own center; {ORGANIZER} registers any center or company",
        ),
        f"GET {_EVENT}/registrations": allow(
            *PARTIES, scoping=f"{ORGANIZER} sees every registration; a center_user its own center's"
        ),
        f"POST {_EVENT}/registrations/{{registration_id}}/actions/cancel": allow(
            *PARTIES, scoping=ORGANIZER_OR_OWN_CENTER
        ),
        f"POST {_EVENT}/outcomes": allow(*PUBLISHERS, scoping=f"{ORGANIZER}, once the event is held"),
        f"GET {_EVENT}/outcomes": allow(*EVERY_ROLE, scopes=_EVENTS, scoping=EVENTS_SEEN),
    }
)
