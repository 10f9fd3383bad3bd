"""The pure rules: which reminder is due, how long a retry waits, which targets are allowed."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from notifications.deadlines.scheduler import reminder_due
from notifications.scheduling import backoff_s
from notifications.webhooks.targets import check_target
from shared.errors import Unprocessable

DAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("days_left", "expected"),
    [(10, None), (7, 7), (5, 7), (2, 7), (1, 1), (0, 1), (-1, None)],
)
def test_the_nearest_reminder_not_before_the_days_left_is_due(days_left: int, expected: int | None) -> None:
    assert reminder_due(DAY + dt.timedelta(days=days_left), DAY, [1, 7]) == expected


def test_a_retry_waits_twice_as_long_each_time_up_to_the_cap_and_never_less_than_half() -> None:
    rng = random.Random(7)
    for attempts, ceiling in [(1, 30), (2, 60), (3, 120), (8, 3600), (30, 3600)]:
        waits = [backoff_s(attempts, base_s=30, max_s=3600, rng=rng) for _ in range(50)]
        assert all(ceiling / 2 <= w <= ceiling for w in waits)
        assert len(set(waits)) > 1  # jittered


@pytest.mark.parametrize(
    ("url", "environment", "allowed"),
    [
        ("https://hooks.example.cn/mic", "production", True),
        ("http://127.0.0.1:8080/hook", "local", True),
        ("http://localhost/hook", "test", True),
        ("http://[::1]:9000/hook", "local", True),
        ("http://127.0.0.1:8080/hook", "production", False),
        ("http://hooks.example.cn/mic", "local", False),
        ("https://u:p@hooks.example.cn/", "local", False),
        ("hooks.example.cn/mic", "local", False),
    ],
)
def test_targets_are_https_or_loopback_http_outside_production(
    url: str, environment: str, allowed: bool
) -> None:
    if allowed:
        assert check_target(url, environment=environment) == url
    else:
        with pytest.raises(Unprocessable):
            check_target(url, environment=environment)
