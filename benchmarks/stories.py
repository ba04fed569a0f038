"""Story and fusion cost benchmark (not a test): what placing an article into a story
(``assign_story``) and its events into fused events (``fuse_events``) add to storing it.

Reports are analysed once and cached (pickle, in the folder named by --cache); each run stores
them into a fresh store the way ingest does (``Store.save_many`` over ingest's batches, then
``Store.place_pending``) and
adds up the time spent inside the two functions (wall or, with --cpu, this process's CPU
time). Two corpora:
- ``bench``: the throughput benchmark's corpus (demo articles repeated with a distinct closing
  line: every repeat is a near-duplicate of its first, so its events join fused events that
  grow with the corpus);
- ``stories``: the dev story set shipped in ``src/eventwire/data/eval/stories`` (multi-outlet
  reports of a dozen real events, distractors, wire copies).

Each run also prints a digest of every story and fusion table (rows sorted), so a faster
version is checked to store exactly what the slower one stored. To compare two versions,
run this script alternately with each on ``PYTHONPATH`` (A, B, A, B: a shared machine's noise
hits both alike):

    python benchmarks/stories.py --corpus stories --repeat 3 --cpu
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_write import reports as bench_reports  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "src" / "eventwire" / "data" / "eval" / "stories"
TABLES = ("story_clusters", "story_articles", "story_keys", "term_df", "fused_events",
          "fused_members", "fused_keys", "near_duplicates")


def story_reports(cache: Path) -> list[Any]:
    path = cache / "stories-bench-dev.pickle"
    if path.exists():
        return list(pickle.loads(path.read_bytes()))
    from eventwire.api import Engine
    from eventwire.ingest import reader_context
    from eventwire.readers import read_paths
    from eventwire.settings import Settings
    from eventwire.stories.features import publication_order

    settings = Settings()
    items = list(read_paths([STORIES], reader_context(settings)))
    found = list(Engine.load(settings).analyse(items))
    found.sort(key=lambda r: publication_order(r.article.id, r.article.published))
    path.write_bytes(pickle.dumps(found))
    return found


def clock() -> float:
    return time.process_time() if CPU else time.perf_counter()


CPU = False


def run(found: list[Any]) -> tuple[dict[str, float], str]:
    """Seconds inside each function and in the whole save; the tables' digest."""
    from eventwire.ingest import BATCH
    from eventwire.store import Store
    from eventwire.store import placing as sqlite  # where a stored article is placed

    spent = {"assign_story": 0.0, "fuse_events": 0.0, "linked": 0.0}
    originals = {name: getattr(sqlite, name) for name in spent}

    def timed(name: str) -> Any:
        def call(*args: Any) -> Any:
            start = clock()
            try:
                return originals[name](*args)
            finally:
                spent[name] += clock() - start
        return call

    from eventwire.store import fused
    from eventwire.stories import features

    features._stop_words()  # loaded once per process (ingest has it before its first save)
    # each run starts as a new ingest process would
    getattr(fused, "_PARSED", {}).clear()
    getattr(fused._representative, "cache_clear", lambda: None)()
    for name in spent:
        setattr(sqlite, name, timed(name))
    try:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
            start = clock()
            for i in range(0, len(found), BATCH):
                store.save_many(found[i:i + BATCH], place=False)
            store.place_pending()  # as an ingest run does at its end
            spent["save (all)"] = clock() - start
            digest = hashlib.sha256()
            for table in TABLES:
                for row in sorted(map(tuple, store.db.execute(f"SELECT * FROM {table}")),
                                  key=repr):
                    digest.update(repr(row).encode())
    finally:
        for name, fn in originals.items():
            setattr(sqlite, name, fn)
    return spent, digest.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=["bench", "stories"], default="stories")
    parser.add_argument("--articles", type=int, default=100, help="bench corpus size")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cache", default=tempfile.gettempdir())
    parser.add_argument("--cpu", action="store_true", help="CPU time, not wall time")
    args = parser.parse_args()
    global CPU
    CPU = args.cpu
    cache = Path(args.cache)
    found = (bench_reports(args.articles, cache) if args.corpus == "bench"
             else story_reports(cache))
    n = len(found)
    print(f"{args.corpus}: {n} reports, {sum(len(r.events) for r in found)} events; "
          f"load average {os.getloadavg()[0]:.1f}")
    runs = [run(found) for _ in range(args.repeat)]
    digests = {d for _, d in runs}
    for name in runs[0][0]:
        ms = sorted(1000 * spent[name] / n for spent, _ in runs)
        print(f"{name}: {ms[0]:.2f} ms/article (runs: {', '.join(f'{m:.2f}' for m in ms)})")
    print(f"tables digest: {', '.join(sorted(digests))}")


if __name__ == "__main__":
    main()
