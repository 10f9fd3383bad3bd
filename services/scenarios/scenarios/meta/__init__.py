"""zh/en labels of scenarios' enums."""
