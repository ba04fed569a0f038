"""Ingest: read inputs, analyse what is new, store the reports a batch per transaction."""

from __future__ import annotations

import multiprocessing
import queue
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.gctuning import own_process
from eventwire.isolation import (
    internal_error_report,
    needs_analysis,
    pipeline_version,
    unanalysed_report,
)
from eventwire.models import Article, Report, Skip
from eventwire.readers import ReadItem, read_paths
from eventwire.readers.build import ReaderContext
from eventwire.readers.dispatch import FEED_SUFFIXES, JSONL_SUFFIXES, iter_files
from eventwire.readers.warc import WARC_SUFFIXES
from eventwire.settings import Settings
from eventwire.sources import SourceTable
from eventwire.store import Store

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from eventwire.api import Engine

FILES_PER_TASK = 4
BATCH = 16  # articles analysed together (spaCy batches inside)
# Records that are not articles (a WARC's requests, metadata, images): stored as skips with
# their reason, counted apart, and not by themselves a reason for exit status 1.
NOT_ARTICLE = "not_article"


@dataclass
class IngestStats:
    read: int = 0
    analysed: int = 0
    unchanged: int = 0
    skipped: int = 0
    events: int = 0
    quotes: int = 0
    not_articles: int = 0
    skips: list[Skip] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.skips)

    def add(self, outcome: Outcome) -> None:
        self.read += 1
        if outcome.status == "unchanged":
            self.unchanged += 1
        elif outcome.skip is not None and outcome.skip.code == NOT_ARTICLE:
            self.not_articles += 1
        elif outcome.skip is not None:
            self.skipped += 1
            self.skips.append(outcome.skip)
        else:
            self.analysed += 1
            self.events += outcome.events
            self.quotes += outcome.quotes


def reader_context(settings: Settings, engine: Engine | None = None) -> ReaderContext:
    """What the readers need: the engine's source table when it was loaded from the same
    files (parsing sources.yaml took ~11 ms, once per task of a parallel ingest)."""
    if engine is not None and engine.settings.sources_files == settings.sources_files:
        return ReaderContext(settings, engine.resources.sources)
    return ReaderContext(settings, SourceTable.load(settings.sources_files))


def needs_work(store: Store, item: ReadItem, version: str, reprocess: bool, force: bool) -> bool:
    if isinstance(item, Skip):
        return force or not store.has_skip(item.article_id or "", item.code)
    stored = store.article_version(item.id)
    return force or stored is None or (reprocess and stored != version)


def ingest(paths: Iterable[str | Path], store: Store, settings: Settings, *, workers: int = 1,
           reprocess: bool = False, force: bool = False,
           progress: Callable[[IngestStats], None] | None = None,
           engine: Engine | None = None) -> IngestStats:
    """Read, analyse what is new and store it, one transaction per batch of articles.

    With several workers, each worker reads and analyses its share of the files; this process
    is the one writer, storing the reports in batches as they arrive (no worker ever waits on
    the write lock, and batches stay :data:`BATCH` long whatever the share of files a worker
    gets). Where processes can be forked, this process is one of the workers too (between
    batches it stores) and ``workers - 1`` are forked: one process fewer copies the model's
    pages it writes to, and its own reports are not sent between processes (measured with
    two workers: ~1,000 → ~500 page faults an article in the forked workers, about 10 ms of
    CPU an article less in all on a 48-article run).
    """
    job = Job(store.path, settings, pipeline_version(settings), reprocess, force)
    stats = IngestStats()
    if workers <= 1:
        outcomes = _sequential(paths, job, store, engine)
    else:
        outcomes = _parallel(list(iter_files(paths)), job, workers, engine, store)
    for outcome in outcomes:
        stats.add(outcome)
        if progress:
            progress(stats)
    # the run's articles were stored unplaced: into near-duplicates, stories and fused events
    # now, in publication order, whatever order the files came in (store/placing.py)
    store.place_pending(failed=stats.skips.append)  # an article placed nowhere: said, stored
    return stats


