"""Events stored once (migration 6): the columns plus a compact remainder give back exactly the
record that was saved — `show`, `events` and exports print the same bytes as when the whole
JSON was stored — and a store written with the old layout migrates to the same records."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from conftest import DEMO
from eventwire.models import (
    ActorRef,
    Event,
    EventDate,
    Evidence,
    Offsets,
    Place,
    Report,
    Span,
    record_dict,
)
from eventwire.store import Store, queries
from eventwire.store import sqlite as store_sqlite
from eventwire.store.records import event_record, split_event
from eventwire.store.schema import MIGRATIONS


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _full_event(**changes: Any) -> Event:
    """An event with every optional part filled and values off their defaults."""
    base = Event(
        id="evfull0000001", plover="SANCTION", cameo="163", quad_class=4, goldstein=-8.0,
        source=(ActorRef("USA", "United States", "USA", "GOV", "USAGOV"),),
        target=(ActorRef("IRN", "Iran", "IRN", None), ActorRef("person:x", "X Y", None, None)),
        evidence=Evidence(Offsets(0, 40), Span(14, 23, "sanctions")),
        mode="economic", context="nuclear", negated=True, modality="reported",
        date=EventDate("2025-02-25", "day", "on Tuesday", "text", "EARLY", 24, 34),
        place=Place("Tehran", None, 35.69, 51.42, "city", 112931, 0, 6, "text",
                    "capital of Iran"),
        quote_id="q123", mentions=(Evidence(Offsets(41, 60), Span(45, 50, "curbs")),),
        confidence=0.75)
    return Event(**{**base.__dict__, **changes})


class _Row(dict[str, Any]):
    pass


def _round_trip(event: Event) -> dict[str, Any]:
    from eventwire.store.records import EVENT_COLUMNS

    columns, rest = split_event(record_dict(event))
    row = _Row(zip([c for c, _, _ in EVENT_COLUMNS], columns, strict=True), rest=rest)
    # as SQLite gives them back: booleans as integers
    row["negated"] = int(row["negated"])
    return event_record(row)


@pytest.mark.parametrize("event", [
    _full_event(),
    _full_event(place=None, date=None, mentions=(), mode=None, context=None, negated=False,
                modality="asserted", quote_id=None, confidence=1.0),
    _full_event(goldstein=4),  # an int where a float is declared stays an int
    _full_event(place=Place("Gulf", None, None, None, "region")),
    _full_event(target=(), source=(ActorRef("person:z", "Zed"),)),
], ids=["full", "defaults", "int-goldstein", "bare-place", "no-target"])
def test_columns_and_rest_give_back_the_record_byte_for_byte(event: Event) -> None:
    assert json.dumps(_round_trip(event)) == json.dumps(record_dict(event))


def test_rest_holds_no_column_value_and_no_default() -> None:
    _, rest = split_event(record_dict(_full_event(
        place=None, date=None, mentions=(), mode=None, context=None, quote_id=None)))
    assert rest == ('{"source":[{"actor":"USA","name":"United States","country":"USA",'
                    '"sector":"GOV","code":"USAGOV"}],"target":[{"actor":"IRN","name":"Iran",'
                    '"country":"IRN"},{"actor":"person:x","name":"X Y"}],"confidence":0.75}')


def _reports(engine: Any, paths: Iterable[Path]) -> list[Report]:
    return list(engine.extract(list(paths)))


def _old_insert_event(db: sqlite3.Connection, aid: str, text: str, e: Any,
                      published: str | None = None) -> None:
    """How schema 4-5 stored an event: the whole record JSON beside its columns, and its
    actor refs again in event_actors."""
    from eventwire.datevalues import date_start

    sent, trig = e.evidence.sentence, e.evidence.trigger
    date, place = e.date, e.place
    start = date_start(date.value) if date else None
    db.execute("DELETE FROM events WHERE id = ?", (e.id,))
    db.execute(
        "INSERT INTO events (id, article_id, plover, cameo, quad_class, goldstein, mode, "
        "negated, modality, date_value, date_precision, date_basis, place_name, place_country, "
        "sentence_start, sentence_end, trigger_start, trigger_end, trigger_text, json, "
        "date_start, sort_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (e.id, aid, e.plover, e.cameo, e.quad_class, e.goldstein, e.mode, int(e.negated),
         e.modality, date.value if date else None, date.precision if date else None,
         date.basis if date else None, place.name if place else None,
         place.country if place else None, sent.start, sent.end, trig.start, trig.end,
         trig.text, json.dumps(record_dict(e), ensure_ascii=False, separators=(",", ":")),
         start, start or (published or "")[:10]))
    db.executemany("INSERT INTO event_actors VALUES (?,?,?,?,?,?,?)",
                   [(e.id, role, i, r.actor, r.name, r.country, r.sector)
                    for role, refs in (("source", e.source), ("target", e.target))
                    for i, r in enumerate(refs)])


def _version_5_store(path: Path, reports: list[Report], monkeypatch: pytest.MonkeyPatch
                     ) -> list[tuple[Any, ...]]:
    """A store at schema 5 holding ``reports`` as schema 5 stored them; its event_actors rows."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                "applied_at TEXT NOT NULL)")
    for version, sql in MIGRATIONS[:5]:
        for statement in store_sqlite._statements(sql):
            con.execute(statement)
        con.execute("INSERT INTO schema_migrations VALUES (?, '2026-01-01')", (version,))
    with monkeypatch.context() as patch:
        patch.setattr(store_sqlite, "_insert_event", _old_insert_event)
        for report in reports:
            con.execute("BEGIN")
            store_sqlite._insert_article(con, report)
            if report.skip is not None:
                store_sqlite._insert_skip(con, report.skip, report.pipeline.version)
            else:
                store_sqlite._insert_records(con, report)
            con.execute("COMMIT")
    refs = con.execute("SELECT * FROM event_actors ORDER BY 1, 2, 3").fetchall()
    con.close()
    return refs


