"""TimeML date values: their precision and the first day they cover."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from eventwire.models import DatePrecision

_PRECISIONS: tuple[tuple[DatePrecision, re.Pattern[str]], ...] = (
    ("day", re.compile(r"\d{4}-\d{2}-\d{2}")), ("week", re.compile(r"\d{4}-W\d{2}")),
    ("month", re.compile(r"\d{4}-\d{2}")), ("season", re.compile(r"\d{4}-(SP|SU|FA|WI)")),
    ("quarter", re.compile(r"\d{4}-Q\d")), ("year", re.compile(r"\d{4}")),
    ("decade", re.compile(r"\d{3}")))


@lru_cache(maxsize=4096)  # a pure function of a short string, asked again and again
def precision_of(value: str | None) -> DatePrecision | None:
    if not value:
        return None
    for name, pattern in _PRECISIONS:
        if pattern.fullmatch(value[:10] if name == "day" else value):
            return name
    return None


SEASON_START = {"SP": "03", "SU": "06", "FA": "09", "WI": "12"}


def date_start(value: str | None) -> str | None:
    """The first day a date value covers, for sorting and range filters:
    2025-W09 → 2025-02-24, 2025-01 → 2025-01-01, 2024-Q4 → 2024-10-01, 202 → 2020-01-01."""
    precision = precision_of(value)
    if value is None or precision is None:
        return None
    if precision == "day":
        return value[:10]
    if precision == "week":
        return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1).isoformat()
    if precision == "season":
        return f"{value[:4]}-{SEASON_START[value[5:7]]}-01"
    if precision == "quarter":
        return f"{value[:4]}-{(int(value[6]) - 1) * 3 + 1:02d}-01"
    if precision == "decade":
        return f"{value}0-01-01"
    return f"{value}-01-01" if precision == "year" else f"{value}-01"


# Publication dates outside this window are placeholders ("0001-01-01", "9999-12-31") or
# errors: they are kept in the article as given but treated as unknown, so relative
# expressions ("yesterday", "on Tuesday") get no calendar value.
PUBLISHED_MIN = date(1900, 1, 1)
PUBLISHED_MAX = date(2100, 12, 31)


def plausible_publication(moment: date | datetime) -> bool:
    day = moment.date() if isinstance(moment, datetime) else moment
    return PUBLISHED_MIN <= day <= PUBLISHED_MAX


def unknown_publication_warning(published: str | None) -> str:
    """The report warning when no usable publication date anchors relative expressions."""
    if not published:
        return "no publication date: relative dates are not resolved"
    return (f"publication date {published!r} is outside {PUBLISHED_MIN.isoformat()} to "
            f"{PUBLISHED_MAX.isoformat()} (a placeholder?) or unreadable: treated as unknown; "
            "relative dates are not resolved")


# -- the days a value covers (used to compare events' dates at each one's precision) ------------

_SEASON_END = {"SP": (5, 31), "SU": (8, 31), "FA": (11, 30)}


@lru_cache(maxsize=4096)  # pure; dates are immutable
def date_interval(value: str | None) -> tuple[date, date] | None:
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
