"""How a page of events matching a text search is read in date order.

``events_fts`` (contentless FTS5, rowid = ``events.n``) finds the events whose evidence
sentence matches; the page is ordered by (sort_date, id), which the FTS index knows nothing
of. There are three ways to read the first page of ``limit`` matches, all returning exactly
the same rows (they differ only in the SQL condition, never in the ORDER BY or LIMIT):

- ``drive``: every match's rowid from the FTS, each looked up in the ``events_search``
  covering index (n, negated, sort_date, id), then sorted. Cost grows with the number of
  matches: the right plan for rare terms.
- ``walk``: the matches' rowids are put in a temporary b-tree once, and the events are walked
  in date order (``events_sort``) until the page is full. Cost: the matches plus about
  ``events / matches * limit`` index steps: the right plan for common terms.
- ``probe``: no temporary b-tree; the date-ordered walk asks the FTS about each event. Each
  probe costs a few hundred microseconds, but for a term in most sentences only about
  ``limit`` events are walked: the right plan for near-stopwords (building the b-tree of
  hundreds of thousands of rowids would cost more).

The number of matches is estimated by reading at most :data:`SAMPLE` of them in rowid order:
if the sample runs out, that is the exact count; else the count is extrapolated from how far
into the rowid range the sample reached (events are written in arrival order, so a term's
matches are spread over the rowids about evenly).
"""

from __future__ import annotations

import sqlite3
from typing import Literal

Plan = Literal["drive", "walk", "probe"]
PLANS: tuple[Plan, ...] = ("drive", "walk", "probe")
SAMPLE = 2000

# Relative cost per unit, measured on benchmarks/workbench_api.py's stores of 100k and 1M events
# (microseconds on the shared two-core machine; only their ratios matter): per match looked up
# and sorted (drive), per match put in the b-tree (walk: 0.5-1.0), per event walked with a
# b-tree check (walk), per event walked with an FTS probe (probe: 40-280 at 1M, more in a store
# whose FTS index has many segments).
DRIVE_PER_MATCH = 5.0
WALK_PER_MATCH = 0.85
WALK_PER_STEP = 0.5
PROBE_PER_STEP = 200.0

CONDITIONS: dict[Plan, str] = {
    "drive": "e.n IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)",
    # unary + keeps the planner from driving the rowid lookup from the subquery: it walks a
    # date-ordered index and checks each rowid against the materialised matches
    "walk": "+e.n IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)",
    "probe": "EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH ? AND rowid = e.n)",
}


def estimate_matches(db: sqlite3.Connection, match: str) -> tuple[int, int]:
    """(estimated matches, events) for FTS query ``match``; exact when under :data:`SAMPLE`."""
    seen, last = db.execute(
        "SELECT COUNT(*), MAX(rowid) FROM (SELECT rowid FROM events_fts "
        "WHERE events_fts MATCH ? LIMIT ?)", (match, SAMPLE)).fetchone()
    top = db.execute("SELECT MAX(n) FROM events").fetchone()[0] or 0
    if seen < SAMPLE or not last:
        return seen, top
    return max(seen, round(seen * top / last)), top


def choose(matches: int, events: int, limit: int) -> Plan:
    """The cheapest plan for a page of ``limit`` rows among ``matches`` of ``events``."""
    if matches <= 0 or events <= 0:
        return "drive"
    steps = min(events, events / matches * limit)
    costs: dict[Plan, float] = {
        "drive": matches * DRIVE_PER_MATCH,
        "walk": matches * WALK_PER_MATCH + steps * WALK_PER_STEP,
        "probe": steps * PROBE_PER_STEP,
    }
    return min(PLANS, key=lambda plan: costs[plan])


def plan(db: sqlite3.Connection, match: str, limit: int | None) -> Plan:
    """The plan for one page (``limit`` None: every match, which only ``drive`` reads well)."""
    if limit is None:
        return "drive"
    matches, events = estimate_matches(db, match)
    return choose(matches, events, limit + 1)
