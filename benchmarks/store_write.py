"""Store write benchmark (not a test): the cost of storing analysed reports, apart from parsing.

The corpus (the throughput benchmark's: demo articles repeated with a distinct closing line) is
analysed once and the reports cached (pickle, in the temp folder named by --cache); then each
run stores all of them into a fresh store and reports ms/article, alternating the ways of
storing so machine noise hits each alike:
- ``single``: one transaction per article (``Store.save``);
- ``batch``: the ingest path, ``Store.save_many`` over ingest's batches.
``--statements`` also times each SQL statement kind (triggers are charged to the statement that
fires them); ``--profile`` prints a cProfile of one batched run.

    python benchmarks/store_write.py --articles 100 --repeat 3
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pickle
import pstats
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import build_corpus  # noqa: E402


def reports(count: int, cache: Path) -> list[Any]:
    path = cache / f"store-bench-{count}.pickle"
    if path.exists():
        return list(pickle.loads(path.read_bytes()))
    from eventwire.api import Engine
    from eventwire.ingest import reader_context
    from eventwire.readers import read_paths
    from eventwire.settings import Settings

    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        build_corpus(Path(tmp), count)
        items = list(read_paths([Path(tmp)], reader_context(settings)))
        found = list(Engine.load(settings).analyse(items))
    path.write_bytes(pickle.dumps(found))
    return found


class Timed:
    """A connection whose execute/executemany add their time per statement kind."""

    def __init__(self, db: sqlite3.Connection, seconds: dict[str, float]) -> None:
        self._db, self._seconds = db, seconds

    def _kind(self, sql: str) -> str:
        words = " ".join(sql.split()).split(" ")
        head = " ".join(words[:2]).upper()
        for i, w in enumerate(words):
            if w.upper() in ("INTO", "FROM", "UPDATE") and i + 1 < len(words):
                return f"{head} {words[i + 1].split('(')[0]}"
        return head

    def _timed(self, fn: Callable[..., Any], sql: str, *args: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(sql, *args)
        finally:
            key = self._kind(sql) + (" (many)" if fn is self._db.executemany else "")
            self._seconds[key] = self._seconds.get(key, 0.0) + time.perf_counter() - start

    def execute(self, sql: str, *args: Any) -> Any:
        return self._timed(self._db.execute, sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        return self._timed(self._db.executemany, sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


def run(kind: str, found: list[Any], statements: dict[str, float] | None = None) -> float:
    from eventwire.ingest import BATCH
    from eventwire.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        if statements is not None:
            store.db = Timed(store.db, statements)  # type: ignore[assignment]
        start = time.process_time() if CPU else time.perf_counter()
        if kind == "single":
            for report in found:
                store.save(report)
        else:
            for i in range(0, len(found), BATCH):
                store.save_many(found[i:i + BATCH])
        return (time.process_time() if CPU else time.perf_counter()) - start


CPU = False  # --cpu: this process's CPU time instead of wall time (steadier on a busy machine)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--kinds", default="single,batch")
    parser.add_argument("--cache", default=tempfile.gettempdir())
    parser.add_argument("--statements", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--cpu", action="store_true", help="CPU time, not wall time")
    args = parser.parse_args()
    global CPU
    CPU = args.cpu
    found = reports(args.articles, Path(args.cache))
    n = len(found)
    kinds = args.kinds.split(",")
    print(f"{n} reports, {sum(len(r.events) for r in found)} events; "
          f"load average {os.getloadavg()[0]:.1f}")
    times: dict[str, list[float]] = {k: [] for k in kinds}
    for _ in range(args.repeat):
        for kind in kinds:
            times[kind].append(run(kind, found))
    for kind in kinds:
        ms = sorted(1000 * t / n for t in times[kind])
        print(f"{kind}: {ms[0]:.2f} ms/article (runs: {', '.join(f'{m:.2f}' for m in ms)})")
    if args.statements:
        for kind in kinds:
            seconds: dict[str, float] = {}
            run(kind, found, seconds)
            parts = sorted(seconds.items(), key=lambda kv: -kv[1])
            print(f"{kind} per statement kind, ms/article:")
            for name, s in parts[:25]:
                print(f"  {1000 * s / n:7.3f}  {name}")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        run(kinds[-1], found)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(40)
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