def _check_store(store: Store, reports: list[Report]) -> None:
    for report in reports:
        assert _dump(queries.show(store, report.article.id)) == _dump(report.to_dict())
    every = queries.events(store, queries.EventFilter(limit=None, include_negated=True))
    saved = {e.id: record_dict(e) for r in reports for e in r.events}
    assert len(every) == len(saved)
    for row in every:
        record = {k: v for k, v in row.items()
                  if k not in ("article_id", "source_outlet", "published", "sentence")}
        assert json.dumps(record) == json.dumps(saved[row["id"]])


def test_kayhan_report_is_shown_byte_for_byte_fresh_and_migrated(
        tmp_path: Path, engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import KAYHAN, need

    reports = _reports(engine, [need(KAYHAN)])
    assert reports[0].events
    with Store(tmp_path / "new.db") as store:
        for report in reports:
            store.save(report)
        _check_store(store, reports)
        fresh = queries.events(store, queries.EventFilter(pair=("IRN", "USA")))
    refs = _version_5_store(tmp_path / "v5.db", reports, monkeypatch)
    with Store(tmp_path / "v5.db") as store:
        assert store.schema_version() == max(v for v, _ in MIGRATIONS)
        _check_store(store, reports)
        assert queries.events(store, queries.EventFilter(pair=("IRN", "USA"))) == fresh
        # the actor refs are read from the records now, as the table held them
        assert [tuple(r) for r in store.db.execute(
            "SELECT * FROM event_actors ORDER BY 1, 2, 3")] == [tuple(r) for r in refs]
        tables = {r[0] for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "event_actors" not in tables and "events_v6" not in tables
        # triggers follow the new layout: deleting the article empties every lookup table
        store.db.execute("DELETE FROM articles")
        for table in ("events", "actor_events", "dyads"):
            assert store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
        assert queries.summary(store)["counts"]["events"] == 0


@pytest.mark.slow
def test_demo_corpus_reports_are_byte_identical_fresh_and_migrated(
        tmp_path: Path, engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    reports = _reports(engine, sorted(DEMO.glob("*.txt")) + sorted(DEMO.glob("*.jsonl")))
    assert sum(len(r.events) for r in reports) > 100
    with Store(tmp_path / "new.db") as store:
        for report in reports:
            store.save(report)
        _check_store(store, reports)
    _version_5_store(tmp_path / "v5.db", reports, monkeypatch)
    with Store(tmp_path / "v5.db") as store:
        _check_store(store, reports)
