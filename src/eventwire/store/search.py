"""How a page of events matching a text search is read in date order.

``events_fts_dated`` (contentless FTS5, store migration 16) holds each event's evidence
sentence under rowid = day * 2**36 + n (:func:`eventwire.store.schema.fts_rowid`): ``day`` is
the event's sort date as the integer YYYYMMDD (0 undated, ``FTS_MISFIT`` for a sort date not
shaped YYYY-MM-DD), ``n`` its events row. The day only grows with the sort date, so FTS5,
which returns its matches in rowid order (either way, from any rowid), hands them over day by
day in date order. A page of ``limit`` events (ordered by sort date, then event id) is read
in three steps, whatever the number of matches:

1. the matches in rowid order from the page's first day, each joined to its events row and
   kept if it passes every other filter (negated, dates, cursor, type...), until ``limit + 1``
   are kept;
2. every kept match of the day of the last one (within a day rowids follow n, not the event
   id, so the whole day is read and sorted);
3. every match with a misfit sort date (none in a store written by eventwire, whose sort
   dates are days or '').

Sorted by (sort date, id), the first ``limit + 1`` of these are the page and the sign of the
next: every match not read lies on a later day than ``limit + 1`` that were. A near-stopword
costs about ``limit`` plus one day's matches; a rare term costs its matches, as before.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from eventwire.store.schema import FTS_MASK, FTS_MISFIT, FTS_SHIFT, day_of

FTS = "events_fts_dated"
# every event whose sentence matches (for counts, facets, timelines, exports and the actor and
# pair walks, which check each event they walk against this set)
CONDITION = f"e.n IN (SELECT rowid & {FTS_MASK} FROM {FTS} WHERE {FTS} MATCH ?)"

_PREFIX = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _floor_day(date: str | None) -> int:
    """The lowest day a sort date >= ``date`` (YYYY, YYYY-MM or YYYY-MM-DD) can have."""
    m = _PREFIX.fullmatch(date or "")
    if not m:
        return 0
    y, mo, d = m.groups()
    return int(y + (mo or "00") + (d or "00"))


def _ceiling_day(date: str | None) -> int:
    """One past the highest day a sort date <= ``date`` (a day, or the last "day" of a month
    or year as the --until filter spells it: 2025-99-99) can have; FTS_MISFIT: no bound."""
    day = day_of(date) if date else FTS_MISFIT
    return day + 1 if day != FTS_MISFIT else FTS_MISFIT


def page_keys(db: sqlite3.Connection, match: str, where: list[str], params: list[Any], *,
              limit: int, newest_first: bool, cursor_date: str | None, since: str | None,
              until: str | None) -> list[tuple[str, str]]:
    """The (sort_date, event id) of up to ``limit`` rows of FTS query ``match`` that pass
    ``where`` (conditions on events ``e``, with their ``params``: the cursor, dates and every
    other filter), in page order. ``cursor_date``, ``since`` and ``until`` only narrow the
    rowid range read; ``where`` decides."""
    lo, hi = _floor_day(since), _ceiling_day(until)
    if cursor_date is not None:
        day = day_of(cursor_date)
        if day != FTS_MISFIT:
            if newest_first:
                hi = min(hi, day + 1)
            else:
                lo = max(lo, day)
    cond = " AND ".join(where) or "1=1"
    select = (f"SELECT {FTS}.rowid >> {FTS_SHIFT} AS day, e.sort_date, e.id "
              f"FROM {FTS} CROSS JOIN events e ON e.n = ({FTS}.rowid & {FTS_MASK}) "
              f"WHERE {FTS} MATCH ? AND {FTS}.rowid >= ? AND {FTS}.rowid < ? AND {cond}")
    order = " DESC" if newest_first else ""
    rows = db.execute(f"{select} ORDER BY {FTS}.rowid{order} LIMIT {int(limit)}",
                      [match, lo << FTS_SHIFT, hi << FTS_SHIFT, *params]).fetchall()
    keys = [(r[1], r[2]) for r in rows]
    if len(rows) == limit:  # the last day read may hold more kept matches: all of it
        last = rows[-1][0]
        keys = [(r[1], r[2]) for r in rows if r[0] != last]
        keys += [(r[1], r[2]) for r in db.execute(
            select, [match, last << FTS_SHIFT, (last + 1) << FTS_SHIFT, *params])]
    keys += [(r[1], r[2]) for r in db.execute(
        select, [match, FTS_MISFIT << FTS_SHIFT, (FTS_MISFIT + 1) << FTS_SHIFT, *params])]
    keys.sort(reverse=newest_first)
    return keys[:limit]
