"""Who wants which e-mail at which address: the platform keeps no user directory of its own."""