def count_inputs(paths: Iterable[str | Path], max_bytes: int) -> int | None:
    """How many items reading ``paths`` yields (the total of a progress bar): one per file,
    one per non-blank line of a JSON Lines file; None (unknown without reading them) when
    there are feeds or web archives."""
    total = 0
    for path in iter_files(paths):
        if path.suffix.lower() in FEED_SUFFIXES or path.name.lower().endswith(WARC_SUFFIXES):
            return None
        if path.suffix.lower() not in JSONL_SUFFIXES:
            total += 1
            continue
        try:
            if not path.is_file() or path.stat().st_size > max_bytes:
                total += 1
                continue
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            total += 1
    return total


@dataclass(frozen=True)
class Job:
    """What every worker needs to know to ingest its share."""

    store_path: Path
    settings: Settings
    version: str
    reprocess: bool
    force: bool


@dataclass(frozen=True)
class Outcome:
    status: str  # analysed|skipped|unchanged
    events: int = 0
    quotes: int = 0
    skip: Skip | None = None


def ingest_items(items: Iterable[ReadItem], store: Store, settings: Settings, *,
                 reprocess: bool = False, force: bool = False,
                 handle: EngineHandle | None = None) -> Iterator[Outcome]:
    """Ingest articles and skips that were read elsewhere (eventwire.fetch), one outcome per
    item in order; as :func:`ingest` does for files, in this process. Pass one ``handle``
    to several calls to load the model once."""
    job = Job(store.path, settings, pipeline_version(settings), reprocess, force)
    handle = handle or EngineHandle(settings)
    for found in reports_in_order(pending_items(items, job, store), handle):
        yield found if isinstance(found, Outcome) else save(store, found)


def pending(paths: Iterable[str | Path], job: Job, reader: Store,
            engine: Engine | None = None) -> Iterator[ReadItem | Outcome]:
    """Items that need analysis; an ``unchanged`` outcome for the others. The same article
    read twice in one run is analysed once."""
    return pending_items(read_paths(paths, reader_context(job.settings, engine)), job, reader)


def pending_items(items: Iterable[ReadItem], job: Job, reader: Store
                  ) -> Iterator[ReadItem | Outcome]:
    seen: set[str] = set()
    for item in items:
        key = item.id if isinstance(item, Article) else f"{item.article_id}:{item.code}"
        if key not in seen and needs_work(reader, item, job.version, job.reprocess, job.force):
            seen.add(key)
            yield item
        else:
            yield Outcome("unchanged")


def outcome_of(report: Report) -> Outcome:
    if report.skip is not None:
        return Outcome("skipped", skip=report.skip)
    return Outcome("analysed", len(report.events), len(report.quotes))


def _sequential(paths: Iterable[str | Path], job: Job, store: Store,
                engine: Engine | None) -> Iterator[Outcome]:
    """Analyse in batches as the files are read; the model is loaded only if something needs
    analysing (reader skips and non-English articles are stored without it)."""
    handle = EngineHandle(job.settings, engine)
    items = (found for found in pending(paths, job, store, engine))
    yield from save_batches(store, reports_in_order(items, handle))


class EngineHandle:
    """The engine, loaded on first use."""

    def __init__(self, settings: Settings, engine: Engine | None = None) -> None:
        self.settings, self.engine = settings, engine

    def get(self) -> Engine:
        if self.engine is None:
            from eventwire.api import Engine

            self.engine = Engine.load(self.settings)
        return self.engine


def reports_in_order(items: Iterable[ReadItem | Outcome], handle: EngineHandle,
                     batch: int = BATCH) -> Iterator[Report | Outcome]:
    """A report per item (outcomes pass through), in input order. Articles are analysed
    BATCH at a time; the engine is loaded only when a batch holds an article to analyse."""
    waiting: list[ReadItem | Outcome] = []
    count = 0
    for item in items:
        waiting.append(item)
        if not isinstance(item, Outcome) and needs_analysis(item):
            count += 1
        if count >= batch:
            yield from _flush(waiting, handle)
            waiting, count = [], 0
    yield from _flush(waiting, handle)


