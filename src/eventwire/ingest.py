"""Ingest: read inputs, analyse what is new, store each report in its own transaction."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.models import Report, Skip
from eventwire.readers import ReadItem, read_paths
from eventwire.readers.build import ReaderContext
from eventwire.settings import Settings
from eventwire.sources import SourceTable
from eventwire.store import Store

CHUNK = 8


@dataclass
class IngestStats:
    read: int = 0
    analysed: int = 0
    unchanged: int = 0
    skipped: int = 0
    events: int = 0
    quotes: int = 0
    skips: list[Skip] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.skips)


def reader_context(settings: Settings) -> ReaderContext:
    return ReaderContext(settings, SourceTable.load(settings.sources_files))


def needs_work(store: Store, item: ReadItem, version: str, reprocess: bool, force: bool) -> bool:
    if isinstance(item, Skip):
        return force or not store.has_skip(item.article_id or "", item.code)
    stored = store.article_version(item.id)
    return force or stored is None or (reprocess and stored != version)


def ingest(paths: Iterable[str | Path], store: Store, settings: Settings, *, workers: int = 1,
           reprocess: bool = False, force: bool = False,
           progress: Callable[[IngestStats], None] | None = None) -> IngestStats:
    from eventwire.api import pipeline_version

    stats, version = IngestStats(), pipeline_version(settings)
    todo: list[ReadItem] = []
    for item in read_paths(paths, reader_context(settings)):
        stats.read += 1
        if needs_work(store, item, version, reprocess, force):
            todo.append(item)
        else:
            stats.unchanged += 1
    for report in analyse_all(todo, settings, workers):
        store.save(report)
        _count(stats, report)
        if progress:
            progress(stats)
    return stats


def _count(stats: IngestStats, report: Report) -> None:
    if report.skip is not None:
        stats.skipped += 1
        stats.skips.append(report.skip)
        return
    stats.analysed += 1
    stats.events += len(report.events)
    stats.quotes += len(report.quotes)


def analyse_all(items: list[ReadItem], settings: Settings, workers: int) -> Iterator[Report]:
    if not items:
        return iter(())
    if workers <= 1:
        from eventwire.api import Engine

        return Engine.load(settings).analyse(items)
    chunks = [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
    return _parallel(chunks, settings, workers)


def _parallel(chunks: list[list[ReadItem]], settings: Settings, workers: int) -> Iterator[Report]:
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        for reports in pool.imap(_work, chunks):
            yield from reports


_WORKER: dict[str, object] = {}  # per-process engine holder, set once in each worker process


def _init_worker(settings: Settings) -> None:
    from eventwire.api import Engine

    _WORKER["engine"] = Engine.load(settings)


def _work(chunk: list[ReadItem]) -> list[Report]:
    engine = _WORKER["engine"]
    return list(engine.analyse(chunk))  # type: ignore[attr-defined]

