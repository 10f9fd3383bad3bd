"""Who is entitled to which support service (`五(七)`): a versioned table of talent level × service."""
