"""Valid identifiers for test data."""

from __future__ import annotations

import itertools

from registry.centers.uscc import check_digit

_counter = itertools.count(1)


def valid_uscc() -> str:
    """A fresh USCC with a correct GB 32100-2015 check digit."""
    body = f"91440101{next(_counter) % 10**9:09d}"
    return body + check_digit(body)
