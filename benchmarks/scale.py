"""Scale benchmark (not a test): synthetic stores of 1M or 10M events, in SQLite and in the lake.

The corpus is synthetic but shaped like news: ~250 countries and 20k people whose frequency
follows a Zipf law (so a few dyads are huge and most are rare), 1-2 sources and 0-2 targets per
event, 6 events per article, dates spread over ten years with more recent news, a Zipf
vocabulary for the evidence sentences. It is bulk-inserted through the store's own schema (the
lookup tables, FTS and counts of migration 4 are filled set-wise as a bulk load does, and
checked equal to the per-row triggers' by tests/test_store_queries.py), then
written to a Parquet lake with the lake's own writer and compacted with its indexes (as
`eventwire lake compact` does). Reported: build time, size on disk,
bytes per event, p50/p95 (ms) of the queries an analyst runs, each on its first page:

    events --pair SRC,TGT (common and rare pairs)    events --actor X --since --until
    events --search WORD                              weekly timeline of a dyad
    top dyads                                         summary

    python benchmarks/scale.py --events 1000000 [--dir /tmp/ew-scale-bench] [--keep]
    python benchmarks/scale.py --quick                 # 100k events
Last line: events=N sqlite_pair_p95_ms=X lake_pair_p95_ms=Y bytes_per_event=B
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from eventwire.store import Store, queries
from eventwire.store.schema import bulk_events_begin, bulk_events_end

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ROOT / "src" / "eventwire" / "data" / "actors" / "countries.yaml"
EVENTS_PER_ARTICLE = 6
PEOPLE = 20_000
SECTORS = ("GOV", "MIL", "GOV", "GOV", "OPP", "BUS", None)
PLOVER = (("CONSULT", "040", 1, 1.0), ("AGREE", "030", 1, 4.0), ("SUPPORT", "051", 1, 3.4),
          ("REQUEST", "020", 2, -1.0), ("ACCUSE", "112", 3, -2.0), ("REJECT", "120", 3, -4.0),
          ("THREATEN", "130", 3, -4.4), ("ASSAULT", "190", 4, -10.0), ("SANCTION", "163", 4, -8.0),
          ("COERCE", "171", 4, -9.2), ("AID", "070", 2, 7.0), ("PROTEST", "141", 3, -6.5))
START = date(2016, 1, 1)
DAYS = 3650
PAGE = 50


class Zipf:
    """Draws indexes 0..n-1 with probability proportional to 1/(i+1)^s (cumulative table)."""

    def __init__(self, n: int, s: float, rng: random.Random) -> None:
        weights = [1 / (i + 1) ** s for i in range(n)]
        total, acc = sum(weights), 0.0
        self.cum = []
        for w in weights:
            acc += w / total
            self.cum.append(acc)
        self.rng = rng

    def __call__(self) -> int:
        import bisect

        return min(bisect.bisect_left(self.cum, self.rng.random()), len(self.cum) - 1)


def countries() -> list[tuple[str, str]]:
    data = yaml.safe_load(COUNTRIES.read_text("utf-8"))
    entries = data["countries"] if isinstance(data, dict) and "countries" in data else data
    out = [(e["code"], e["name"]) for e in entries if isinstance(e, dict) and "code" in e]
    return out or [(f"C{i:02d}", f"Country {i}") for i in range(250)]


class Corpus:
    """Deterministic synthetic articles with their actor and event rows."""

    def __init__(self, seed: int = 16) -> None:
        self.rng = random.Random(seed)
        self.countries = countries()
        self.rng.shuffle(self.countries)
        self.country = Zipf(len(self.countries), 1.1, self.rng)
        self.person = Zipf(PEOPLE, 1.05, self.rng)
        self.people = [(f"person:p{i:05d}", f"Person {i:05d} Example",
                        self.countries[self.country()][0], self.rng.choice(SECTORS))
                       for i in range(PEOPLE)]
        words = [w.strip(".,") for w in Path(__file__).read_text().split() if w.isalpha()]
        self.vocab = sorted(set(w.lower() for w in words)) + [f"term{i}" for i in range(3000)]
        self.rng.shuffle(self.vocab)
        self.word = Zipf(len(self.vocab), 1.0, self.rng)

    def actor(self) -> tuple[str, str, str | None, str | None]:
        if self.rng.random() < 0.55:
            code, name = self.countries[self.country()]
            return code, name, code, None
        return self.people[self.person()]

    def day(self) -> date:
        # more recent news: density grows linearly over the ten years
        return START + timedelta(days=int(DAYS * (self.rng.random() ** 0.7)))

    def sentence(self, source: str, target: str | None) -> str:
        words = [self.vocab[self.word()] for _ in range(self.rng.randint(14, 26))]
        words.insert(self.rng.randint(0, 4), source)
        if target:
            words.insert(self.rng.randint(6, 12), target)
        return " ".join(words).capitalize() + "."

    def articles(self, n_events: int, chunk: int = 20_000
                 ) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
        """Articles with their events, drawn in vectorised chunks (numpy): the same
        distributions as the per-event draws, fast enough for ten million events."""
        import numpy as np

        rng = np.random.default_rng(16)
        ccum = np.array(self.country.cum)
        pcum = np.array(self.person.cum)
        # a pool of evidence sentence bodies with Zipf words; the actors' names go in each
        pool = [[self.vocab[self.word()] for _ in range(self.rng.randint(12, 24))]
                for _ in range(20_000)]
        bodies = [(" ".join(w[:6]), " ".join(w[6:])) for w in pool]
        made, i = 0, 0
        while made < n_events:
            a = chunk
            e = a * EVENTS_PER_ARTICLE
            days = (DAYS * rng.random(a) ** 0.7).astype(int)
            slot_country = rng.random((e, 4)) < 0.55
            slot_c = np.minimum(np.searchsorted(ccum, rng.random((e, 4))), len(ccum) - 1)
            slot_p = np.minimum(np.searchsorted(pcum, rng.random((e, 4))), len(pcum) - 1)
            n_src = np.where(rng.random(e) < 0.85, 1, 2)
            r = rng.random(e)
            n_tgt = np.where(r < 0.3, 0, np.where(r < 0.9, 1, 2))
            body = rng.integers(0, len(bodies), e)
            kind = np.minimum(rng.exponential(1 / 0.35, e).astype(int), len(PLOVER) - 1)
            before = rng.exponential(1 / 0.3, e).astype(int)
            dated = rng.random(e) < 0.9
            negated = rng.random(e) < 0.03
            asserted = rng.random(e) < 0.8
            for x in range(a):
                if made >= n_events:
                    return
                i += 1
                published = START + timedelta(days=int(days[x]))
                aid = f"a{i:016x}"
                events, text, actors = [], "", {}
                for j in range(min(EVENTS_PER_ARTICLE, n_events - made)):
                    k = x * EVENTS_PER_ARTICLE + j
                    refs_all = []
                    for slot in range(int(n_src[k]) + int(n_tgt[k])):
                        if slot_country[k, slot]:
                            code, name = self.countries[slot_c[k, slot]]
                            refs_all.append((code, name, code, None))
                        else:
                            refs_all.append(self.people[slot_p[k, slot]])
                    sources, targets = refs_all[:n_src[k]], refs_all[n_src[k]:]
                    head, tail = bodies[body[k]]
                    sent = (f"{sources[0][1]} {head} {targets[0][1]} {tail}." if targets
                            else f"{sources[0][1]} {head} {tail}.")
                    start = len(text)
                    text += sent + " "
                    plover, cameo, quad, goldstein = PLOVER[kind[k]]
                    trig = start + len(sent.split()[0]) + 1
                    value = ((published - timedelta(days=int(before[k]))).isoformat()
                             if dated[k] else None)
                    for ref in refs_all:
                        actors[ref[0]] = ref
                    events.append({
                        "id": f"ev{i:010x}{j}", "plover": plover, "cameo": cameo,
                        "quad_class": quad, "goldstein": goldstein,
                        "source": [{"actor": r[0], "name": r[1], "country": r[2],
                                    "sector": r[3]} for r in sources],
                        "target": [{"actor": r[0], "name": r[1], "country": r[2],
                                    "sector": r[3]} for r in targets],
                        "evidence": {"sentence": {"start": start, "end": start + len(sent)},
                                     "trigger": {"start": trig, "end": trig + 4,
                                                 "text": text[trig:trig + 4]}},
                        "mode": None, "context": None, "negated": bool(negated[k]),
                        "modality": "asserted" if asserted[k] else "reported",
                        "date": ({"value": value, "precision": "day", "text": "on Tuesday",
                                  "basis": "text", "mod": None, "start": None, "end": None}
                                 if value else None),
                        "place": None, "quote_id": None, "mentions": []})
                made += len(events)
                article = {"id": aid, "text": text.strip(),
                           "published": f"{published}T09:00:00+00:00",
                           "source": "bench.example", "title": f"Article {i}", "actors": actors}
                yield article, events


@functools.cache
def _ref_json(actor: str, name: str, country: str | None, sector: str | None) -> str:
    def q(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)

    return ('{"actor":' + q(actor) + ',"name":' + q(name)
            + (',"country":' + q(country) if country is not None else "")
            + (',"sector":' + q(sector) if sector is not None else "") + "}")


def _rest(e: dict[str, Any]) -> str:
    """The compact remainder (store/records.py) of a synthetic event, written directly: its
    actor refs without empty fields, and its date. Checked against split_event on the first
    events of every build."""
    def refs(xs: list[dict[str, Any]]) -> str:
        return "[" + ",".join(_ref_json(r["actor"], r["name"], r["country"], r["sector"])
                              for r in xs) + "]"
    out = '{"source":' + refs(e["source"]) + ',"target":' + refs(e["target"])
    if e["date"]:
        out += ',"date":{"value":"' + e["date"]["value"] + '","precision":"day","text":"' + \
            e["date"]["text"] + '","basis":"text"}'
    return out + "}"


def _event_values(a: dict[str, Any], e: dict[str, Any]) -> tuple[Any, ...]:
    ev, date = e["evidence"], e["date"] or {}
    return (None, e["id"], e["plover"], e["cameo"], e["quad_class"], e["goldstein"],
            int(e["negated"]), e["modality"], ev["sentence"]["start"], ev["sentence"]["end"],
            ev["trigger"]["start"], ev["trigger"]["end"], ev["trigger"]["text"], None, None,
            a["id"], date.get("value"), date.get("value") or a["published"][:10], _rest(e))


# the tables whose indexes and triggers a bulk build drops and recreates after the load
BULK_TABLES = ("articles", "actors", "mentions", "events")
ACTOR_INDEX_FILL = """
INSERT INTO actor_index (actor_id, name, kind, country, sector, role, code, articles)
    SELECT actor_id, MIN(name), MIN(kind), MIN(country), MIN(sector), MIN(role), MIN(code),
           COUNT(*) FROM actors GROUP BY actor_id
    ON CONFLICT (actor_id) DO UPDATE SET articles = articles + excluded.articles
