"""Same input, same records: local ingest, two worker processes and Ray give the same ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DEMO
from eventwire.ingest import ingest
from eventwire.lake.ingest import ingest_lake
from eventwire.lake.query import Lake
from eventwire.settings import Settings
from eventwire.store import Store
from eventwire.store.records import EVENT_RECORD_SQL, event_record


def _store_records(path: Path) -> dict[str, list]:
    with Store(path) as store:
        db = store.db
        return {
            "events": [(r["id"], event_record(r)) for r in db.execute(
                f"SELECT e.id, {EVENT_RECORD_SQL} FROM events e ORDER BY e.id")],
            "articles": [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")],
            "quotes": [r[0] for r in db.execute("SELECT id FROM quotes ORDER BY id")],
            "skips": db.execute("SELECT article_id, code FROM skips ORDER BY 1, 2").fetchall(),
        }


@pytest.mark.slow
def test_local_workers_and_ray_give_the_same_records(tmp_path: Path, engine) -> None:
    pytest.importorskip("ray")
    corpus = [DEMO]  # the demo articles and its bad/ inputs
    local, two = tmp_path / "local.db", tmp_path / "two.db"
    with Store(local) as store:
        first = ingest(corpus, store, Settings(), engine=engine)
    with Store(two) as store:
        second = ingest(corpus, store, Settings(), workers=2, engine=engine)
    lake = tmp_path / "lake"
    third = ingest_lake(corpus, lake, Settings(), engine_name="ray", workers=2)
    counts = lambda s: (s.read, s.analysed, s.skipped, s.events, s.quotes)  # noqa: E731
    assert counts(first) == counts(second) == counts(third)
    assert first.events > 200 and first.skipped >= 3
    expected = _store_records(local)
    assert _store_records(two) == expected
    with Lake(lake) as lk:
        events = lk.db.execute("SELECT id, record FROM events ORDER BY id").fetchall()
        assert [(i, json.loads(r)) for i, r in events] == expected["events"]
        assert len({i for i, _ in events}) == len(events)  # one row per event
        quotes = [r[0] for r in lk.db.execute("SELECT id FROM quotes ORDER BY id").fetchall()]
        assert quotes == expected["quotes"]
        skips = lk.db.execute("SELECT article_id, code FROM skips ORDER BY 1, 2").fetchall()
        assert [tuple(s) for s in skips] == [tuple(s) for s in expected["skips"]]
    # a second Ray run finds everything in the lake and writes nothing
    again = ingest_lake(corpus, lake, Settings(), engine_name="local")
    assert (again.read, again.unchanged, again.analysed) == (first.read, first.read, 0)
