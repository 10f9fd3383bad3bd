"""Each center's yearly talent figures: introduced, trained, awarded, services fulfilled."""
