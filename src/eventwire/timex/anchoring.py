"""Values counted from the time in focus: "a year earlier", "the following year", "two days
later", "the previous Friday", "the year-earlier quarter", "the same period last year".

TimeML gives these expressions a value from their anchor: the time the narrative is about
at that point (the last date mentioned shortly before, as HeidelTime's "last mentioned
reference"), else the document time. Rules register a :class:`Shift` for a ref; after
selection the tagger walks the refs in order and :func:`resolve` turns each into a value
from the focus (the latest anchor-free or already resolved calendar date in
:data:`FOCUS_WINDOW` characters before it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.timex import calendar as cal

FOCUS_WINDOW = 400  # characters: about the two sentences before the expression
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_PERIOD = re.compile(r"^(\d{4})(-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d{2}))$")
_CALENDAR = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]|W\d{2}|SP|SU|FA|WI))?$")


@dataclass(frozen=True)
class Shift:
    """Move the focus by ``amount`` (None = a vague few) ``unit``s (D, W, M, Q, Y) in
    direction ``sign``; ``grain`` is the granularity the expression itself names
    ("quarter" for "the year-earlier quarter", "unit" for "the previous year", None = the
    focus's own for a year's shift: "a year earlier" than January is a January; "speech"
    for a quoted "yesterday"); ``weekday`` (1-7) for "the previous Friday"."""

    unit: str
    amount: int | None
    sign: int
    grain: str | None = None
    weekday: int | None = None
    suffix: str = ""  # appended to a day value: "T" + day part for "yesterday morning"


def is_calendar(value: str | None) -> bool:
    """A specific calendar value (day, month, quarter, week, season, half, year)."""
    return bool(value) and _CALENDAR.match(value or "") is not None


def _day(value: str) -> date | None:
    found = _DAY.match(value[:10]) if value else None
    return cal.safe_date(*(int(g) for g in found.groups())) if found else None


def _year_of(value: str) -> int:
    return int(value[:4])


def resolve(shift: Shift, focus: str | None, anchor: date) -> str | None:
    """The value of a shifted expression, from the focus (None = the document date)."""
    value = _resolve(shift, focus or anchor.isoformat(), anchor)
    return value + shift.suffix if value and shift.suffix else value


def _resolve(shift: Shift, focus: str, anchor: date) -> str | None:
    if shift.weekday is not None:
        return _weekday(shift, focus)
    if shift.grain == "quarter":
        return _quarter(shift, focus, anchor)
    if shift.amount is None:
        return _vague(shift, focus)
    if shift.unit == "Y":
        return _years(shift, focus)
    if shift.unit == "M":
        return _months(shift, focus)
    if shift.unit == "Q":
        found = _QUARTER.match(focus)
        if not found:
            return None
        year, month = cal.add_months(int(found[1]), 3 * int(found[2]) - 2,
                                     3 * shift.amount * shift.sign)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    day = _day(focus)
    if day is None:
        return None
    days = shift.amount * (7 if shift.unit == "W" else 1) * shift.sign
    return (day + timedelta(days=days)).isoformat()


def _years(shift: Shift, focus: str) -> str:
    assert shift.amount is not None
    year = _year_of(focus) + shift.amount * shift.sign
    period = _PERIOD.match(focus)  # "a year earlier" than January / the third quarter
    if period and shift.grain != "unit":  # but "the previous year" is a year
        return f"{year:04d}{period[2]}"
    return f"{year:04d}"


def _months(shift: Shift, focus: str) -> str | None:
    assert shift.amount is not None
    found = _MONTH.match(focus) or _DAY.match(focus)
    if not found:
        return None
    return cal.fmt_month(*cal.add_months(int(found[1]), int(found[2]),
                                         shift.amount * shift.sign))


def _vague(shift: Shift, focus: str) -> str | None:
    """"A few days later": the focus moved by a few (3) units, at the next coarser
    granularity (days and weeks -> month, months -> year, years -> decade)."""
    guess = Shift(shift.unit, 3, shift.sign)
    if shift.unit in ("D", "W"):
        moved = _resolve(guess, focus, date.min)
        return moved[:7] if moved and _DAY.match(moved) else None
    if shift.unit == "M":
        moved = _months(guess, focus)
        return moved[:4] if moved else None
    if shift.unit == "Y":
        return _years(guess, focus)[:3]
    return None


def latest_quarter(anchor: date) -> str:
    """The latest quarter already over at ``anchor`` ("the latest quarter" in a report)."""
    year, month = cal.add_months(anchor.year, 3 * (cal.quarter_of(anchor) - 1) + 1, -3)
    return f"{year:04d}-Q{(month - 1) // 3 + 1}"


def _quarter(shift: Shift, focus: str, anchor: date) -> str | None:
    found = _QUARTER.match(focus)
    base = focus if found else latest_quarter(anchor)
    year = int(base[:4]) + (shift.amount or 0) * shift.sign
    return f"{year:04d}{base[4:]}"


def _weekday(shift: Shift, focus: str) -> str | None:
    day = _day(focus)
    if day is None or shift.weekday is None:
        return None
    if shift.sign < 0:
        return (day - timedelta(days=(day.isoweekday() - shift.weekday) % 7 or 7)).isoformat()
    return (day + timedelta(days=(shift.weekday - day.isoweekday()) % 7 or 7)).isoformat()
