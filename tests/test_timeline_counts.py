"""The maintained timeline counts (store migration 6) and the timelines read from them."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest

import workbench_store
from eventwire.store import Store, browse
from eventwire.store.schema import _split, bulk_events_begin, bulk_events_end, timeline_fill

ROWS = "SELECT grain, key, period, quad_class, plover, negated, n FROM timeline_counts " \
       "WHERE n != 0 ORDER BY 1, 2, 3, 4, 5, 6"


def recount(db: sqlite3.Connection) -> list[tuple[object, ...]]:
    """timeline_counts computed from scratch from the events and the lookup tables."""
    rows = db.execute("""
        SELECT g.grain, x.k, CASE g.grain WHEN 'd' THEN e.sort_date
               ELSE substr(e.sort_date, 1, 7) END, e.quad_class, e.plover, e.negated, COUNT(*)
        FROM (SELECT '' AS k, id AS event FROM events UNION SELECT key, event FROM actor_events
              UNION SELECT source || char(31) || target, event FROM dyads) x
        JOIN events e ON e.id = x.event, (SELECT 'd' AS grain UNION SELECT 'm') g
        WHERE e.sort_date != '' GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6""")
    return [tuple(r) for r in rows]


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return Store(workbench_store.build(tmp_path / "s.db"))


def test_triggers_keep_the_counts(store: Store) -> None:
    rows = [tuple(r) for r in store.db.execute(ROWS)]
    assert rows == recount(store.db)
    assert ("m", "IRN", "2025-02", 3, "REJECT", 0, 1) in rows
    assert ("d", "IRN\x1fUSA", "2025-02-25", 3, "REJECT", 0, 1) in rows
    assert ("m", "", "2025-03", 4, "SANCTION", 0, 1) in rows  # month-precise: its first day
    assert ("d", "", "2025-03-01", 4, "SANCTION", 0, 1) in rows
    assert ("m", "person:abbas-araghchi", "2025-02", 1, "CONSULT", 1, 1) in rows  # negated
    store.save(workbench_store.iran_rejects())  # re-analysis: delete, then insert again
    assert [tuple(r) for r in store.db.execute(ROWS)] == rows
    store.db.execute("DELETE FROM articles WHERE id = 'a1111111111111111'")
    assert [tuple(r) for r in store.db.execute(ROWS)] == recount(store.db)
    assert ("m", "IRN", "2025-02", 3, "REJECT", 0, 1) not in [
        tuple(r) for r in store.db.execute(ROWS)]


def test_bulk_load_and_migration_fill_the_same_counts(store: Store, tmp_path: Path) -> None:
    expected = [tuple(r) for r in store.db.execute(ROWS)]
    with Store(tmp_path / "bulk.db") as bulk:
        bulk.save(workbench_store.hostile())
        n0 = bulk_events_begin(bulk.db)
        bulk.save(workbench_store.iran_rejects())
        bulk.save(workbench_store.sanctions())
        with bulk.transaction():
            bulk_events_end(bulk.db, n0)
        assert [tuple(r) for r in bulk.db.execute(ROWS)] == expected
        triggers = [r[0] for r in bulk.db.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'events_timeline_%' ORDER BY 1")]
        assert triggers == ["events_timeline_ad", "events_timeline_ai"]
    store.db.execute("DELETE FROM timeline_counts")
    for statement in _split(timeline_fill(0)):  # what migration 6 runs on an existing store
        store.db.execute(statement)
    assert [tuple(r) for r in store.db.execute(ROWS)] == expected


def test_counted_timelines_equal_counting_the_events(store: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    queries = [browse.EventQuery(), browse.EventQuery(actor="IRN"),
               browse.EventQuery(actor="irn", include_negated=True),
               browse.EventQuery(actor="person:abbas-araghchi", include_negated=True),
               browse.EventQuery(pair=("IRN", "USA"), since="2025-02-25", until="2025-03"),
               browse.EventQuery(pair=("USA", "IRN")), browse.EventQuery(type="consult"),
               browse.EventQuery(quad_class=1, since="2025", until="2025"),
               browse.EventQuery(since="2025-03-02")]
    plans = list(itertools.product(queries, browse.INTERVALS, ("quad_class", "plover", "none")))
    counted = [browse.timeline(store, q, i, by) for q, i, by in plans]
    assert all(browse._counted_timeline(store, q, i, by) is not None for q, i, by in plans)
    monkeypatch.setattr(browse, "_counted_timeline", lambda *args: None)
    assert counted == [browse.timeline(store, q, i, by) for q, i, by in plans]
    assert counted[queries.index(browse.EventQuery(actor="IRN")) * 12 + 6] == {
        "interval": "month", "by": "quad_class",
        "items": [{"period": "2025-02", "group": 3, "events": 1},
                  {"period": "2025-03", "group": 4, "events": 1}]}


def test_filters_the_counts_do_not_hold_count_the_events(store: Store) -> None:
    for q in (browse.EventQuery(actor="IRN", modality="asserted"), browse.EventQuery(q="met"),
              browse.EventQuery(actor="IRN", pair=("IRN", "USA")), browse.EventQuery(type="04"),
              browse.EventQuery(actor="an")):  # a name fragment of several actors
        assert browse._counted_timeline(store, q, "month", "quad_class") is None
    assert browse._counted_timeline(store, browse.EventQuery(actor="IRN", type="04"), "month",
                                    "partner") is None  # partner timelines: migration 11
