"""Test plumbing shared by every service's tests: real PostgreSQL, the real broker, tokens."""
