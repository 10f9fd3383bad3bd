"""Ranked suggestions, computed live from the indexes each process holds (decision 0017)."""
