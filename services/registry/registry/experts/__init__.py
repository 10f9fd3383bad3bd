"""The expert registry: experts, their affiliations and declared conflicts (回避)."""
