"""A round's deadline is a calendar day in China: the round takes new applications, recommendations
and submissions until that day ends in Beijing (UTC+8), whatever the server's clock zone."""

from __future__ import annotations

import datetime as dt

from shared.china_time import CHINA, china_today
from shared.errors import Conflict


class RoundClosed(Conflict):
    code = "round-closed"


def closes_at(deadline: dt.date) -> dt.datetime:
    """The moment (UTC) the deadline day ends in China."""
    return dt.datetime.combine(deadline + dt.timedelta(days=1), dt.time(), CHINA).astimezone(dt.UTC)


def is_closed(deadline: dt.date, *, today: dt.date | None = None) -> bool:
    return (today or china_today()) > deadline


def require_open(deadline: dt.date) -> None:
    """409 ``round-closed``, with the deadline and its end, once the deadline day is over in China."""
    if not is_closed(deadline):
        return
    ends = closes_at(deadline)
    raise RoundClosed(
        f"the round closed at the end of {deadline} (China time, {ends.isoformat()}): "
        "nothing more is applied for, recommended or submitted in it",
        detail_zh=f"本批次申报已于 {deadline}（北京时间）截止，不能再新建、推荐或报送申请",
        extra={"deadline": deadline.isoformat(), "closes_at": ends.isoformat()},
    )
