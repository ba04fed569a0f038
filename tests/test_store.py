from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import DEMO
from eventwire.errors import NotFoundError
from eventwire.ingest import ingest
from eventwire.settings import Settings
from eventwire.store import Store, queries
from eventwire.store.schema import MIGRATIONS

ARTICLE = ("reuters.com\n\nNews ID: 7\nPublish Date : 4 March 2025 - 09:00\n\nMinisters meet\n\n"
           "CAIRO – Egypt's foreign minister met his Jordanian counterpart in Cairo on Monday.\n")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "b.txt").write_text(ARTICLE.replace("News ID: 7", "News ID: 8").replace(
        "Monday", "Tuesday"))
    (folder / "c.txt").write_bytes(b"\x00\x01binary")
    return folder


def test_ingest_is_idempotent_and_keeps_skips(tmp_path: Path, corpus: Path, engine) -> None:
    with Store(tmp_path / "s.db") as store:
        first = ingest([corpus], store, Settings(), engine=engine)
        second = ingest([corpus], store, Settings(), engine=engine)
        counts = queries.summary(store)["counts"]
        skips = queries.skips(store)
    assert (first.read, first.analysed, first.skipped, first.unchanged) == (3, 2, 1, 0)
    assert (second.read, second.analysed, second.skipped, second.unchanged) == (3, 0, 0, 3)
    assert counts["articles"] == 2 and counts["skips"] == 1
    assert [(Path(s["origin"]).name, s["code"]) for s in skips] == [("c.txt", "binary")]


@pytest.mark.slow
def test_two_workers_store_what_one_does(tmp_path: Path, corpus: Path, engine) -> None:
    for name in ("c.txt",):
        (corpus / name).unlink()
    for i in range(6):
        (corpus / f"more{i}.txt").write_text(ARTICLE.replace("News ID: 7", f"News ID: 9{i}")
                                             .replace("Monday", f"Monday, day {i}"))
    rows = {}
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.db") as store:
            stats = ingest([corpus], store, Settings(), workers=workers, engine=engine)
            assert (stats.read, stats.analysed) == (8, 8)
            rows[workers] = store.db.execute(
                "SELECT id, rest FROM events UNION ALL SELECT id, text FROM articles "
                "ORDER BY 1").fetchall()
    assert rows[1] == rows[2] and len(rows[1]) >= 8


@pytest.mark.slow
def test_same_article_twice_in_one_run_is_analysed_once(tmp_path: Path, engine) -> None:
    folder = tmp_path / "dup"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "copy.txt").write_text(ARTICLE)
    with Store(tmp_path / "d.db") as store:
        stats = ingest([folder], store, Settings(), workers=2, engine=engine)
    assert (stats.read, stats.analysed, stats.unchanged) == (2, 1, 1)


def test_wal_mode_and_schema_version(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.schema_version() == max(v for v, _ in MIGRATIONS)
        columns = [r[1] for r in store.db.execute("PRAGMA table_info(events)")]
        assert columns[:2] == ["n", "id"] and columns[-3:] == ["date_start", "sort_date", "rest"]
        assert "json" not in columns
        assert "sentence" not in columns


def test_version_1_store_is_migrated(tmp_path: Path) -> None:
    from eventwire.store.sqlite import _statements

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                    "applied_at TEXT NOT NULL)")
        for statement in _statements(MIGRATIONS[0][1]):
            con.execute(statement)
        con.execute("INSERT INTO schema_migrations VALUES (1, '2025-01-01')")
    with Store(path) as store:
        assert store.schema_version() == max(v for v, _ in MIGRATIONS)
        applied = store.db.execute("SELECT version FROM schema_migrations ORDER BY 1")
        assert [r[0] for r in applied] == [v for v, _ in MIGRATIONS]


def test_show_unknown_article_says_what_to_do(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store, pytest.raises(NotFoundError) as err:
        queries.show(store, "a0000000")
    assert str(err.value) == ("no article 'a0000000' in the store: list ids with "
                              "`eventwire events` or `eventwire articles`")


def test_show_returns_the_extract_report(tmp_path: Path, corpus: Path, engine) -> None:
    report = next(engine.extract([corpus / "a.txt"])).to_dict()
    with Store(tmp_path / "s.db") as store:
        ingest([corpus / "a.txt"], store, Settings())
        shown = queries.show(store, report["article"]["id"])
    assert json.dumps(shown) == json.dumps(report)  # the same serialiser: same bytes


def _count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(db) as con:
            return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0


def _ingest_cmd(db: Path, folder: Path) -> list[str]:
    return [sys.executable, "-m", "eventwire", "--db", str(db), "ingest", str(folder)]


@pytest.mark.slow
def test_kill_9_during_ingest_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(DEMO, folder, ignore=shutil.ignore_patterns("bad", "*.md", "*.tsv"))
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    proc = subprocess.Popen(_ingest_cmd(killed_db, folder), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    while _count(killed_db, "articles") < 3 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _count(killed_db, "articles")
    assert 3 <= partial < len(list(folder.iterdir()))
    subprocess.run(_ingest_cmd(killed_db, folder), check=False, capture_output=True)
    subprocess.run(_ingest_cmd(clean_db, folder), check=False, capture_output=True)
    for table in ("articles", "quotes", "actors", "mentions", "skips"):
        assert _count(killed_db, table) == _count(clean_db, table), table
    with sqlite3.connect(killed_db) as a, sqlite3.connect(clean_db) as b:
        articles = "SELECT id FROM articles ORDER BY 1"
        assert a.execute(articles).fetchall() == b.execute(articles).fetchall()
        events = "SELECT id FROM events ORDER BY 1"
        assert a.execute(events).fetchall() == b.execute(events).fetchall()