def _flush(waiting: list[ReadItem | Outcome], handle: EngineHandle) -> Iterator[Report | Outcome]:
    todo = [i for i in waiting if not isinstance(i, Outcome) and needs_analysis(i)]
    done = iter(handle.get().analyse(todo) if todo else ())
    for item in waiting:
        if isinstance(item, Outcome):
            yield item
        elif needs_analysis(item):
            yield next(done)
        else:
            yield unanalysed_report(item, handle.settings)


class Flush:
    """In a stream of reports: store what waits now, however few (a core would idle)."""


FLUSH = Flush()


def save_batches(store: Store, found: Iterable[Report | Outcome | Flush],
                 batch: int = BATCH) -> Iterator[Outcome]:
    """Store the reports ``batch`` at a time, each batch in one transaction (one commit and
    one pass of the store's batch work per batch instead of per article), and what waits at
    each :data:`FLUSH`; an outcome per item, in order. Kill -9 safe: a batch is committed
    whole or not at all, and what was not committed is new again to the next ingest."""
    waiting: list[Report | Outcome] = []
    count = 0
    for item in found:
        if isinstance(item, Flush):
            if count:
                yield from _save_waiting(store, waiting)
                waiting, count = [], 0
            continue
        if isinstance(item, Outcome) and not count:
            yield item  # nothing waits to be stored before it
            continue
        waiting.append(item)
        count += not isinstance(item, Outcome)
        if count >= batch:
            yield from _save_waiting(store, waiting)
            waiting, count = [], 0
    yield from _save_waiting(store, waiting)


def _save_waiting(store: Store, waiting: list[Report | Outcome]) -> Iterator[Outcome]:
    reports = [r for r in waiting if not isinstance(r, Outcome)]
    stored = iter(store.save_many(reports, rejected=_rejected, place=False) if reports else ())
    for item in waiting:
        yield item if isinstance(item, Outcome) else outcome_of(next(stored))


def _rejected(report: Report, exc: Exception) -> Report:
    return internal_error_report(report.article, exc, report.pipeline)


def save(store: Store, report: Report, *, place: bool = True) -> Outcome:
    """Store one report. A report the store rejects (a bug in one article's records) is
    stored as an internal-error skip instead; a failing store is eventwire failing.
    ``place=False``: leave it for :meth:`Store.place_pending`."""
    try:
        store.save(report, place=place)
    except (sqlite3.IntegrityError, ValueError, TypeError, AttributeError) as exc:
        report = internal_error_report(report.article, exc, report.pipeline)
        store.save(report, place=place)
    return outcome_of(report)


def _parallel(files: list[Path], job: Job, workers: int, engine: Engine | None,
              store: Store) -> Iterator[Outcome]:
    from eventwire.api import Engine

    chunks = tasks(files, workers)
    if "fork" not in multiprocessing.get_all_start_methods():
        pool = multiprocessing.get_context("spawn").Pool(
            workers, initializer=_init_worker, initargs=(job.settings,))
        with pool:
            found = pool.imap_unordered(_analyse_files, [(c, job) for c in chunks])
            yield from save_batches(store, _once(_as_done(found, len(chunks), workers)))
        return
    # fork (shares the loaded model): this process is one of the workers, between storing
    # batches, and ``workers - 1`` forked processes are the others
    _WORKER.engine = engine = engine or Engine.load(job.settings)
    pool = multiprocessing.get_context("fork").Pool(workers - 1, initializer=own_process)
    with pool, Store.open_readonly(job.store_path) as reader:
        shared = _shared(chunks, job, pool, workers - 1, lambda files: _analyse(
            files, job, reader, engine))
        yield from save_batches(store, _once(shared))


