"""An event stored again under an id already in the store (another article's report with the
same event id, or a report that repeats an id) replaces the stored event: its row, its lookup
rows and counts, and its evidence sentence in the text-search index (events_fts_dated,
migration 17). Before migration 17 the old sentence stayed indexed; when the new event took
the old row number, a search for a word of the old sentence returned the new event."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwire.ingest import save_batches
from eventwire.models import Event, Report
from eventwire.store import Store, queries
from eventwire.store import sqlite as store_sqlite
from eventwire.store.dump import dump
from eventwire.store.schema import MIGRATIONS, dated_rowid
from hand_records import INFO, evidence, hand_article, save_all, state, state_actors, term_instances

NOR, ISL = state("NOR", "Norway"), state("ISL", "Iceland")
GLACIER = "Rangers closed the glacier road near Zermatt after a rockfall."
ACCORD = "Norway and Iceland signed a fishing accord in Reykjavik."


def _report(article_id: str, published: str, sentences: list[tuple[str, str]]) -> Report:
    """A hand-written report: one event per (event id, sentence), Norway -> Iceland."""
    text = "Brief\n\n" + " ".join(s for _, s in sentences) + "\n"
    events = tuple(Event(
        id=event_id, plover="AGREE", cameo="057", quad_class=1, goldstein=8.0, source=(NOR,),
        target=(ISL,), evidence=evidence(text, sentence, sentence.split()[2]))  # the verb
        for event_id, sentence in sentences)
    return Report(article=hand_article(article_id, text, "Brief", published), pipeline=INFO,
                  actors=state_actors(NOR, ISL), events=events)


# article a1 reports the glacier closure as event ev-x; a2 (a later article) is stored with an
# event of the same id: the store keeps a2's event only
FIRST = _report("a1", "2025-03-03T08:00:00+00:00", [("ev-x", GLACIER)])
SECOND = _report("a2", "2025-03-04T08:00:00+00:00", [("ev-x", ACCORD)])
# one report that gives an id twice: the second event replaces the first
TWICE = _report("a3", "2025-03-05T08:00:00+00:00", [("ev-y", GLACIER), ("ev-y", ACCORD)])


def _search(store: Store, words: str) -> list[tuple[str, str, str]]:
    page = queries.event_page(store, queries.EventFilter(search=words, limit=10))
    return [(r["id"], r["article_id"], r["sentence"]) for r in page.rows]


def _postings(db: sqlite3.Connection) -> set[int]:
    """The rowids that hold any term of the sentence index."""
    return {r[0] for r in term_instances(db, "events_fts_dated", "SELECT DISTINCT doc FROM temp.v")}


def _live(db: sqlite3.Connection) -> set[int]:
    return {dated_rowid(d, n) for n, d in db.execute("SELECT n, sort_date FROM events")}


def _one_by_one(path: Path, reports: list[Report]) -> None:
    save_all(path, reports)


def _batched(path: Path, reports: list[Report]) -> None:
    with Store(path) as store:
        list(save_batches(store, reports, batch=16))
        store.place_pending()  # as ingest does at the end of its run


@pytest.mark.parametrize("write", [_one_by_one, _batched])
def test_a_replaced_event_is_no_longer_found_by_its_old_sentence(
        tmp_path: Path, write: object) -> None:
    path = tmp_path / "s.db"
    write(path, [FIRST, SECOND])  # type: ignore[operator]
    with Store(path) as store:
        # the new event took the old row number (1): the old posting would point at it
        assert [tuple(r) for r in store.db.execute("SELECT n, id, article_id FROM events")] == [
            (1, "ev-x", "a2")]
        assert _search(store, "glacier") == []
        assert _search(store, "fishing accord") == [("ev-x", "a2", ACCORD)]
        assert _postings(store.db) == _live(store.db) == {20250304 * 2**36 + 1}
        counts = queries.summary(store)["counts"]
        assert counts["events"] == 1


def test_an_event_id_given_twice_in_one_report_is_indexed_once(tmp_path: Path) -> None:
    for name, write in (("single.db", _one_by_one), ("batch.db", _batched)):
        write(tmp_path / name, [TWICE])
        with Store(tmp_path / name) as store:
            assert _search(store, "glacier") == []
            assert _search(store, "Reykjavik") == [("ev-y", "a3", ACCORD)]
            assert _postings(store.db) == _live(store.db)
    assert list(dump(tmp_path / "single.db")) == list(dump(tmp_path / "batch.db"))


def test_migration_17_takes_stale_sentences_out_of_the_index(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "v16.db"
    with monkeypatch.context() as m:
        m.setattr(store_sqlite, "MIGRATIONS", tuple(x for x in MIGRATIONS if x[0] <= 16))
        with Store(old) as store:
            for report in (FIRST, SECOND, TWICE):
                store.save(report)
            assert store.schema_version() == 16
            # the bug this migration mends: the old sentence still indexed, found for ev-x
            assert _search(store, "glacier") == [("ev-x", "a2", ACCORD), ("ev-y", "a3", ACCORD)]
            # (a3's glacier sentence stayed under the rowid its accord sentence took, a live one)
            assert _postings(store.db) - _live(store.db) == {20250303 * 2**36 + 1}
    with Store(old) as store:  # opening migrates
        assert store.schema_version() >= 17  # and any later migration
        assert _search(store, "glacier") == []
        assert _postings(store.db) == _live(store.db)
    _one_by_one(tmp_path / "v17.db", [FIRST, SECOND, TWICE])
    assert list(dump(old)) == list(dump(tmp_path / "v17.db"))
    # and deleting an article after the migration takes its postings out exactly once
    for path in (old, tmp_path / "v17.db"):
        with Store(path) as store:
            store.db.execute("DELETE FROM articles WHERE id = 'a2'")
            assert _postings(store.db) == _live(store.db)
            assert _search(store, "Reykjavik") == [("ev-y", "a3", ACCORD)]
    assert list(dump(old)) == list(dump(tmp_path / "v17.db"))
