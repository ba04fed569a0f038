"""Ingest: read inputs, analyse what is new, store each report in its own transaction."""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.models import Article, Report, Skip
from eventwire.readers import ReadItem, read_paths
from eventwire.readers.build import ReaderContext
from eventwire.settings import Settings
from eventwire.sources import SourceTable
from eventwire.store import Store

if TYPE_CHECKING:
    from eventwire.api import Engine

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
           progress: Callable[[IngestStats], None] | None = None,
           engine: Engine | None = None) -> IngestStats:
    """Read, analyse what is new and store it, one transaction per article.

    Reading is lazy, so with several workers the next files are read while the workers parse.
    """
    from eventwire.api import pipeline_version

    stats, version = IngestStats(), pipeline_version(settings)

    def pending() -> Iterator[ReadItem]:
        # Its own connection: started here, it goes on in the worker pool's feeder thread.
        seen: set[str] = set()  # the same article twice in one run is analysed once
        with Store(store.path, shared=True) as reader:
            for item in read_paths(paths, reader_context(settings)):
                stats.read += 1
                key = item.id if isinstance(item, Article) else f"{item.article_id}:{item.code}"
                if key not in seen and needs_work(reader, item, version, reprocess, force):
                    seen.add(key)
                    yield item
                else:
                    stats.unchanged += 1

    for report in analyse_all(pending(), settings, workers, engine):
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


def analyse_all(items: Iterable[ReadItem], settings: Settings, workers: int,
                engine: Engine | None = None) -> Iterator[Report]:
    """Reports in input order; with workers > 1, forked processes share the loaded engine."""
    stream = iter(items)
    first = next(stream, None)
    if first is None:  # nothing new: do not even load the model
        return iter(())
    from eventwire.api import Engine

    stream = itertools.chain([first], stream)
    engine = engine or Engine.load(settings)
    if workers <= 1:
        return engine.analyse(stream)
    return _parallel(_chunks(stream), engine, workers)


def _chunks(items: Iterator[ReadItem]) -> Iterator[list[ReadItem]]:
    while chunk := list(itertools.islice(items, CHUNK)):
        yield chunk


def _parallel(chunks: Iterator[list[ReadItem]], engine: Engine, workers: int) -> Iterator[Report]:
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:  # children inherit the loaded model copy-on-write
        _WORKER["engine"] = engine
        pool = multiprocessing.get_context("fork").Pool(workers)
    else:
        pool = multiprocessing.get_context("spawn").Pool(
            workers, initializer=_init_worker, initargs=(engine.settings,))
    with pool:
        for reports in pool.imap(_work, chunks):
            yield from reports


# The engine of this process, for pool workers: set before forking (inherited) or once by the
# spawn initializer. Never mutated after that.
_WORKER: dict[str, object] = {}


def _init_worker(settings: Settings) -> None:
    from eventwire.api import Engine

    _WORKER["engine"] = Engine.load(settings)


def _work(chunk: list[ReadItem]) -> list[Report]:
    engine = _WORKER["engine"]
    return list(engine.analyse(chunk))  # type: ignore[attr-defined]

