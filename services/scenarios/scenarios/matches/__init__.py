"""Matches (产业场景应用对接, `五(六)`): a scenario and an offering both sides accepted."""
