"""Versioned event contracts, one module per producing service (DESIGN 6)."""
