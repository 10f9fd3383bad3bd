"""Fixtures for every test in the workspace come from the shared testing plugin."""

pytest_plugins = ["shared.testing.fixtures"]
