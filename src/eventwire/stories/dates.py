"""The days a TimeML date value covers, for overlap tests at each value's own precision."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from eventwire.datevalues import date_start, precision_of

_SEASON_END = {"SP": (5, 31), "SU": (8, 31), "FA": (11, 30)}


def interval(value: str | None) -> tuple[date, date] | None:
    """First and last day of ``value`` (2025-04-12, 2025-W15, 2025-04, 2025-Q2, 2025-SU,
    2025, 202); None when it is not a calendar date (PAST_REF, missing)."""
    try:
        return _interval(value)
    except (ValueError, OverflowError):  # 9999-W53, 0000: no calendar days
        return None


def _interval(value: str | None) -> tuple[date, date] | None:
    precision = precision_of(value)
    first = date_start(value)
    if value is None or precision is None or first is None:
        return None
    start = date.fromisoformat(first)
    if precision == "day":
        return start, start
    if precision == "week":
        return start, start + timedelta(days=6)
    if precision == "month":
        return start, start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if precision == "quarter":
        month = start.month + 2
        return start, date(start.year, month, calendar.monthrange(start.year, month)[1])
    if precision == "season":
        season = value[5:7]
        if season == "WI":  # December to February
            end_year = start.year + 1
            return start, date(end_year, 2, calendar.monthrange(end_year, 2)[1])
        month, day = _SEASON_END[season]
        return start, date(start.year, month, day)
    if precision == "year":
        return start, date(start.year, 12, 31)
    return start, date(start.year + 9, 12, 31)  # decade


def overlap(a: str | None, b: str | None) -> bool:
    """Whether two date values can denote the same time: their intervals share a day."""
    x, y = interval(a), interval(b)
    return x is not None and y is not None and x[0] <= y[1] and y[0] <= x[1]
