"""Personal data of talents (ID numbers, phones): sealed at rest, indexed by keyed hash, masked
in responses, every unmasked read logged."""
