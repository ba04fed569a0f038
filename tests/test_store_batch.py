"""Batched storing: ingest stores a batch of reports per transaction, with the store's lookup
tables, counts and full-text indexes brought up to date set-wise once per batch (store/batch.py)
instead of by per-row triggers. The store it leaves is the store one transaction per article
(Store.save, the triggers) leaves: every row of every table (time stamps aside) and every
full-text posting, compared whole (eventwire.store.dump)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import DEMO
from eventwire.ingest import FLUSH, _as_done, ingest, reader_context, save, save_batches, tasks
from eventwire.models import Report
from eventwire.readers import read_paths
from eventwire.settings import Settings
from eventwire.store import Store, queries
from eventwire.store.dump import dump

# stories, near-duplicates and fused events cross these: same outlets, same happenings
PICKED = ("kyivindependent-27641.txt", "kyivindependent-28876.txt", "tass-19847702.txt",
          "tass-20541231.txt", "timesofisrael-3000187.txt", "timesofisrael-3000421.txt")


def _reports(engine: Any, folder: Path) -> list[Report]:
    items = list(read_paths([folder], reader_context(Settings())))
    return list(engine.analyse(items))


def _folder(tmp_path: Path, names: tuple[str, ...]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names:
        shutil.copy(DEMO / name, folder / name)
    # a wire copy (a near-duplicate of the first), and inputs that are skipped
    copy = (DEMO / names[0]).read_text("utf-8").rstrip() + "\n\n(Republished with permission.)\n"
    (folder / "zz-copy.txt").write_text(copy, "utf-8")
    shutil.copy(DEMO / "bad" / "empty.txt", folder / "empty.txt")
    shutil.copy(DEMO / "bad" / "french.txt", folder / "french.txt")
    return folder


def _broken(report: Report) -> Report:
    """The report with an event of no type: the store rejects it (a NOT NULL column)."""
    bad = dataclasses.replace(report.events[-1], plover=None)
    return dataclasses.replace(report, events=(*report.events[:-1], bad))


def _one_by_one(path: Path, reports: list[Report]) -> list[str]:
    """Stored one transaction per article, placed (read back from the store) at the end."""
    with Store(path) as store:
        statuses = [save(store, r, place=False).status for r in reports]
        store.place_pending()
        return statuses


def _batched(path: Path, reports: list[Report], batch: int) -> list[str]:
    """Stored as ingest stores them, placed at the end from the reports it holds."""
    with Store(path) as store:
        statuses = [o.status for o in save_batches(store, reports, batch=batch)]
        store.place_pending()
        return statuses


def test_batches_store_exactly_what_one_article_per_transaction_stores(
        tmp_path: Path, engine: Any) -> None:
    reports = _reports(engine, _folder(tmp_path, PICKED))
    assert [r.skip.code for r in reports if r.skip] == ["empty", "language"]
    with_events = [i for i, r in enumerate(reports) if r.events]
    broken = with_events[1]
    reports[broken] = _broken(reports[broken])
    # an event id twice in one report: the second replaces the first, counted once
    twice = reports[with_events[3]]
    reports[with_events[3]] = dataclasses.replace(twice, events=(*twice.events,
                                                                 twice.events[0]))
    # stored again later in the run (``--reprocess``): the old records are replaced
    again = [reports[with_events[0]], reports[with_events[2]]]
    single = _one_by_one(tmp_path / "single.db", reports + again)
    assert single.count("skipped") == 3  # the rejected report is an internal-error skip
    for batch in (2, 16):
        assert _batched(tmp_path / f"batch{batch}.db", reports + again, batch) == single
        assert list(dump(tmp_path / f"batch{batch}.db")) == list(dump(tmp_path / "single.db"))
    with Store(tmp_path / "batch2.db") as store:
        assert store.db.execute("SELECT code FROM skips WHERE article_id = ?",
                                (reports[broken].article.id,)).fetchone()[0] == "internal"
        counts = queries.summary(store)["counts"]
        assert counts["events"] == store.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        assert counts["articles"] == len(reports) - 1  # the empty file has no article
        assert store.db.execute("SELECT COUNT(*) FROM near_duplicates").fetchone()[0] == 1
        # the triggers stand aside only inside a batch: nothing marks the committed store
        assert store.db.execute("SELECT COUNT(*) FROM batch_writing").fetchone()[0] == 0


def test_a_failing_batch_stores_nothing_of_it(tmp_path: Path, engine: Any) -> None:
    reports = _reports(engine, _folder(tmp_path, PICKED[:2]))
    with Store(tmp_path / "s.db") as store:
        store.save_many(reports[:1])
        before = list(dump(tmp_path / "s.db"))
        with pytest.raises(Exception, match="NOT NULL constraint failed: events.plover"):
            store.save_many([reports[1], _broken(reports[2])])
        assert list(dump(tmp_path / "s.db")) == before


@pytest.mark.slow
def test_demo_corpus_ingested_in_batches_equals_one_article_per_transaction(
        tmp_path: Path, engine: Any) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(DEMO, folder, ignore=shutil.ignore_patterns("*.md", "*.tsv"))
    with Store(tmp_path / "ingest.db") as store:
        stats = ingest([folder], store, Settings(), engine=engine)
    assert (stats.analysed, stats.skipped) == (47, 3)
    _one_by_one(tmp_path / "single.db", _reports(engine, folder))
    assert list(dump(tmp_path / "ingest.db")) == list(dump(tmp_path / "single.db"))


def test_flush_stores_what_waits_and_the_store_is_the_same(
        tmp_path: Path, engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Parallel ingest stores what waits once a worker is idle (FLUSH): smaller batches at
    those points, the same store."""
    reports = _reports(engine, _folder(tmp_path, PICKED[:4]))
    single = _one_by_one(tmp_path / "single.db", reports)
    sizes: list[int] = []
    save_many = Store.save_many

    def counted(self: Store, batch: Any, *args: Any, **kwargs: Any) -> Any:
        sizes.append(len(batch))
        return save_many(self, batch, *args, **kwargs)

    monkeypatch.setattr(Store, "save_many", counted)
    stream: list[Any] = [FLUSH, reports[0], FLUSH, FLUSH, *reports[1:4], FLUSH, *reports[4:]]
    with Store(tmp_path / "flushed.db") as store:
        statuses = [o.status for o in save_batches(store, stream, batch=2)]
        store.place_pending()  # as ingest does at the end of its run
    assert statuses == single
    assert len(reports) == 7  # four articles, the wire copy, the empty and the French file
    assert sizes == [1, 2, 1, 2, 1]
    assert list(dump(tmp_path / "flushed.db")) == list(dump(tmp_path / "single.db"))