"""


def build_sqlite(path: Path, n_events: int, batch: int = 20_000) -> float:
    """A bulk build: journal and fsync off (benchmark only: a crash loses the file), every
    secondary index and trigger of the bulk tables dropped, rows inserted with executemany in
    big transactions in key order, then the indexes, the article FTS, the actor index, counts
    and the lookup tables (dyads, actor keys, sentence FTS) built set-wise."""
    from eventwire.store.records import split_event
    from eventwire.store.schema import EVENT_INSERT

    t0 = time.perf_counter()
    with Store(path) as store:
        db = store.db
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA cache_size=-1000000")
        db.execute("PRAGMA foreign_keys=OFF")
        marks = ",".join("?" * len(BULK_TABLES))
        saved = db.execute(f"SELECT type, name, sql FROM sqlite_master WHERE type IN "
                           f"('index', 'trigger') AND tbl_name IN ({marks}) AND sql IS NOT NULL",
                           BULK_TABLES).fetchall()
        for kind, name, _ in saved:
            db.execute(f"DROP {kind} {name}")
        n0 = bulk_events_begin(db)
        pending: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
        checked = 0

        def flush() -> None:
            nonlocal checked
            db.execute("BEGIN")
            db.executemany(
                "INSERT INTO articles (id, source, title, published, text, status, "
                "pipeline_version, pipeline_json, ingested_at) "
                "VALUES (?,?,?,?,?,'analysed','bench','{}','bench')",
                [(a["id"], a["source"], a["title"], a["published"], a["text"])
                 for a, _ in pending])
            db.executemany(
                "INSERT INTO actors VALUES (?,?,?,?,?,?,?,?,?)",
                [(a["id"], k, nm, "person" if ":" in k else "state", c, s, None,
                  (c or "") + (s or ""), json.dumps({"id": k, "name": nm}))
                 for a, _ in pending for k, nm, c, s in sorted(a["actors"].values())])
            db.executemany("INSERT INTO mentions VALUES (?,?,?,?,?)",
                           [(a["id"], k, 0, 1, nm[:1])
                            for a, _ in pending
                            for k, nm, _c, _s in sorted(a["actors"].values())])
            rows = [_event_values(a, e) for a, evs in pending for e in evs]
            if checked < 2000:  # the direct remainder is the store's own
                for (_a, evs) in pending[:50]:
                    for e in evs:
                        full = {**e, "confidence": 1.0}
                        assert split_event(full)[1] == _rest(e), e["id"]
                        checked += 1
            db.executemany(EVENT_INSERT, rows)
            db.execute("COMMIT")
            pending.clear()

        done = 0
        for item in Corpus().articles(n_events):
            pending.append(item)
            if len(pending) >= batch:
                done += sum(len(e) for _, e in pending)
                flush()
                print(f"  sqlite: {done:,} events, {time.perf_counter() - t0:.0f}s",
                      file=sys.stderr, flush=True)
        if pending:
            flush()
        t1 = time.perf_counter()
        db.execute("BEGIN")
        for kind, _name, sql in saved:
            if kind == "index":
                db.execute(sql)
        print(f"  sqlite: indexes in {time.perf_counter() - t1:.0f}s", file=sys.stderr,
              flush=True)
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
        db.execute("UPDATE counts SET n = (SELECT COUNT(*) FROM articles) "
                   "WHERE name = 'articles'")
        db.execute(ACTOR_INDEX_FILL)
        db.execute("UPDATE actor_index SET mentions = m.n FROM (SELECT actor_id, COUNT(*) AS n "
                   "FROM mentions GROUP BY actor_id) m WHERE m.actor_id = actor_index.actor_id")
        print(f"  sqlite: article FTS, counts, actor index in {time.perf_counter() - t1:.0f}s",
              file=sys.stderr, flush=True)
        bulk_events_end(db, n0)
        for kind, name, sql in saved:  # bulk_events_end restored the events triggers it drops
            if kind == "trigger" and not db.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                    (name,)).fetchone():
                db.execute(sql)
        db.execute("COMMIT")
        print(f"  sqlite: lookup tables filled in {time.perf_counter() - t1:.0f}s",
              file=sys.stderr, flush=True)
        db.execute("PRAGMA optimize")
    return time.perf_counter() - t0


def build_lake(lake: Path, n_events: int, batch: int = 20_000) -> float:
    """The same corpus written straight to a Parquet lake with the lake's own row builders and
    writer (as `ingest --lake` writes it), then compacted with its indexes."""
    from eventwire.lake.schema import event_row, month_of
    from eventwire.lake.write import prepare, write_grouped

    t0 = time.perf_counter()
    prepare(lake)
    pending: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    part = 0

    def flush() -> None:
        nonlocal part
        grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for a, evs in pending:
            month = month_of(a["published"])
            grouped.setdefault(("articles", month), []).append({
                "id": a["id"], "published": a["published"], "source": a["source"],
                "title": a["title"], "text": a["text"], "status": "analysed",
                "pipeline": "{}", "warnings": "[]", "report_schema": "eventwire.report/1"})
            rows = grouped.setdefault(("events", month), [])
            for j, e in enumerate(evs):
                rows.append(event_row({**e, "confidence": 1.0}, a, j))
        write_grouped(lake, grouped, f"bench{part:05d}")
        part += 1
        pending.clear()

    done = 0
    for item in Corpus().articles(n_events):
        pending.append(item)
        if len(pending) >= batch:
            done += sum(len(e) for _, e in pending)
            flush()
            print(f"  lake: {done:,} events, {time.perf_counter() - t0:.0f}s",
                  file=sys.stderr, flush=True)
    if pending:
        flush()
    return time.perf_counter() - t0


def timed(fn: Callable[[Any], Any], args: list[Any]) -> tuple[float, float]:
    times = []
    for a in args:
        t0 = time.perf_counter()
        fn(a)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return statistics.median(times), p95


def workload(path: Path, reps: int, seed: int = 7) -> dict[str, list[Any]]:
    """Query arguments drawn from the data: common pairs (top 10), rare pairs (5-30 events),
    actors (countries and people by frequency), search words of middling frequency."""
    rng = random.Random(seed)
    with Store(path) as store:
        db = store.db
        top = [(r[0], r[1]) for r in db.execute(
            "SELECT source, target FROM pair_counts ORDER BY n DESC LIMIT 10")]
        rare = [(r[0], r[1]) for r in db.execute(
            "SELECT source, target FROM pair_counts WHERE n BETWEEN 5 AND 30 LIMIT 500")]
        people = [r[0] for r in db.execute(
            "SELECT actor_id FROM actor_index WHERE kind = 'person' ORDER BY events DESC "
            "LIMIT 300")]
        states = [r[0] for r in db.execute(
            "SELECT actor_id FROM actor_index WHERE kind = 'state' ORDER BY events DESC "
            "LIMIT 60")]
    words = Corpus().vocab[200:2000]
    windows = []
    for _ in range(reps):
        y = rng.randint(2017, 2025)
        windows.append((f"{y}-{rng.randint(1, 12):02d}", f"{y + 1}"))
    return {
        "pair_common": [rng.choice(top) for _ in range(reps)],
        "pair_rare": [rng.choice(rare) for _ in range(reps)] if rare else [],
        "actor_dates": [(rng.choice(states + people), *rng.choice(windows))
                        for _ in range(reps)],
        "search": [rng.choice(words) for _ in range(reps)],
        "timeline": [rng.choice(top) for _ in range(reps)],
    }


def bench_sqlite(path: Path, work: dict[str, list[Any]]) -> dict[str, tuple[float, float]]:
    out = {}
    with Store(path) as store:
        F = queries.EventFilter
        out["pair_common"] = timed(lambda p: queries.events(store, F(pair=p, limit=PAGE)),
                                   work["pair_common"])
        if work["pair_rare"]:
            out["pair_rare"] = timed(lambda p: queries.events(store, F(pair=p, limit=PAGE)),
                                     work["pair_rare"])
        out["actor_since_until"] = timed(
            lambda a: queries.events(store, F(actor=a[0], since=a[1], until=a[2], limit=PAGE)),
            work["actor_dates"])
        out["search"] = timed(lambda w: queries.events(store, F(search=w, limit=PAGE)),
                              work["search"])
        out["timeline_week"] = timed(lambda p: queries.dyad_timeline(store, *p),
                                     work["timeline"])
        out["top_dyads"] = timed(lambda _: queries.top_dyads(store, 20), list(range(20)))
        out["summary"] = timed(lambda _: queries.summary(store), list(range(10)))
    return out


def bench_lake(lake: Path, work: dict[str, list[Any]]) -> dict[str, tuple[float, float]]:
    from eventwire.lake import query as lq

    out = {}
    F = queries.EventFilter
    with lq.Lake(lake) as lk:
        out["pair_common"] = timed(lambda p: lk.event_page(F(pair=p, limit=PAGE)),
                                   work["pair_common"])
        if work["pair_rare"]:
            out["pair_rare"] = timed(lambda p: lk.event_page(F(pair=p, limit=PAGE)),
                                     work["pair_rare"])
        out["actor_since_until"] = timed(
            lambda a: lk.event_page(F(actor=a[0], since=a[1], until=a[2], limit=PAGE)),
            work["actor_dates"])
        out["search"] = timed(lambda w: lk.event_page(F(search=w, limit=PAGE)),
                              work["search"][:max(5, len(work["search"]) // 4)])
        out["timeline_week"] = timed(lambda p: lk.dyad_timeline(*p), work["timeline"])
        out["top_dyads"] = timed(lambda _: lk.top_dyads(20), list(range(10)))
        out["summary"] = timed(lambda _: lk.summary(), list(range(5)))
    return out


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size + sum(
            p.stat().st_size for p in path.parent.glob(path.name + "-*") if p.is_file())
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="100k events, fewer repetitions")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/ew-scale-bench"))
    ap.add_argument("--reps", type=int, default=60)
    ap.add_argument("--reuse", action="store_true", help="query an existing build in --dir")
    ap.add_argument("--no-lake", action="store_true")
    args = ap.parse_args()
    n = 100_000 if args.quick else args.events
    reps = 20 if args.quick else args.reps
    folder = args.dir / f"{n}"
    db, lake = folder / "store.db", folder / "lake"
    load = os.getloadavg()
    print(f"scale benchmark: {n:,} events; load average {load[0]:.1f} on {os.cpu_count()} cores "
          "(the machine is shared)")
    if not args.reuse:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        build = build_sqlite(db, n)
        print(f"sqlite build: {build:.0f}s ({n / build:,.0f} events/s)")
    sqlite_bytes = size_of(db)
    print(f"sqlite size: {sqlite_bytes / 1e6:,.0f} MB, {sqlite_bytes / n:,.0f} bytes/event")
    work = workload(db, reps)
    results = {"sqlite": bench_sqlite(db, work)}
    lake_pair = float("nan")
    if not args.no_lake:
        if not args.reuse or not lake.exists():
            build = build_lake(lake, n)
            print(f"lake write: {build:.0f}s ({n / build:,.0f} events/s)")
        from eventwire.lake.index import build_index, fresh
        from eventwire.lake.query import Lake
        from eventwire.lake.write import compact

        if not fresh(lake):
            t0 = time.perf_counter()
            compact(lake)
            with Lake(lake) as lk:
                build_index(lake, lk.db)
            print(f"lake compact + indexes: {time.perf_counter() - t0:.0f}s")
        lake_bytes = size_of(lake)
        print(f"lake size: {lake_bytes / 1e6:,.0f} MB, {lake_bytes / n:,.0f} bytes/event")
        results["lake"] = bench_lake(lake, work)
        lake_pair = max(results["lake"]["pair_common"][1],
                        results["lake"].get("pair_rare", (0, 0))[1])
    print(f"{'query (first page of ' + str(PAGE) + ')':32} " + "  ".join(
        f"{name + ' p50/p95 ms':>24}" for name in results))
    for q in results["sqlite"]:
        cells = []
        for name in results:
            p50, p95 = results[name].get(q, (float("nan"), float("nan")))
            cells.append(f"{p50:>11.1f} / {p95:>10.1f}")
        print(f"{q:32} " + "  ".join(cells))
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    sqlite_pair = max(results["sqlite"]["pair_common"][1],
                      results["sqlite"].get("pair_rare", (0, 0))[1])
    print(f"events={n} sqlite_pair_p95_ms={sqlite_pair:.1f} lake_pair_p95_ms={lake_pair:.1f} "
          f"bytes_per_event={sqlite_bytes / n:.0f}")


if __name__ == "__main__":
    main()
