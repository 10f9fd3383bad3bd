"""Talents of the centers (`三(六)`): who they are, how they came, what they hold."""
