"""What the ops commands (``mic …``, ``shared.cli``) do; ``shared.cli`` only wires them to options."""
