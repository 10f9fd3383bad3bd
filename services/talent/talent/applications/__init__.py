"""Talents' applications to talent programmes, recommended by their center, reviewed by the city
(`五(七)`)."""
