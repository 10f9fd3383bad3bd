"""Deadlines announced by the other services, and the reminders sent before them."""
