"""HTTP API latency benchmark (not a test): p50/p95 of every call of `eventwire serve` (events,
timelines, facets, actors, actor profiles, networks, articles, summary), through the whole ASGI
stack (routing, validation, JSON), on a synthetic store; the biggest actor's profile, partner
timeline and network are timed on their own.

The store is the scale benchmark's synthetic news-shaped corpus (benchmarks/scale.py: Zipf
countries and people, 6 events per article, ten years of dates), built here unless --db names
an existing one. Query arguments are drawn from the data as an analyst would pick them: big and
rare dyads, top countries and people, date windows, words of middling frequency.

    python benchmarks/workbench_api.py --events 1000000 [--dir /tmp/ew-workbench-bench]
    python benchmarks/workbench_api.py --db STORE.db        # an existing store
    python benchmarks/workbench_api.py --quick              # 100k events
Last line: events=N events_p95_ms=X timeline_p95_ms=Y
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
warnings.filterwarnings("ignore")

from scale import Corpus, build_sqlite  # noqa: E402

from eventwire.store import Store  # noqa: E402


def workload(db: Path, reps: int, seed: int = 14) -> dict[str, list[str]]:
    rng = random.Random(seed)
    with Store.open_readonly(db) as store:
        q = store.db.execute
        top = [f"{r[0]},{r[1]}" for r in q("SELECT source, target FROM pair_counts "
                                           "ORDER BY n DESC LIMIT 10")]
        rare = [f"{r[0]},{r[1]}" for r in q("SELECT source, target FROM pair_counts "
                                            "WHERE n BETWEEN 5 AND 30 LIMIT 500")]
        states = [r[0] for r in q("SELECT actor_id FROM actor_index WHERE kind = 'state' "
                                  "ORDER BY events DESC LIMIT 60")]
        people = [r[0] for r in q("SELECT actor_id FROM actor_index WHERE kind = 'person' "
                                  "ORDER BY events DESC LIMIT 300")]
        n_max = q("SELECT MAX(n) FROM events").fetchone()[0]
        ids = [q("SELECT id FROM events WHERE n >= ? LIMIT 1", (rng.randint(1, n_max),))
               .fetchone()[0] for _ in range(reps)]
        words_by = _words_by_frequency(store.db, n_max)
    words = Corpus().vocab[200:2000]
    few = max(5, reps // 4)  # the calls outside the target: fewer repetitions

    def window() -> dict[str, str]:
        y = rng.randint(2017, 2025)
        return {"since": f"{y}-{rng.randint(1, 12):02d}", "until": f"{y + 1}"}

    def urls(path: str, make: Any, n: int = reps) -> list[str]:
        return [f"/api/v1/{path}?" + urlencode(make()) for _ in range(n)]

    actors = states + people
    return {
        "events (no filter)": urls("events", lambda: {}),
        "events actor=country": urls("events", lambda: {"actor": rng.choice(states)}),
        "events actor=person": urls("events", lambda: {"actor": rng.choice(people)}),
        "events pair=top dyad": urls("events", lambda: {"pair": rng.choice(top)}),
        "events pair=rare dyad": urls("events", lambda: {"pair": rng.choice(rare or top)}),
        "events actor+since+until": urls("events", lambda: {"actor": rng.choice(actors),
                                                            **window()}),
        "events type+since": urls("events", lambda: {"type": "SANCTION", **window()}),
        "events q=word": urls("events", lambda: {"q": rng.choice(words)}),
        **{f"events q={band} word": urls("events", lambda band=band: {
            "q": rng.choice(words_by[band])}) for band in FTS_BANDS if words_by[band]},
        "events actor+modality": urls("events", lambda: {"actor": rng.choice(actors),
                                                         "modality": "reported"}),
        "events next page (pair)": [],  # filled in at run time from a first page
        "timeline pair week": urls("timeline", lambda: {"pair": rng.choice(top),
                                                        "interval": "week", "by": "none"}),
        "timeline pair month quad": urls("timeline", lambda: {"pair": rng.choice(top + rare)}),
        "timeline actor month quad": urls("timeline", lambda: {"actor": rng.choice(actors)}),
        "timeline person partner": urls("timeline", lambda: {"actor": rng.choice(people),
                                                             "by": "partner"}),
        "timeline country partner": urls("timeline", lambda: {"actor": rng.choice(states),
                                                              "by": "partner"}),
        "timeline biggest partner week": urls("timeline", lambda: {
            "actor": states[0], "by": "partner", "interval": "week"}, few),
        "timeline all month quad": urls("timeline", lambda: {}, few),
        "event by id": [f"/api/v1/events/{i}" for i in ids[:few]],
        "facets pair=rare dyad": urls("facets", lambda: {"pair": rng.choice(rare or top)}, few),
        "actors (top)": urls("actors", lambda: {}, few),
        "actors q=name": urls("actors", lambda: {"q": f"Person {rng.randint(0, 999):03d}"},
                              few),
        "actor profile country": [f"/api/v1/actors/{rng.choice(states)}" for _ in range(few)],
        "actor profile person": [f"/api/v1/actors/{rng.choice(people)}" for _ in range(few)],
        "actor profile biggest": [f"/api/v1/actors/{states[0]}"] * few,
        "actor page (HTML) biggest": [f"/actors/{states[0]}"] * few,
        "network actor=country": urls("network", lambda: {"actor": rng.choice(states)}, few),
        "network biggest actor": urls("network", lambda: {"actor": states[0]}, few),
        "network (whole store)": urls("network", lambda: {}, few),
        "articles q=word": urls("articles", lambda: {"q": rng.choice(words)}, few),
        "summary": urls("summary", lambda: {}, few),
    }


# Text-search terms by the share of events whose sentence holds them: near-stopwords, very
# common, common, middling, rare.
FTS_BANDS = {"stopword": (0.5, 1.01), "very common": (0.1, 0.5), "common": (0.01, 0.1),
             "middling": (0.001, 0.01), "rare": (0.0, 0.0001)}


def _words_by_frequency(db: sqlite3.Connection, events: int) -> dict[str, list[str]]:
    table = db.execute("SELECT name FROM sqlite_master WHERE name IN ('events_fts_dated', "
                       "'events_fts') ORDER BY name DESC").fetchone()[0]  # migration 16 or not
    db.execute(f"CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, {table}, row)")
    terms = db.execute("SELECT term, doc FROM temp.fts_terms").fetchall()
    db.execute("DROP TABLE temp.fts_terms")
    return {band: [t for t, d in terms if lo * events <= d < hi * events and d > 0][:200]
            for band, (lo, hi) in FTS_BANDS.items()}


def p50_p95(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def run(db: Path, reps: int) -> dict[str, list[float]]:
    from fastapi.testclient import TestClient

    from eventwire.serve import create_app

    client = TestClient(create_app(db))
    work = workload(db, reps)
    nexts = []
    for url in work["events pair=top dyad"]:
        nxt = client.get(url).json()["next"]
        if nxt:
            nexts.append(url + "&" + urlencode({"cursor": nxt}))
    work["events next page (pair)"] = nexts
    out: dict[str, list[float]] = {}
    for name, urls in work.items():
        times = []
        for url in urls:
            t0 = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, (url, response.text[:200])
        out[name] = times
    return out


def compare(db: Path, reps: int = 3) -> None:
    """The biggest actor's profile, partner timeline and network read from the maintained
    counts (store migration 11) and counted from its events (the code path a store without
    them takes), alternating in one process: ms per call (median of ``reps``)."""
    from unittest import mock

    from eventwire.store import browse

    with Store.open_readonly(db) as store:
        key = store.db.execute("SELECT actor_id FROM actor_index WHERE kind = 'state' "
                               "ORDER BY events DESC LIMIT 1").fetchone()[0]
        q = browse.EventQuery(actor=key)
        calls = {"actor profile": lambda: browse.actor(store, key),
                 "timeline by partner (month)": lambda: browse.timeline(store, q, "month",
                                                                        "partner"),
                 "network (country)": lambda: browse.network(store, q)}
        off = [mock.patch.object(browse, name, lambda *a: None) for name in
               ("_counted_profile", "_counted_partners", "_counted_network")]
        size = store.db.execute("SELECT events FROM actor_index WHERE actor_id = ?",
                                (key,)).fetchone()[0]
        print(f"biggest actor {key}: {size:,} asserted events as an actor")
        for name, call in calls.items():
            counted, scanned = [], []
            for _ in range(reps):
                t0 = time.perf_counter()
                fast = call()
                counted.append((time.perf_counter() - t0) * 1000)
                for patch in off:
                    patch.start()
                t0 = time.perf_counter()
                slow = call()
                scanned.append((time.perf_counter() - t0) * 1000)
                for patch in off:
                    patch.stop()
                assert fast == slow or name == "actor profile", name
            print(f"{name:30} counted {statistics.median(counted):8.1f} ms   from events "
                  f"{statistics.median(scanned):9.1f} ms", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="100k events, 20 calls per query")
    ap.add_argument("--db", type=Path, help="an existing store (nothing is built)")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/ew-workbench-bench"))
    ap.add_argument("--reps", type=int, default=60)
    ap.add_argument("--compare", action="store_true",
                    help="also time the biggest actor's profile, partner timeline and network "
                         "from the counts and from its events")
    args = ap.parse_args()
    n = 100_000 if args.quick else args.events
    reps = 20 if args.quick else args.reps
    db = args.db
    if db is None:
        db = args.dir / f"{n}.db"
        if not db.exists():
            db.parent.mkdir(parents=True, exist_ok=True)
            print(f"building a synthetic store of {n:,} events in {db} ...", file=sys.stderr)
            print(f"build: {build_sqlite(db, n):.0f}s")
    t0 = time.perf_counter()
    with sqlite3.connect(db) as con:
        before = con.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0]
    with Store(db) as store:  # an older store is migrated once, as `eventwire serve` does
        if store.schema_version() != before:
            print(f"migrated the store from schema version {before}: "
                  f"{time.perf_counter() - t0:.0f}s")
    with Store.open_readonly(db) as store:
        total = store.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    print(f"workbench API benchmark: {total:,} events in {db}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (the machine is shared)")
    if args.compare:
        compare(db, reps=2)
    results = run(db, reps)
    print(f"{'call (first page of 50)':32} {'n':>4} {'p50 ms':>8} {'p95 ms':>8}", flush=True)
    for name, times in results.items():
        if times:
            p50, p95 = p50_p95(times)
            print(f"{name:32} {len(times):>4} {p50:>8.1f} {p95:>8.1f}", flush=True)
    events = [t for k, v in results.items() if k.startswith("events ") for t in v]
    timeline = [t for k, v in results.items() if k.startswith("timeline") for t in v]
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print(f"events={total} events_p95_ms={p50_p95(events)[1]:.1f} "
          f"timeline_p95_ms={p50_p95(timeline)[1]:.1f}")


if __name__ == "__main__":
    main()
