"""`eventwire ingest --lake DIR`: reports to the Parquet lake, locally or on Ray.

Both engines read with the same readers, skip what the lake already holds (and an article read
twice in one run), analyse with :meth:`Engine.analyse` (which isolates a failing article as an
``internal`` skip, exactly as local ingest into the store does) and write each batch's reports
with :func:`eventwire.lake.write.write_reports`.

On Ray (``engine="ray"``): a Ray Data pipeline over the items read by the driver, analysed by an
actor pool of ``workers`` actors, each holding one loaded :class:`Engine` and writing its own
Parquet files (one set per batch of up to ``RAY_BATCH`` articles); the driver only collects the
outcomes. With no ``address`` a local Ray cluster is started; ``address="auto"`` or
``ray://host:10001`` joins an existing one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import ConfigError
from eventwire.ingest import (
    EngineHandle,
    IngestStats,
    Outcome,
    outcome_of,
    reader_context,
    reports_in_order,
)
from eventwire.isolation import needs_analysis
from eventwire.lake.write import lake_article_ids, prepare, write_reports
from eventwire.models import Article, Report
from eventwire.readers import ReadItem, read_paths
from eventwire.settings import Settings

BATCH = 32  # reports written per Parquet file set (per table and month), local engine
RAY_BATCH = 128  # articles per Ray batch: one actor call, one file set (~10 MB of reports)


def new_items(paths: Iterable[str | Path], lake: Path, settings: Settings,
              force: bool = False) -> Iterator[ReadItem | Outcome]:
    """Items to analyse; an ``unchanged`` outcome for those already in the lake or read twice."""
    known = set() if force else lake_article_ids(lake)
    seen: set[str] = set()
    for item in read_paths(paths, reader_context(settings)):
        key = item.id if isinstance(item, Article) else f"{item.article_id}:{item.code}"
        aid = item.id if isinstance(item, Article) else item.article_id
        if key in seen or aid in known:
            yield Outcome("unchanged")
        else:
            seen.add(key)
            yield item


def ingest_lake(paths: Iterable[str | Path], lake: Path, settings: Settings, *,
                engine_name: str = "local", workers: int = 1, address: str | None = None,
                force: bool = False, engine: Any = None,
                progress: Callable[[IngestStats], None] | None = None) -> IngestStats:
    prepare(lake)
    items = new_items(paths, lake, settings, force)
    if engine_name == "local":
        outcomes = _local(items, lake, settings, engine)
    elif engine_name == "ray":
        outcomes = _ray(items, lake, settings, workers, address)
    else:
        raise ConfigError(f"unknown engine {engine_name!r}: use local or ray")
    stats = IngestStats()
    for outcome in outcomes:
        stats.add(outcome)
        if progress and outcome.status != "unchanged":
            progress(stats)
    return stats


def _local(items: Iterable[ReadItem | Outcome], lake: Path, settings: Settings,
           engine: Any) -> Iterator[Outcome]:
    batch: list[Report] = []
    for found in reports_in_order(items, EngineHandle(settings, engine)):
        if isinstance(found, Outcome):
            yield found
            continue
        batch.append(found)
        if len(batch) >= BATCH:
            yield from _write(lake, batch)
            batch = []
    yield from _write(lake, batch)


def _write(lake: Path, reports: list[Report]) -> list[Outcome]:
    write_reports(lake, [r.to_dict() for r in reports])
    return [outcome_of(r) for r in reports]


# -- Ray ---------------------------------------------------------------------------------------

class LakeAnalyser:
    """A Ray actor: one loaded engine; analyses a batch of items and writes their reports."""

    def __init__(self, settings: Settings, lake: str) -> None:
        from eventwire.api import Engine

        self.settings, self.lake = settings, Path(lake)
        self.handle = EngineHandle(settings, None)
        self.engine_cls = Engine

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        items: list[ReadItem] = list(batch["item"])
        if any(needs_analysis(i) for i in items) and self.handle.engine is None:
            self.handle.engine = self.engine_cls.load(self.settings)
        reports = [r for r in reports_in_order(items, self.handle)
                   if isinstance(r, Report)]
        outcomes = _write(self.lake, reports)
        return {"outcome": outcomes}


def _ray(items: Iterable[ReadItem | Outcome], lake: Path, settings: Settings, workers: int,
         address: str | None) -> Iterator[Outcome]:
    try:
        import ray
    except ImportError as exc:
        raise ConfigError("--engine ray needs Ray: pip install 'eventwire[ray]'") from exc
    todo: list[ReadItem] = []
    for found in items:
        if isinstance(found, Outcome):
            yield found
        else:
            todo.append(found)
    if not todo:
        return
    started = not ray.is_initialized()
    if started:
        ray.init(address=address, include_dashboard=False, log_to_driver=False,
                 configure_logging=False)
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        workers = max(1, workers)
        size = max(1, min(RAY_BATCH, -(-len(todo) // workers)))  # every actor gets work
        ds = ray.data.from_items([{"item": item} for item in todo],
                                 override_num_blocks=-(-len(todo) // size))
        analysed = ds.map_batches(LakeAnalyser, fn_constructor_args=(settings, str(lake)),
                                  batch_size=size, batch_format="default",
                                  compute=ray.data.ActorPoolStrategy(size=workers),
                                  num_cpus=1)
        for row in analysed.iter_rows():
            yield row["outcome"]
    finally:
        if started:
            ray.shutdown()
