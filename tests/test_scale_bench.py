"""benchmarks/scale.py's fast lake builder writes the lake its slow path writes (the lake's own
row builder and writer over the generated records): the same files, rows and order."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventwire.lake.query import Lake
from eventwire.store.queries import EventFilter

ROOT = Path(__file__).resolve().parents[1]

# Proofs for the benchmark's builders (20 s each): run by `make test-slow` and CI.
pytestmark = pytest.mark.slow


def _scale():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("scale_bench", ROOT / "benchmarks" / "scale.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fast_lake_equals_the_lake_written_row_by_row(tmp_path: Path) -> None:
    scale = _scale()
    n, chunk = 1_000, 60  # 167 articles in three chunks; the last article has 4 events
    corpus = scale.Corpus()
    slow, fast = tmp_path / "slow", tmp_path / "fast"
    scale.build_lake(slow, n, batch=chunk, articles=corpus.articles(n, chunk))
    scale.fast_lake(fast, n, chunk)
    files = sorted(p.relative_to(slow) for p in slow.rglob("*.parquet"))
    assert files == sorted(p.relative_to(fast) for p in fast.rglob("*.parquet"))
    assert len(files) > 3 * 2  # several months, both tables, every chunk
    for name in files:
        a, b = pq.read_table(slow / name), pq.read_table(fast / name)
        assert a.schema == b.schema and a.to_pylist() == b.to_pylist(), name
    rows = sum(pq.read_metadata(slow / p).num_rows for p in files if p.parts[0] == "events")
    assert rows == n
    with Lake(slow) as a, Lake(fast) as b:
        f = EventFilter(limit=None, include_negated=True)
        assert a.event_page(f) == b.event_page(f)
        assert a.summary() == b.summary()


def _tables(db) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
        "AND name NOT LIKE 'sqlite_%' AND name != 'schema_migrations' ORDER BY name")]
    return {name: sorted(tuple(r) for r in db.execute(f"SELECT * FROM {name}")) for name in names}


def test_fast_sqlite_build_writes_the_rows_the_triggers_write(tmp_path: Path) -> None:
    from eventwire.store import Store, queries

    scale = _scale()
    n = 1_000
    scale.build_sqlite_rows(tmp_path / "rows.db", n, chunk=60)
    scale.build_sqlite(tmp_path / "fast.db", n, chunk=60)
    # the timeline counts grouped in many key ranges (as at 10M) give the same rows
    scale.build_sqlite(tmp_path / "parts.db", n, chunk=60, timeline_part_rows=700)
    with Store(tmp_path / "rows.db") as a, Store(tmp_path / "fast.db") as b, \
            Store(tmp_path / "parts.db") as c:
        ta, tb = _tables(a.db), _tables(b.db)
        assert ta == tb
        assert _tables(c.db) == ta
        assert len(ta["events"]) == n and len(ta["dyads"]) > n and len(ta["timeline_counts"]) > n
        assert {len(ta[t]) > 0 for t in ("partner_counts", "role_counts", "edge_counts")} == {True}
        assert {r[0] for r in ta["partner_counts"]} == {"d", "w", "m", "t"}
        schema = ("SELECT type, name, tbl_name, sql FROM sqlite_master "
                  "WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
        assert a.db.execute(schema).fetchall() == b.db.execute(schema).fetchall()
        for word in ["the", "Person", "Example", scale.Corpus().vocab[300]]:
            f = queries.EventFilter(search=word, limit=None, include_negated=True)
            assert queries.events(a, f) == queries.events(b, f)
            hits = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid"
            assert a.db.execute(hits, [word]).fetchall() == b.db.execute(hits, [word]).fetchall()
        assert queries.summary(a) == queries.summary(b)
        postings = []  # the date-ordered sentence index, posting for posting (migration 16)
        for db in (a.db, b.db, c.db):
            db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, events_fts_dated, "
                       "instance)")
            postings.append([tuple(r) for r in db.execute(
                "SELECT * FROM temp.v ORDER BY 1, 2, 3, 4")])
            db.execute("DROP TABLE temp.v")
        assert postings[0] == postings[1] == postings[2] and len(postings[0]) > 10 * n
