"""The days a TimeML date value covers, for overlap tests at each value's own precision."""

from __future__ import annotations

from eventwire.datevalues import date_interval

interval = date_interval  # first and last day of a value; None when it is not a calendar date


def overlap(a: str | None, b: str | None) -> bool:
    """Whether two date values can denote the same time: their intervals share a day."""
    x, y = interval(a), interval(b)
    return x is not None and y is not None and x[0] <= y[1] and y[0] <= x[1]
