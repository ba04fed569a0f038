"""Calendar arithmetic and TimeML value formatting (pure functions over dates)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from eventwire.timex.lexicon import SEASON_FIRST_MONTH

Tense = str | None  # "past" | "future" | "present" | None (unknown)


def fmt_day(d: date) -> str:
    return d.isoformat()


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_date(d: date, amount: int, unit: str) -> date:
    """Move ``d`` by ``amount`` units (D, W, M, Y), clamping the day of month."""
    if unit == "D":
        return d + timedelta(days=amount)
    if unit == "W":
        return d + timedelta(weeks=amount)
    months = amount * (12 if unit == "Y" else 1)
    year, month = add_months(d.year, d.month, months)
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_weekday(anchor: date, weekday: int, tense: Tense) -> date:
    """The date of ``weekday`` (1=Monday) nearest the anchor in the direction of ``tense``.

    Past: the most recent such day on or before the anchor date (a Friday paper's
    "said Friday" is that same Friday). Future: the next one on or after it.
    Present/unknown: whichever is nearer.
    """
    back = (anchor.isoweekday() - weekday) % 7
    forward = (weekday - anchor.isoweekday()) % 7
    if tense == "future" or (tense == "present" and forward < back):
        return anchor + timedelta(days=forward)
    return anchor - timedelta(days=back)


def resolve_month_year(anchor: date, month: int, tense: Tense) -> int:
    """The year of a bare month name: past = most recent, future = next, else nearest."""
    if tense == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    if tense == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    diff = month - anchor.month
    if diff > 6:
        return anchor.year - 1
    if diff < -6:
        return anchor.year + 1
    return anchor.year


def resolve_day_year(anchor: date, month: int, day: int, tense: Tense) -> int:
    """The year of a month-and-day date without a year (e.g. "March 3")."""
    candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    dated = [(y, safe_date(y, month, day)) for y in candidates]
    valid = [(y, d) for y, d in dated if d is not None]
    if not valid:
        return anchor.year
    if tense == "past":
        past = [(y, d) for y, d in valid if d <= anchor]
        return past[-1][0] if past else anchor.year
    if tense == "future":
        future = [(y, d) for y, d in valid if d >= anchor]
        return future[0][0] if future else anchor.year
    return min(valid, key=lambda yd: abs((yd[1] - anchor).days))[0]


def relative_month(anchor: date, month: int, rel: str) -> int:
    """Year of "last/next/this <month>": last = strictly before the anchor month."""
    if rel in ("last", "past", "previous"):
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel in ("next", "coming"):
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year


def season_of(d: date) -> tuple[int, str]:
    """(labelled year, season code) of the season containing ``d``; winter = Dec-Feb,
    labelled with the year of its December."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    code = {3: "SP", 6: "SU", 9: "FA"}[3 * (d.month // 3)]
    return d.year, code


def resolve_season(anchor: date, code: str, rel: str | None, tense: Tense) -> int:
    """Year label of a season: last = most recent finished one, next = next unstarted."""
    cur_year, cur_code = season_of(anchor)
    start = date(anchor.year, SEASON_FIRST_MONTH[code], 1)
    if code == "WI" and anchor.month <= 2:
        start = date(anchor.year - 1, 12, 1)
    started = start <= anchor
    if rel == "this" or (rel is None and cur_code == code):
        return start.year
    if rel in ("last", "past", "previous") or (rel is None and tense != "future"):
        return start.year if started and cur_code != code else start.year - 1
    return start.year if not started else start.year + 1


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def resolve_quarter_year(anchor: date, quarter: int, tense: Tense) -> int:
    """Year of "the fourth quarter": past/unknown = the latest one already begun."""
    current = quarter_of(anchor)
    if tense == "future":
        return anchor.year if quarter >= current else anchor.year + 1
    return anchor.year if quarter <= current else anchor.year - 1


def shift_period(anchor: date, unit: str, delta: int) -> str:
    """TimeML value of the week/month/year/quarter/decade/century ``delta`` units away."""
    if unit in ("week", "weekend"):
        value = fmt_week(anchor + timedelta(weeks=delta))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        return fmt_month(*add_months(anchor.year, anchor.month, delta))
    if unit == "quarter":
        year, month = add_months(anchor.year, 3 * (quarter_of(anchor) - 1) + 1, 3 * delta)
        return f"{year:04d}-Q{quarter_of(date(year, month, 1))}"
    if unit == "decade":
        return str(anchor.year // 10 + delta)
    if unit == "century":
        return f"{anchor.year // 100 + delta:02d}"
    if unit == "day":
        return fmt_day(anchor + timedelta(days=delta))
    return str(anchor.year + delta)


def ago_value(anchor: date, amount: int, letter: str) -> str:
    """TimeML value of "<amount> <unit> ago": a day for days and weeks ("two weeks ago" is
    the day two weeks back), else the month, quarter or year of the unit."""
    if letter == "D":
        return fmt_day(anchor - timedelta(days=amount))
    if letter == "W":
        return fmt_day(anchor - timedelta(weeks=amount))
    if letter == "M":
        return fmt_month(*add_months(anchor.year, anchor.month, -amount))
    if letter == "Q":
        year, month = add_months(anchor.year, anchor.month, -3 * amount)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    return str(anchor.year - amount)
