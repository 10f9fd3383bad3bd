"""zh/en labels of talent's enums."""
