"""Innovation teams of the centers (`三(六)`): a leader and members, all the center's talents."""