def _shared(chunks: list[list[Path]], job: Job, pool: Pool, forked: int,
            here: Callable[[list[Path]], list[Report | Outcome]]
            ) -> Iterator[Report | Outcome | Flush]:
    """The tasks' items as they are done, by the ``forked`` pool processes or ``here`` (in this
    process, whenever no pool result waits). The pool holds :data:`AHEAD` tasks a process and
    gets the next one as soon as it hands a result back (in the pool's result thread, so no
    forked process waits while this one analyses or stores); once no task is left, the waiting
    reports are stored after each task (:data:`FLUSH`) while the pool finishes."""
    todo = deque(chunks)
    done: queue.SimpleQueue[list[Report | Outcome] | BaseException] = queue.SimpleQueue()

    def submit() -> None:
        try:
            chunk = todo.popleft()
        except IndexError:
            return
        pool.apply_async(_analyse_files, ((chunk, job),), callback=finished,
                         error_callback=done.put)

    def finished(items: list[Report | Outcome]) -> None:
        done.put(items)
        try:
            submit()
        except ValueError:  # the pool is closing: this process stopped early
            pass

    try:
        for _ in range(AHEAD * forked):
            submit()
        for _ in range(len(chunks)):
            try:
                items = done.get_nowait()
            except queue.Empty:
                try:
                    chunk = todo.popleft()
                except IndexError:
                    items = done.get()
                else:
                    items = here(chunk)
            if isinstance(items, BaseException):
                raise items
            yield from items
            if not todo:
                yield FLUSH
    finally:
        todo.clear()  # nothing more for the pool when this stops early


AHEAD = 2  # tasks given to the pool per forked process: one running, one waiting


def tasks(files: list[Path], workers: int) -> list[list[Path]]:
    """The workers' shares: :data:`FILES_PER_TASK` files a task (spaCy batches inside a
    task), the last ``workers * FILES_PER_TASK`` files one a task, so that the workers finish
    within about one file of each other instead of one task."""
    tail = max(0, len(files) - workers * FILES_PER_TASK)
    return ([files[i:min(i + FILES_PER_TASK, tail)] for i in range(0, tail, FILES_PER_TASK)]
            + [[path] for path in files[tail:]])


def _as_done(found: Iterable[list[Report | Outcome]], total: int,
             workers: int) -> Iterator[Report | Outcome | Flush]:
    """The tasks' items as they come back; once fewer tasks are out than there are workers
    (a worker is idle), the waiting reports are stored after each task (:data:`FLUSH`), on
    the idle core, instead of all after the last one."""
    for done, items in enumerate(found, 1):
        yield from items
        if total - done < workers:
            yield FLUSH


def _once(found: Iterable[Report | Outcome | Flush]) -> Iterator[Report | Outcome | Flush]:
    """The workers' reports, an article that two workers both read (the same text in two
    files) stored once: the later report is ``unchanged``, as in one process."""
    seen: set[tuple[str, str | None]] = set()
    for item in found:
        if isinstance(item, Report):
            key = (item.article.id, item.skip.code if item.skip else None)
            if key in seen:
                item = Outcome("unchanged")
            seen.add(key)
        yield item


# Per worker process: the engine (set before forking, or by the spawn initializer) and the
# worker's own read-only store connection (opened on first use: what is stored already).
@dataclass
class _Worker:
    engine: Engine | None = None
    store: Store | None = None


_WORKER = _Worker()


def _init_worker(settings: Settings) -> None:
    from eventwire.api import Engine

    own_process()  # a worker process ingest started: eventwire runs it
    _WORKER.engine = Engine.load(settings)


def _analyse_files(task: tuple[list[Path], Job]) -> list[Report | Outcome]:
    """A worker's share: the reports of the files' new articles (outcomes for the rest), in
    order, for the parent to store."""
    files, job = task
    if _WORKER.store is None:
        _WORKER.store = Store.open_readonly(job.store_path)
    assert _WORKER.engine is not None, "the pool's initializer or the fork sets the engine"
    return _analyse(files, job, _WORKER.store, _WORKER.engine)


def _analyse(files: list[Path], job: Job, reader: Store, engine: Engine) -> list[Report | Outcome]:
    """The reports of the files' new articles (outcomes for the rest), in order; ``reader``:
    a read-only connection to the store (what is stored already)."""
    return list(reports_in_order(pending(files, job, reader, engine),
                                 EngineHandle(job.settings, engine)))
