"""China's calendar day: budget years, deadlines and yearly figures are Beijing's (UTC+8, no
daylight saving), while every stored time stays UTC."""

import datetime as dt

CHINA = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")


def china_today() -> dt.date:
    return dt.datetime.now(CHINA).date()


def china_date_of(moment: dt.datetime) -> dt.date:
    """The day in China at ``moment`` (an aware UTC time)."""
    return moment.astimezone(CHINA).date()
