"""Webhook subscriptions of other departments, and the deliveries of events to them."""
