"""Our logging set-up takes uvicorn's loggers into the JSON output, but never turns on an access
log that uvicorn was told to leave off (``--no-access-log``)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from shared.logging import configure_logging


@pytest.fixture
def access_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("uvicorn.access")
    saved = (list(logger.handlers), logger.propagate)
    yield logger
    logger.handlers, logger.propagate = saved


def test_an_access_log_uvicorn_turned_off_stays_off(access_logger: logging.Logger) -> None:
    access_logger.handlers, access_logger.propagate = [], False  # what --no-access-log leaves
    configure_logging(service="test", level="INFO")
    assert not access_logger.propagate
    assert not access_logger.handlers


def test_an_access_log_uvicorn_keeps_goes_out_as_json_with_the_rest(access_logger: logging.Logger) -> None:
    access_logger.handlers, access_logger.propagate = [logging.StreamHandler()], False  # uvicorn's own
    configure_logging(service="test", level="INFO")
    assert access_logger.propagate
    assert access_logger.handlers == []
