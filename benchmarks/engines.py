"""Engine benchmark (not a test): `ingest --workers N` (local processes, into the store) against
`ingest --engine ray --workers N --lake DIR` (a Ray Data actor pool) on the same corpus.

The corpus is the demo corpus copied with a distinct closing line per copy (as
benchmarks/throughput.py builds it), so every copy is a new article. Each engine runs in a fresh
`eventwire` process, model loading and (for Ray) cluster start included, as a user runs it;
the Ray cluster start is also timed on its own. Peak RSS is sampled from /proc for every process
of the run (local workers; Ray actors) and the largest one is reported as memory per worker.

    python benchmarks/engines.py [--articles 200] [--workers 2]
The events of both runs are compared (ids and records).
Last line: articles=N local_per_s=A ray_per_s=B ray_vs_local=R worker_rss_mb=M
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import build_corpus  # noqa: E402

EVENTWIRE = [sys.executable, "-m", "eventwire"]


class PeakRss(threading.Thread):
    """Samples the RSS of every process whose command line contains one of ``marks``."""

    def __init__(self, marks: tuple[str, ...]) -> None:
        super().__init__(daemon=True)
        self.marks, self.peak, self.stop = marks, 0, threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            for pid in os.listdir("/proc"):
                if not pid.isdigit():
                    continue
                try:
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
                    if not any(m.encode() in cmd for m in self.marks):
                        continue
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmRSS:"):
                            self.peak = max(self.peak, int(line.split()[1]) // 1024)
                except OSError:
                    continue
            time.sleep(0.5)


def run(cmd: list[str], marks: tuple[str, ...]) -> tuple[float, int, str]:
    sampler = PeakRss(marks)
    sampler.start()
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t0
    sampler.stop.set()
    sampler.join()
    if done.returncode not in (0, 1):  # 1: some inputs were skipped
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    return elapsed, sampler.peak, done.stdout.strip().splitlines()[0]


def same_events(db: Path, lake: Path) -> tuple[bool, int, int]:
    """Whether the store and the lake hold the same events (ids and records), and how many."""
    import json

    from eventwire.lake.query import Lake
    from eventwire.store import Store
    from eventwire.store.records import EVENT_RECORD_SQL, event_record

    with Store(db) as store:
        local = [(r["id"], event_record(r)) for r in store.db.execute(
            f"SELECT e.id, {EVENT_RECORD_SQL} FROM events e ORDER BY e.id")]
    with Lake(lake) as lk:
        ray = [(i, json.loads(r)) for i, r in
               lk.db.execute("SELECT id, record FROM events ORDER BY id").fetchall()]
    return local == ray, len(local), len(ray)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    print(f"engines: {args.articles} articles, {args.workers} workers; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (the machine is shared)")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        build_corpus(corpus, args.articles)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import ray; ray.init(include_dashboard=False, "
                        "log_to_driver=False); ray.shutdown()"], capture_output=True, check=True)
        ray_start = time.perf_counter() - t0
        local, local_rss, local_line = run(
            [*EVENTWIRE, "--db", f"{tmp}/s.db", "ingest", "--workers", str(args.workers),
             str(corpus)], ("eventwire",))
        ray, ray_rss, ray_line = run(
            [*EVENTWIRE, "ingest", "--engine", "ray", "--workers", str(args.workers),
             "--lake", f"{tmp}/lake", str(corpus)], ("MapWorker", "MapBatches", "eventwire"))
        same, n_local, n_ray = same_events(Path(tmp) / "s.db", Path(tmp) / "lake")
    print(f"local --workers {args.workers}: {local:.0f}s, {args.articles / local:.2f} articles/s,"
          f" peak RSS {local_rss} MB  ({local_line})")
    print(f"ray --workers {args.workers}:   {ray:.0f}s, {args.articles / ray:.2f} articles/s, "
          f"peak RSS {ray_rss} MB  ({ray_line}); Ray start alone {ray_start:.0f}s")
    print(f"events: local {n_local:,}, ray {n_ray:,}; same ids and records: {same}")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print(f"articles={args.articles} local_per_s={args.articles / local:.2f} "
          f"ray_per_s={args.articles / ray:.2f} ray_vs_local={local / ray:.2f} "
          f"worker_rss_mb={max(local_rss, ray_rss)}")


if __name__ == "__main__":
    main()
