"""Guide-fund equity investments in centers (`五(三)`), and the access helpers every programme uses."""
