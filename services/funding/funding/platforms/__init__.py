"""Concept-verification centers and pilot platforms led by centers, and their subsidies (`五(四)`)."""