def test_parallel_tasks_end_one_file_each_and_flush_once_a_worker_is_idle() -> None:
    files = [Path(f"{i:03d}.txt") for i in range(25)]
    shares = tasks(files, 2)
    assert [len(s) for s in shares] == [4, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    assert [f for s in shares for f in s] == files
    assert [len(s) for s in tasks(files[:6], 2)] == [1] * 6
    assert tasks([], 3) == []
    found = [["a", "b"], ["c"], ["d"], ["e"]]
    assert list(_as_done(iter(found), 4, 2)) == ["a", "b", "c", "d", FLUSH, "e", FLUSH]
    assert list(_as_done(iter(found), 4, 1)) == ["a", "b", "c", "d", "e", FLUSH]


def test_shared_ingest_gives_every_task_once_and_this_process_takes_tasks_too(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Parallel ingest with fork: the pool's processes and this one take the tasks (this one
    whenever no pool result waits); every task's items come once, whole and in order; once no
    task is left for this process, what waits is stored after each task (FLUSH)."""
    import threading
    from multiprocessing.pool import ThreadPool

    from eventwire import ingest as ingest_module

    started = threading.Event()  # the pool's tasks wait until this process took one

    def in_pool(task: tuple[list[Path], Any]) -> list[str]:
        started.wait(10)
        return [f"pool {p.name}" for p in task[0]]

    def here(files: list[Path]) -> list[str]:
        started.set()
        return [f"here {p.name}" for p in files]

    monkeypatch.setattr(ingest_module, "_analyse_files", in_pool)
    chunks = tasks([Path(f"{i:02d}.txt") for i in range(20)], 2)  # 3 of 4 files, 8 of 1
    with ThreadPool(1) as pool:
        stream = list(ingest_module._shared(chunks, None, pool, 1, here))  # type: ignore[arg-type]
    items = [i for i in stream if i is not FLUSH]
    assert sorted(i.split()[1] for i in items) == [f"{i:02d}.txt" for i in range(20)]
    # the pool holds two tasks (00-03, 04-07); this process takes the third
    assert items[:4] == ["here 08.txt", "here 09.txt", "here 10.txt", "here 11.txt"]
    runs = [(i.split()[0], i.split()[1]) for i in items]
    for chunk in chunks:  # each task's items together, in order, done in one place
        names = [p.name for p in chunk]
        at = [n for _, n in runs].index(names[0])
        assert [n for _, n in runs[at:at + len(names)]] == names
        assert len({where for where, _ in runs[at:at + len(names)]}) == 1
    assert stream[-1] is FLUSH and stream.count(FLUSH) >= 1
