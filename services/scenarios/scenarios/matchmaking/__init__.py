"""Matchmaking events (产业场景应用对接, `五(六)`): organized by the bureau or on behalf of a center,
an industry alliance or an association, with scenarios on show, registrations within capacity
(a waitlist beyond it) and the outcomes recorded once the event is held."""
