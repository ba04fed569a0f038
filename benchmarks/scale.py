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
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from eventwire.store import Store, queries

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
            (days, slot_country, slot_c, slot_p, n_src, n_tgt, body, kind, before, dated,
             negated, asserted) = _chunk_draws(rng, ccum, pcum, a, len(bodies))
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

    def chunks(self, n_events: int, chunk: int = 20_000) -> Iterator[Chunk]:
        """The same corpus as :meth:`articles`, as columns per chunk of articles."""
        return _columns_of(self, n_events, chunk)


class Chunk:
    """One chunk of :meth:`Corpus.chunks` as columns: the same articles and events as
    :meth:`Corpus.articles` yields for it, in the same order."""

    def __init__(self) -> None:
        self.article_ids: list[str] = []
        self.published: list[str] = []
        self.titles: list[str] = []
        self.texts: list[str] = []
        self.actors: list[list[int]] = []  # per article: actor indexes, first-use order
        self.ev_article: list[int] = []  # index into the chunk's articles
        self.ev_ids: list[str] = []
        self.kind: list[int] = []  # index into PLOVER
        self.negated: list[bool] = []
        self.asserted: list[bool] = []
        self.sources: list[tuple[int, ...]] = []  # actor indexes
        self.targets: list[tuple[int, ...]] = []
        self.sentences: list[str] = []
        self.sent_start: list[int] = []
        self.trig_start: list[int] = []
        self.date_value: list[str | None] = []



def _chunk_draws(rng: Any, ccum: Any, pcum: Any, articles: int, n_bodies: int) -> tuple[Any, ...]:
    """One chunk's random draws (numpy arrays), in the one order both corpus generators
    (`Corpus.articles` and `_columns_of`) share, so they describe the same events: article
    days; per event the actor slots, source/target counts, sentence body, type, days before
    publication, and the dated, negated and asserted flags."""
    import numpy as np

    e = articles * EVENTS_PER_ARTICLE
    days = (DAYS * rng.random(articles) ** 0.7).astype(int)
    slot_country = rng.random((e, 4)) < 0.55
    slot_c = np.minimum(np.searchsorted(ccum, rng.random((e, 4))), len(ccum) - 1)
    slot_p = np.minimum(np.searchsorted(pcum, rng.random((e, 4))), len(pcum) - 1)
    n_src = np.where(rng.random(e) < 0.85, 1, 2)
    r = rng.random(e)
    n_tgt = np.where(r < 0.3, 0, np.where(r < 0.9, 1, 2))
    body = rng.integers(0, n_bodies, e)
    kind = np.minimum(rng.exponential(1 / 0.35, e).astype(int), len(PLOVER) - 1)
    before = rng.exponential(1 / 0.3, e).astype(int)
    dated = rng.random(e) < 0.9
    negated = rng.random(e) < 0.03
    asserted = rng.random(e) < 0.8
    return (days, slot_country, slot_c, slot_p, n_src, n_tgt, body, kind, before, dated,
            negated, asserted)

def _columns_of(corpus: Corpus, n_events: int, chunk: int = 20_000) -> Iterator[Chunk]:
    """The columnar twin of :meth:`Corpus.articles`: the same draws from the same generators,
    without a dict per event (a tight loop over precomputed per-actor values)."""
    import numpy as np

    rng = np.random.default_rng(16)
    ccum = np.array(corpus.country.cum)
    pcum = np.array(corpus.person.cum)
    pool = [[corpus.vocab[corpus.word()] for _ in range(corpus.rng.randint(12, 24))]
            for _ in range(20_000)]
    bodies = [(" ".join(w[:6]), " ".join(w[6:])) for w in pool]
    n_countries = len(corpus.countries)
    names = [name for _, name in corpus.countries] + [p[1] for p in corpus.people]
    first_word = [len(name.split()[0]) + 1 for name in names]
    made, i = 0, 0
    while made < n_events:
        a = chunk
        e = a * EVENTS_PER_ARTICLE
        (days, slot_country, slot_c, slot_p, n_src, n_tgt, body, kind, before, dated,
         negated, asserted) = _chunk_draws(rng, ccum, pcum, a, len(bodies))
        take = min(e, n_events - made)
        actor = np.where(slot_country, slot_c, slot_p + n_countries)[:take].tolist()
        n_src_l, n_tgt_l, body_l = n_src[:take].tolist(), n_tgt[:take].tolist(), body.tolist()
        before_l, dated_l = before[:take].tolist(), dated[:take].tolist()
        out = Chunk()
        out.kind = kind[:take].tolist()
        out.negated = negated[:take].tolist()
        out.asserted = asserted[:take].tolist()
        for x in range(-(-take // EVENTS_PER_ARTICLE)):
            i += 1
            published = START + timedelta(days=int(days[x]))
            out.article_ids.append(f"a{i:016x}")
            out.published.append(f"{published}T09:00:00+00:00")
            out.titles.append(f"Article {i}")
            seen: dict[int, None] = {}
            parts: list[str] = []
            start = 0
            for j in range(min(EVENTS_PER_ARTICLE, take - x * EVENTS_PER_ARTICLE)):
                k = x * EVENTS_PER_ARTICLE + j
                ns, nt = n_src_l[k], n_tgt_l[k]
                slots = actor[k]
                src, tgt = tuple(slots[:ns]), tuple(slots[ns:ns + nt])
                head, tail = bodies[body_l[k]]
                sent = (f"{names[src[0]]} {head} {names[tgt[0]]} {tail}." if tgt
                        else f"{names[src[0]]} {head} {tail}.")
                for ref in slots[:ns + nt]:
                    seen[ref] = None
                out.ev_article.append(x)
                out.ev_ids.append(f"ev{i:010x}{j}")
                out.sources.append(src)
                out.targets.append(tgt)
                out.sentences.append(sent)
                out.sent_start.append(start)
                out.trig_start.append(start + first_word[src[0]])
                out.date_value.append((published - timedelta(days=before_l[k])).isoformat()
                                      if dated_l[k] else None)
                parts.append(sent)
                start += len(sent) + 1
            out.texts.append(" ".join(parts))
            out.actors.append(list(seen))
        made += take
        yield out


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


def build_sqlite_rows(path: Path, n_events: int, chunk: int = 20_000) -> float:
    """The store's normal write path for the corpus, as the reference of the fast build: each
    article's rows inserted with every index and trigger in place (lookup tables, FTS, counts
    and timeline counts maintained per row). Hours at millions of events; tests use it small."""
    from eventwire.store.schema import EVENT_INSERT

    t0 = time.perf_counter()
    with Store(path) as store:
        db = store.db
        db.execute("BEGIN")
        for a, evs in Corpus().articles(n_events, chunk):
            db.execute("INSERT INTO articles (id, source, title, published, text, status, "
                       "pipeline_version, pipeline_json, ingested_at) "
                       "VALUES (?,?,?,?,?,'analysed','bench','{}','bench')",
                       (a["id"], a["source"], a["title"], a["published"], a["text"]))
            refs = sorted(a["actors"].values())
            db.executemany("INSERT INTO actors VALUES (?,?,?,?,?,?,?,?,?)",
                           [_actor_values(a["id"], *r) for r in refs])
            db.executemany("INSERT INTO mentions VALUES (?,?,?,?,?)",
                           [(a["id"], r[0], 0, 1, r[1][:1]) for r in refs])
            db.executemany(EVENT_INSERT, [_event_values(a, e) for e in evs])
        db.execute("COMMIT")
    return time.perf_counter() - t0


def _actor_values(article: str, key: str, name: str, country: str | None,
                  sector: str | None) -> tuple[Any, ...]:
    return (article, key, name, "person" if ":" in key else "state", country, sector, None,
            (country or "") + (sector or ""), json.dumps({"id": key, "name": name}))


def _sorter(folder: Path, memory: str = "2GB") -> Any:
    """A DuckDB database on disk beside the store for the bulk build's key, pair and event
    rows: its tables live in the file, not in memory; sorts and groupings get ``memory`` and
    two threads and spill to ``duckdb-spill`` beyond it (at 10M events the rows are ~10 GB)."""
    import duckdb

    file = folder / "bulk-sort.duckdb"
    for stale in (file, folder / "bulk-sort.duckdb.wal"):
        stale.unlink(missing_ok=True)
    sorter = duckdb.connect(str(file))
    sorter.execute(f"SET memory_limit = '{memory}'")
    sorter.execute("SET threads = 2")
    sorter.execute(f"SET temp_directory = '{folder / 'duckdb-spill'}'")
    sorter.execute("SET preserve_insertion_order = false")
    sorter.execute("SET enable_progress_bar = false")
    return sorter


def _copy_sorted(sorter: Any, db: sqlite3.Connection,
                 jobs: list[tuple[str, str, list[tuple[str, list[Any]]]]]) -> None:
    """For each (SQLite table, columns, DuckDB queries) of ``jobs`` in turn, insert into the
    table the rows of each query (each sorted, the queries in key order, so the table's B-tree
    is appended to). DuckDB runs the queries in a thread of its own, a few Arrow batches ahead
    of the inserts, so its grouping and sorting overlap SQLite's inserts (both release the
    GIL); the rows and their order are those of the queries run one by one."""
    import queue
    import threading

    batches: queue.Queue[Any] = queue.Queue(maxsize=4)

    def produce() -> None:
        try:
            con = sorter.cursor()  # its own connection to the same database
            for j, (_, _, queries) in enumerate(jobs):
                for sql, params in queries:
                    t0 = time.perf_counter()
                    reader = con.sql(sql, params=params or None).to_arrow_reader(100_000)
                    while True:
                        try:
                            batch = reader.read_next_batch()
                        except StopIteration:
                            break
                        batches.put((j, batch, time.perf_counter() - t0))
                        t0 = time.perf_counter()
            con.close()
            batches.put(None)
        except BaseException as error:  # handed to the inserting thread
            batches.put(error)

    producer = threading.Thread(target=produce, name="duckdb-copy", daemon=True)
    producer.start()
    spent = [[0, 0.0, 0.0, 0.0] for _ in jobs]  # rows, DuckDB s, waited s, SQLite s
    inserts = [f"INSERT INTO {table} ({columns}) VALUES "
               f"({', '.join('?' * len(columns.split(',')))})" for table, columns, _ in jobs]
    while True:
        t0 = time.perf_counter()
        item = batches.get()
        waited = time.perf_counter() - t0
        if item is None:
            break
        if isinstance(item, BaseException):
            raise item
        j, batch, took = item
        t0 = time.perf_counter()
        db.executemany(inserts[j], zip(*(c.to_pylist() for c in batch.columns), strict=True))
        spent[j][0] += batch.num_rows
        spent[j][1] += took
        spent[j][2] += waited
        spent[j][3] += time.perf_counter() - t0
    producer.join()
    for (table, _, _), (rows, took, waited, wrote) in zip(jobs, spent, strict=True):
        print(f"  sqlite (fast): {table}: {rows:,} rows; DuckDB {took:.0f}s (waited for "
              f"{waited:.0f}s), SQLite {wrote:.0f}s", file=sys.stderr, flush=True)


def _key_ranges(sorter: Any, sample: str, total: int, rows_per_part: int
                ) -> list[tuple[str | None, str | None]]:
    """Key ranges [lo, hi) cut at quantiles of a sample of the keys (``sample``: a query with
    a column ``k``) so each range holds about ``rows_per_part`` of ``total`` rows."""
    parts = max(1, -(-total // rows_per_part))
    cuts: list[str] = []
    if parts > 1:
        keys = [r[0] for r in sorter.execute(
            f"SELECT k FROM ({sample}) USING SAMPLE reservoir(100000 ROWS) REPEATABLE (16) "
            "ORDER BY k").fetchall()]
        cuts = sorted({keys[len(keys) * i // parts] for i in range(1, parts)} - {""})
    return list(zip([None, *cuts], [*cuts, None], strict=True))


def _in_range(lo: str | None, hi: str | None) -> tuple[list[str], list[Any]]:
    where, params = [], []
    if lo is not None:
        where.append("k >= ?")
        params.append(lo)
    if hi is not None:
        where.append("k < ?")
        params.append(hi)
    return where, params


def _timeline_parts(sorter: Any, rows_per_part: int = 6_000_000
                    ) -> list[tuple[str, list[Any]]]:
    """The timeline counts (day and month grains; keys '' for all events, each actor key,
    each source\\x1ftarget pair) as one grouped, sorted query per grain and key range: the
    ranges cut so each query groups about ``rows_per_part`` key rows (one GROUP BY over all
    ~260M key rows of 10M events ran DuckDB out of 3 GB)."""
    total = sum(int(sorter.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
                for t in ("keys", "pairs"))
    bounds = _key_ranges(sorter, "SELECT key AS k FROM keys UNION ALL SELECT pkey FROM pairs",
                         total, rows_per_part)
    queries = []
    for grain, period in (("d", "sort_date"), ("m", "substr(sort_date, 1, 7)")):
        for lo, hi in bounds:
            where, params = _in_range(lo, hi)
            where.append("period != ''")
            branches = [f"SELECT key AS k, {period} AS period, quad_class, plover, negated "
                        "FROM keys",
                        f"SELECT pkey AS k, {period} AS period, quad_class, plover, negated "
                        "FROM pairs"]
            if lo is None:
                branches.insert(0, f"SELECT '' AS k, {period} AS period, quad_class, plover, "
                                   "negated FROM ev")
            queries.append((f"SELECT '{grain}', k, period, quad_class, plover, negated, "
                            f"COUNT(*) FROM ({' UNION ALL '.join(branches)}) "
                            f"WHERE {' AND '.join(where)} "
                            "GROUP BY ALL ORDER BY 2, 3, 4, 5, 6", params))
    return queries


def _partner_parts(sorter: Any, rows_per_part: int = 6_000_000
                   ) -> list[tuple[str, list[Any]]]:
    """The partner counts as partner_fill (store/schema.py) writes them: per grain (day,
    Monday-week, month, all time 't'), key, partner, partner name, period, QuadClass (kept in
    't' rows only) and negation; one grouped, sorted query per grain and key range."""
    total = int(sorter.execute("SELECT COUNT(*) FROM partners").fetchone()[0])
    bounds = _key_ranges(sorter, "SELECT key AS k FROM partners", total, rows_per_part)
    queries = []
    for grain, period in (
            ("d", "sort_date"),
            ("m", "substr(sort_date, 1, 7)"),
            ("t", "''"),  # the grains in key order
            ("w", "strftime(date_trunc('week', TRY_CAST(sort_date AS DATE)), '%Y-%m-%d')")):
        quad = "quad_class" if grain == "t" else "0"
        for lo, hi in bounds:
            where, params = _in_range(lo, hi)
            if grain != "t":
                where.append("sort_date != ''")
            queries.append((f"SELECT '{grain}', key, partner, name, period, quad, negated, "
                            f"COUNT(*) FROM (SELECT key AS k, key, partner, name, {period} "
                            f"AS period, {quad} AS quad, negated, sort_date FROM partners) "
                            f"WHERE {' AND '.join(where) or 'true'} GROUP BY ALL "
                            "ORDER BY 2, 3, 4, 5, 6, 7", params))
    return queries


# one chunk's actor refs (event k, role, actor id, name, country; duplicates kept, as the
# refs lists keep them) and the keys each ref gives (its actor id and its country)
CHUNK_REFS = """
CREATE OR REPLACE TEMP TABLE cref AS
    SELECT x.k, x.role, a.id, a.name, a.country FROM (
        SELECT k, 'source' AS role, UNNEST(src) AS r FROM chunk_ev
        UNION ALL SELECT k, 'target', UNNEST(tgt) FROM chunk_ev) x JOIN actor_t a USING (r);
CREATE OR REPLACE TEMP TABLE ckey AS
    SELECT k, role, id AS key FROM cref
    UNION ALL SELECT k, role, country FROM cref WHERE country IS NOT NULL;
"""
# what the triggers (store/schema.py) write for each event, from its refs: its distinct keys;
# its source key x target key pairs; and partner_fill's rows (distinct (key, partner, name)
# from each ref's keys to each ref on the other side, the partner its country if it has one;
# distinct (key, role); country edges (source country != target country, counted per
# event) under the key '' and every key of the event)
CHUNK_EXPANSIONS = (
    """INSERT INTO keys SELECT x.key, e.id, e.sort_date, e.quad_class, e.plover, e.negated
    FROM (SELECT DISTINCT k, key FROM ckey) x JOIN chunk_ev e USING (k)""",
    """INSERT INTO pairs SELECT x.source, x.target, e.id, e.sort_date, e.quad_class, e.plover,
           e.negated, x.source || chr(31) || x.target
    FROM (SELECT DISTINCT s.k, s.key AS source, t.key AS target FROM ckey s
          JOIN ckey t ON t.k = s.k AND s.role = 'source' AND t.role = 'target') x
    JOIN chunk_ev e USING (k)""",
    """INSERT INTO partners SELECT x.key, x.partner, x.name, e.sort_date, e.quad_class,
           e.negated
    FROM (SELECT DISTINCT m.k, m.key, COALESCE(o.country, o.id) AS partner,
                 IF(o.country IS NULL, o.name, '') AS name
          FROM ckey m JOIN cref o ON o.k = m.k AND o.role <> m.role) x
    JOIN chunk_ev e USING (k)""",
    """INSERT INTO roles SELECT x.key, x.role, e.negated
    FROM (SELECT DISTINCT k, key, role FROM ckey) x JOIN chunk_ev e USING (k)""",
    """INSERT INTO edges SELECT x.key, p.source, p.target, e.quad_class, e.negated,
           e.goldstein, p.m, e.n
    FROM (SELECT a.k, a.country AS source, b.country AS target, COUNT(*) AS m
          FROM cref a JOIN cref b ON b.k = a.k AND a.role = 'source' AND b.role = 'target'
          WHERE a.country IS NOT NULL AND b.country IS NOT NULL AND a.country <> b.country
          GROUP BY ALL) p
    JOIN (SELECT DISTINCT k, key FROM ckey UNION SELECT DISTINCT k, '' FROM chunk_ev) x
        USING (k)
    JOIN chunk_ev e USING (k)""",
)


def build_sqlite(path: Path, n_events: int, chunk: int = 20_000,
                 timeline_part_rows: int = 6_000_000) -> float:
    """The store built from the corpus's columns (:meth:`Corpus.chunks`) with what the normal
    path's triggers would write computed in Python and sorted by DuckDB: journal and fsync off
    (benchmark only: a crash loses the file); every secondary index and trigger of the row
    tables dropped; articles, actors, mentions, events and the sentence index inserted with
    executemany in one transaction per chunk, in key order; then the indexes rebuilt, the
    article FTS rebuilt, and the lookup tables (actor keys, dyads, timeline counts, pair and
    type counts, actor index, counts) inserted in their primary-key order. The rows equal
    :func:`build_sqlite_rows`' (tests/test_scale_bench.py). The timeline counts are grouped
    in key ranges of about ``timeline_part_rows`` key rows (:func:`_timeline_parts`)."""
    from collections import Counter
    from concurrent.futures import Future, ThreadPoolExecutor
    from itertools import product

    import pyarrow as pa

    from eventwire.store.schema import (
        EDGE_COLUMNS,
        EVENT_INSERT,
        PARTNER_KEY_14,
        TIMELINE_COLUMNS,
        dated_rowid,
    )

    t0 = time.perf_counter()
    corpus = Corpus()
    actors = _actor_table(corpus)
    compact_ref = [_ref_json(*a) for a in actors]
    kinds = PLOVER
    sides: dict[tuple[int, ...], tuple[list[str], list[str], list[tuple[Any, ...]], str]] = {}

    def side(refs: tuple[int, ...]) -> tuple[list[str], list[str], list[tuple[Any, ...]], str]:
        found = sides.get(refs)
        if found is None:
            ids = [actors[r][0] for r in refs]
            countries = [c for r in refs if (c := actors[r][2])]
            found = (list(dict.fromkeys(ids + countries)), list(dict.fromkeys(countries)),
                     [actors[r] for r in refs],
                     "[" + ",".join(compact_ref[r] for r in refs) + "]")
            sides[refs] = found
        return found

    # each actor's row values but the article (_actor_values), and its place in key order
    actor_rows = [_actor_values("", *a)[1:] for a in actors]
    rank = {r: i for i, r in enumerate(sorted(range(len(actors)), key=actors.__getitem__))}
    sorter = _sorter(path.parent)
    sorter.register("actor_list", pa.table({
        "r": range(len(actors)), "id": [a[0] for a in actors], "name": [a[1] for a in actors],
        "country": [a[2] for a in actors]}))
    sorter.execute("CREATE TEMP TABLE actor_t AS SELECT * FROM actor_list")
    sorter.unregister("actor_list")
    sorter.execute("CREATE TABLE partners (key VARCHAR, partner VARCHAR, name VARCHAR, "
                   "sort_date VARCHAR, quad_class INTEGER, negated INTEGER)")
    sorter.execute("CREATE TABLE roles (key VARCHAR, role VARCHAR, negated INTEGER)")
    sorter.execute("CREATE TABLE edges (key VARCHAR, source VARCHAR, target VARCHAR, "
                   "quad_class INTEGER, negated INTEGER, goldstein DOUBLE, m INTEGER, n BIGINT)")
    sorter.execute("CREATE TABLE ev (sort_date VARCHAR, quad_class INTEGER, plover VARCHAR, "
                   "negated INTEGER)")
    sorter.execute("CREATE TABLE keys (key VARCHAR, event VARCHAR, sort_date VARCHAR, "
                   "quad_class INTEGER, plover VARCHAR, negated INTEGER)")
    sorter.execute("CREATE TABLE pairs (source VARCHAR, target VARCHAR, event VARCHAR, "
                   "sort_date VARCHAR, quad_class INTEGER, plover VARCHAR, negated INTEGER, "
                   "pkey VARCHAR)")
    type_counts: Counter[str] = Counter()
    pair_counts: Counter[tuple[str, str]] = Counter()
    actor_events: Counter[tuple[Any, ...]] = Counter()
    negated_total = 0
    with Store(path) as store:
        db = store.db
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-1000000",
                       "foreign_keys=OFF", "threads=2"):
            db.execute(f"PRAGMA {pragma}")
        marks = ",".join("?" * len(BULK_TABLES))
        saved = db.execute(f"SELECT type, name, sql FROM sqlite_master WHERE type IN "
                           f"('index', 'trigger') AND tbl_name IN ({marks}) AND sql IS NOT NULL",
                           BULK_TABLES).fetchall()
        for kind, name, _ in saved:
            db.execute(f"DROP {kind} {name}")
        n = int(db.execute("SELECT COALESCE(MAX(n), 0) FROM events").fetchone()[0])
        if n:
            raise ValueError(f"{path} holds events: the bulk build fills an empty store")
        fill_partners = db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'partner_counts'").fetchone() is not None
        def expand(table: pa.Table) -> None:
            sorter.register("chunk_ev", table)
            sorter.execute(CHUNK_REFS)
            sorter.execute("INSERT INTO ev SELECT sort_date, quad_class, plover, negated "
                           "FROM chunk_ev")
            for sql in CHUNK_EXPANSIONS[:2] if not fill_partners else CHUNK_EXPANSIONS:
                sorter.execute(sql)
            sorter.unregister("chunk_ev")

        duck = ThreadPoolExecutor(1, thread_name_prefix="duckdb-rows")
        expanding: Future[None] | None = None
        done = 0
        spent: Counter[str] = Counter()  # where the row load's CPU time goes, per phase
        waited = 0.0  # wall time this thread waited for the DuckDB thread
        chunks = corpus.chunks(n_events, chunk)
        while True:
            tick = time.thread_time()
            c = next(chunks, None)
            if c is None:
                break
            tock = time.thread_time()
            spent["generate"] += tock - tick
            rows, fts = [], []
            ev_cols: dict[str, list[Any]] = {k: [] for k in ("sort_date", "quad_class",
                                                              "plover", "negated")}
            n_start = n
            for k, event_id in enumerate(c.ev_ids):
                x = c.ev_article[k]
                _, s_countries, s_refs, s_json = side(c.sources[k])
                _, t_countries, t_refs, t_json = side(c.targets[k])
                sent, start, trig = c.sentences[k], c.sent_start[k], c.trig_start[k]
                value = c.date_value[k]
                plover, cameo, quad, goldstein = kinds[c.kind[k]]
                negated = int(c.negated[k])
                sort_date = value or c.published[x][:10]
                rest = '{"source":' + s_json + ',"target":' + t_json
                if value:
                    rest += ',"date":{"value":"' + value + \
                        '","precision":"day","text":"on Tuesday","basis":"text"}'
                n += 1
                rows.append((n, event_id, plover, cameo, quad, goldstein, negated,
                             "asserted" if c.asserted[k] else "reported", start,
                             start + len(sent), trig, trig + 4,
                             sent[trig - start:trig - start + 4], None, None,
                             c.article_ids[x], value, sort_date, rest + "}"))
                fts.append((dated_rowid(sort_date, n), sent))
                ev_cols["sort_date"].append(sort_date)
                ev_cols["quad_class"].append(quad)
                ev_cols["plover"].append(plover)
                ev_cols["negated"].append(negated)
                if negated:
                    negated_total += 1
                    continue
                type_counts[plover] += 1
                for pair in {(a_c, b_c) for a_c, b_c in product(s_countries, t_countries)
                             if a_c != b_c}:
                    pair_counts[pair] += 1
                for ref in dict.fromkeys(s_refs + t_refs):
                    actor_events[ref] += 1
            # every key and pair row carries its event's id, date and kind: no join later;
            # the rows each event's actor refs give (keys, pairs, partners, roles, edges)
            # are expanded by joins on the actor table in DuckDB, not per event in Python,
            # in a thread of its own while this one inserts the chunk and makes the next
            table = pa.table({
                "k": range(len(c.ev_ids)), "id": c.ev_ids,
                "n": range(n_start + 1, n_start + 1 + len(c.ev_ids)),
                "goldstein": [kinds[x][3] for x in c.kind],
                "src": pa.array(c.sources, pa.list_(pa.int32())),
                "tgt": pa.array(c.targets, pa.list_(pa.int32())), **ev_cols})
            tick = time.thread_time()
            spent["rows in python"] += tick - tock
            wait = time.perf_counter()
            if expanding is not None:
                expanding.result()
            waited += time.perf_counter() - wait
            expanding = duck.submit(expand, table)
            tick = time.thread_time()
            db.execute("BEGIN")
            db.executemany(
                "INSERT INTO articles (id, source, title, published, text, status, "
                "pipeline_version, pipeline_json, ingested_at) "
                "VALUES (?,?,?,?,?,'analysed','bench','{}','bench')",
                zip(c.article_ids, ["bench.example"] * len(c.article_ids), c.titles,
                    c.published, c.texts, strict=True))
            tock = time.thread_time()
            spent["sqlite articles"] += tock - tick
            refs = [(c.article_ids[x], r) for x, found in enumerate(c.actors)
                    for r in sorted(found, key=rank.__getitem__)]
            db.executemany("INSERT INTO actors VALUES (?,?,?,?,?,?,?,?,?)",
                           [(a, *actor_rows[r]) for a, r in refs])
            db.executemany("INSERT INTO mentions VALUES (?,?,?,?,?)",
                           [(a, actors[r][0], 0, 1, actors[r][1][:1]) for a, r in refs])
            tick = time.thread_time()
            spent["sqlite actors, mentions"] += tick - tock
            db.executemany(EVENT_INSERT, rows)
            tock = time.thread_time()
            spent["sqlite events"] += tock - tick
            fts.sort()  # in rowid order: FTS5 writes a segment at every lower rowid
            db.executemany("INSERT INTO events_fts_dated (rowid, sentence) VALUES (?, ?)", fts)
            db.execute("COMMIT")
            tick = time.thread_time()
            spent["sqlite sentence FTS"] += tick - tock
            done += len(c.ev_ids)
            print(f"  sqlite (fast): {done:,} events, {time.perf_counter() - t0:.0f}s",
                  file=sys.stderr, flush=True)
        if expanding is not None:
            expanding.result()
        duck.shutdown()
        print("  sqlite (fast): row load, this thread's CPU by phase: " + ", ".join(
            f"{name} {took:.0f}s" for name, took in spent.items())
              + f"; waited {waited:.0f}s for DuckDB", file=sys.stderr, flush=True)
        t1 = time.perf_counter()
        db.execute("BEGIN")
        steps = [(name, sql) for kind, name, sql in saved if kind == "index"] + [
            ("article FTS", "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')"),
            ("article count", "UPDATE counts SET n = (SELECT COUNT(*) FROM articles) "
                              "WHERE name = 'articles'"),
            ("actor index", ACTOR_INDEX_FILL),
            ("actor mentions", "UPDATE actor_index SET mentions = m.n FROM (SELECT actor_id, "
                               "COUNT(*) AS n FROM mentions GROUP BY actor_id) m "
                               "WHERE m.actor_id = actor_index.actor_id")]
        took = []
        for name, sql in steps:
            tick = time.perf_counter()
            db.execute(sql)
            took.append(f"{name} {time.perf_counter() - tick:.0f}s")
        print(f"  sqlite (fast): indexes, article FTS, actor index in "
              f"{time.perf_counter() - t1:.0f}s ({', '.join(took)})", file=sys.stderr, flush=True)
        db.executemany(
            "INSERT INTO actor_index (actor_id, name, kind, country, sector, events) "
            "VALUES (?, ?, 'unknown', ?, ?, ?) "
            "ON CONFLICT (actor_id) DO UPDATE SET events = events + excluded.events",
            sorted((*ref, count) for ref, count in actor_events.items()))
        db.executemany("INSERT INTO type_counts (plover, n) VALUES (?, ?) ON CONFLICT (plover) "
                       "DO UPDATE SET n = n + excluded.n", sorted(type_counts.items()))
        db.executemany("INSERT INTO pair_counts (source, target, n) VALUES (?, ?, ?) "
                       "ON CONFLICT (source, target) DO UPDATE SET n = n + excluded.n",
                       sorted((*pair, count) for pair, count in pair_counts.items()))
        total = sorter.execute("SELECT COUNT(*) FROM ev").fetchone()
        db.execute("UPDATE counts SET n = n + ? WHERE name = 'events'", (int(total[0]),))
        db.execute("UPDATE counts SET n = n + ? WHERE name = 'negated_events'",
                   (negated_total,))
        timeline = _timeline_parts(sorter, timeline_part_rows)
        jobs = [("actor_events", "key, sort_date, event, negated", [(
                    "SELECT key, sort_date, event, negated FROM keys ORDER BY 1, 2, 3", [])]),
                ("dyads", "source, target, sort_date, event, negated", [(
                    "SELECT source, target, sort_date, event, negated FROM pairs "
                    "ORDER BY 1, 2, 3, 4", [])]),
                ("timeline_counts", TIMELINE_COLUMNS + ", n", timeline)]
        if fill_partners:  # the workbench's counts (migrations 11, 13-15), as partner_fill
            jobs += [
                ("partner_counts", PARTNER_KEY_14 + ", n",
                 _partner_parts(sorter, timeline_part_rows)),
                ("role_counts", "key, role, negated, n", [(
                    "SELECT key, role, negated, COUNT(*) FROM roles GROUP BY ALL "
                    "ORDER BY 1, 2, 3", [])]),
                # the Goldstein sums added in event order, as the triggers add them
                ("edge_counts", EDGE_COLUMNS + ", n, goldstein_sum, goldstein_n", [(
                    "SELECT key, source, target, quad_class, negated, COUNT(*), "
                    "SUM(goldstein * m ORDER BY n), "
                    "CAST(SUM(IF(goldstein IS NULL, 0, m)) AS BIGINT) FROM edges "
                    "GROUP BY ALL ORDER BY 1, 2, 3, 4, 5", [])])]
        _copy_sorted(sorter, db, jobs)
        print(f"  sqlite (fast): actor keys, dyads, timeline ({len(timeline)} grouped queries)"
              + (f", partner ({len(jobs[3][2])} grouped queries), role and edge counts"
                 if fill_partners else "") + f" in {time.perf_counter() - t1:.0f}s",
              file=sys.stderr, flush=True)
        for kind, _name, sql in saved:
            if kind == "trigger":
                db.execute(sql)
        db.execute("COMMIT")
        db.execute("PRAGMA optimize")
    sorter.close()
    for leftover in (path.parent / "bulk-sort.duckdb", path.parent / "bulk-sort.duckdb.wal"):
        leftover.unlink(missing_ok=True)
    shutil.rmtree(path.parent / "duckdb-spill", ignore_errors=True)
    return time.perf_counter() - t0


def build_lake(lake: Path, n_events: int, batch: int = 20_000,
               articles: Iterator[tuple[dict[str, Any], list[dict[str, Any]]]] | None = None
               ) -> float:
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
    for item in articles if articles is not None else Corpus().articles(n_events):
        pending.append(item)
        if len(pending) >= batch:
            done += sum(len(e) for _, e in pending)
            flush()
            print(f"  lake: {done:,} events, {time.perf_counter() - t0:.0f}s",
                  file=sys.stderr, flush=True)
    if pending:
        flush()
    return time.perf_counter() - t0


def _actor_table(corpus: Corpus) -> list[tuple[str, str, str | None, str | None]]:
    """Every actor by index as Chunk uses them: countries, then people."""
    return [(code, name, code, None) for code, name in corpus.countries] + list(corpus.people)


def fast_lake(lake: Path, n_events: int, chunk: int = 20_000) -> float:
    """The lake :func:`build_lake` writes, built from the corpus's columns (:meth:`Corpus.chunks`)
    straight into Arrow tables: the same files (one per table, month and chunk, named as
    build_lake names them), the same rows in the same order, through the lake's own
    ``write_tables``; minutes instead of hours at ten million events. Checked equal to
    build_lake's files by tests/test_scale_bench.py."""
    import numpy as np
    import pyarrow as pa

    from eventwire.lake.schema import SCHEMAS
    from eventwire.lake.write import prepare, write_tables

    t0 = time.perf_counter()
    prepare(lake)
    corpus = Corpus()
    actors = _actor_table(corpus)
    ref_json = [json.dumps({"actor": a, "name": nm, "country": c, "sector": sec},
                           ensure_ascii=False, separators=(",", ":"))
                for a, nm, c, sec in actors]
    kinds = [f'"plover":"{p}","cameo":"{c}","quad_class":{q},"goldstein":{json.dumps(g)}'
             for p, c, q, g in PLOVER]
    sides: dict[tuple[int, ...], tuple[list[str], list[str], list[str], str]] = {}

    def side(refs: tuple[int, ...]) -> tuple[list[str], list[str], list[str], str]:
        found = sides.get(refs)
        if found is None:
            ids = [actors[r][0] for r in refs]
            countries = [c for r in refs if (c := actors[r][2])]
            found = (ids, list(dict.fromkeys(ids + countries)), list(dict.fromkeys(countries)),
                     "[" + ",".join(ref_json[r] for r in refs) + "]")
            sides[refs] = found
        return found

    article_extra = [name for name in SCHEMAS["articles"].names
                     if name not in ("id", "text", "source", "title", "published", "status",
                                     "pipeline", "warnings", "report_schema")]
    done = 0
    for part, c in enumerate(corpus.chunks(n_events, chunk)):
        n_a, n_e = len(c.article_ids), len(c.ev_ids)
        articles = {"id": c.article_ids, "text": c.texts, "source": ["bench.example"] * n_a,
                    "title": c.titles, "published": c.published,
                    "status": ["analysed"] * n_a, "pipeline": ["{}"] * n_a,
                    "warnings": ["[]"] * n_a, "report_schema": ["eventwire.report/1"] * n_a}
        articles.update({name: [None] * n_a for name in article_extra})
        cols: dict[str, list[Any]] = {name: [] for name in (
            "source_actors", "target_actors", "source_keys", "target_keys",
            "source_countries", "target_countries", "trigger_text", "record", "position",
            "date_start", "sort_date", "article_id", "published", "plover", "cameo",
            "quad_class", "goldstein", "modality")}
        last_article, position = -1, 0
        for k in range(n_e):
            x = c.ev_article[k]
            position = position + 1 if x == last_article else 0
            last_article = x
            published = c.published[x]
            s_ids, s_keys, s_countries, s_json = side(c.sources[k])
            t_ids, t_keys, t_countries, t_json = side(c.targets[k])
            sent, start = c.sentences[k], c.sent_start[k]
            trig = c.trig_start[k]
            trigger = sent[trig - start:trig - start + 4]
            value = c.date_value[k]
            modality = "asserted" if c.asserted[k] else "reported"
            kind = c.kind[k]
            date = ('{"value":"' + value + '","precision":"day","text":"on Tuesday",'
                    '"basis":"text","mod":null,"start":null,"end":null}') if value else "null"
            cols["record"].append(
                '{"id":"' + c.ev_ids[k] + '",' + kinds[kind] + ',"source":' + s_json
                + ',"target":' + t_json + ',"evidence":{"sentence":{"start":' + str(start)
                + ',"end":' + str(start + len(sent)) + '},"trigger":{"start":' + str(trig)
                + ',"end":' + str(trig + 4) + ',"text":'
                + json.dumps(trigger, ensure_ascii=False) + '}},"mode":null,"context":null,'
                '"negated":' + ("true" if c.negated[k] else "false") + ',"modality":"'
                + modality + '","date":' + date + ',"place":null,"quote_id":null,'
                '"mentions":[],"confidence":1.0}')
            cols["source_actors"].append(s_ids)
            cols["target_actors"].append(t_ids)
            cols["source_keys"].append(s_keys)
            cols["target_keys"].append(t_keys)
            cols["source_countries"].append(s_countries)
            cols["target_countries"].append(t_countries)
            cols["trigger_text"].append(trigger)
            cols["position"].append(position)
            cols["date_start"].append(value)
            cols["sort_date"].append(value or published[:10])
            cols["article_id"].append(c.article_ids[x])
            cols["published"].append(published)
            plover, cameo, quad, goldstein = PLOVER[kind]
            cols["plover"].append(plover)
            cols["cameo"].append(cameo)
            cols["quad_class"].append(quad)
            cols["goldstein"].append(goldstein)
            cols["modality"].append(modality)
        dated = [v is not None for v in c.date_value]
        none = [None] * n_e
        events = {**cols, "id": c.ev_ids, "source_outlet": ["bench.example"] * n_e,
                  "mode": none, "context": none, "negated": c.negated,
                  "confidence": [1.0] * n_e, "date_value": c.date_value,
                  "date_precision": ["day" if d else None for d in dated],
                  "date_basis": ["text" if d else None for d in dated],
                  "place_name": none, "place_country": none, "place_lat": none,
                  "place_lon": none, "sentence": c.sentences, "quote_id": none}
        tables: dict[tuple[str, str], pa.Table] = {}
        for name, data, month_of_row in (
                ("articles", articles, [p[:7] for p in c.published]),
                ("events", events, [p[:7] for p in cols["published"]])):
            table = pa.table({f.name: pa.array(data[f.name], f.type)
                              for f in SCHEMAS[name]}, schema=SCHEMAS[name])
            months, inverse = np.unique(np.array(month_of_row), return_inverse=True)
            order = np.argsort(inverse, kind="stable")
            bounds = np.searchsorted(inverse[order], np.arange(len(months) + 1))
            for m, month in enumerate(months.tolist()):
                tables[(name, month)] = table.take(order[bounds[m]:bounds[m + 1]])
        write_tables(lake, tables, f"bench{part:05d}")
        done += n_e
        print(f"  lake (fast): {done:,} events, {time.perf_counter() - t0:.0f}s",
              file=sys.stderr, flush=True)
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
    return _draw(rng, reps, top, rare, people, states)


def workload_lake(lake: Path, reps: int, seed: int = 7) -> dict[str, list[Any]]:
    """As :func:`workload`, drawn from a compacted lake (when no SQLite store was built)."""
    import duckdb

    from eventwire.lake.index import INDEX

    rng = random.Random(seed)
    db = duckdb.connect()
    pairs = str(lake / INDEX / "pair_counts.parquet")
    top = [tuple(r) for r in db.execute(
        f"SELECT source, target FROM '{pairs}' ORDER BY n DESC, source, target LIMIT 10"
    ).fetchall()]
    rare = [tuple(r) for r in db.execute(
        f"SELECT source, target FROM '{pairs}' WHERE n BETWEEN 5 AND 30 "
        "ORDER BY source, target LIMIT 500").fetchall()]
    counted = (f"SELECT k, COUNT(*) AS n FROM (SELECT unnest(list_concat(source_actors, "
               f"target_actors)) AS k FROM '{lake}/events/*/*.parquet' WHERE NOT negated) "
               "GROUP BY k")
    people = [r[0] for r in db.execute(
        f"SELECT k FROM ({counted}) WHERE k LIKE 'person:%' ORDER BY n DESC, k LIMIT 300"
    ).fetchall()]
    states = [r[0] for r in db.execute(
        f"SELECT k FROM ({counted}) WHERE k NOT LIKE 'person:%' ORDER BY n DESC, k LIMIT 60"
    ).fetchall()]
    db.close()
    return _draw(rng, reps, top, rare, people, states)


def _draw(rng: random.Random, reps: int, top: list[Any], rare: list[Any], people: list[str],
          states: list[str]) -> dict[str, list[Any]]:
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
                              work["search"])
        out["timeline_week"] = timed(lambda p: lk.dyad_timeline(*p), work["timeline"])
        out["top_dyads"] = timed(lambda _: lk.top_dyads(20), list(range(10)))
        out["summary"] = timed(lambda _: lk.summary(), list(range(5)))
    return out


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size + sum(
            p.stat().st_size for p in path.parent.glob(path.name + "-*") if p.is_file())
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def index_lake(lake: Path, memory: str = "4500MB") -> float:
    """Compact the lake and build its indexes (as `eventwire lake compact` does), with DuckDB
    held to ``memory`` and spilling to the lake's folder."""
    from eventwire.lake.index import build_index
    from eventwire.lake.query import Lake
    from eventwire.lake.write import compact

    t0 = time.perf_counter()
    before, after = compact(lake)
    print(f"  lake: compacted {before:,} files into {after:,} in "
          f"{time.perf_counter() - t0:.0f}s", file=sys.stderr, flush=True)
    spill = lake.parent / "duckdb-spill"
    with Lake(lake) as lk:
        lk.db.execute(f"SET memory_limit = '{memory}'")
        lk.db.execute(f"SET temp_directory = '{spill}'")
        lk.db.execute("SET preserve_insertion_order = false")
        lk.db.execute("SET threads = 1")  # the word index's sort ran out of 3 GB on two
        build_index(lake, lk.db)
    shutil.rmtree(spill, ignore_errors=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="100k events, fewer repetitions")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/ew-scale-bench"))
    ap.add_argument("--reps", type=int, default=60)
    ap.add_argument("--reuse", action="store_true",
                    help="keep what an earlier run built in --dir; build only what is missing")
    ap.add_argument("--no-lake", action="store_true")
    ap.add_argument("--no-sqlite", action="store_true")
    ap.add_argument("--slow-lake", action="store_true",
                    help="write the lake row by row with the lake's row builder (build_lake)")
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
    folder.mkdir(parents=True, exist_ok=True)
    sqlite_bytes = float("nan")
    if not args.no_sqlite:
        done = folder / "store.built"
        if not done.exists():
            for stale in folder.glob("store.db*"):
                stale.unlink()
            build = build_sqlite(db, n)
            done.write_text(f"{build:.0f}\n")
            print(f"sqlite build: {build:.0f}s ({n / build:,.0f} events/s)")
        sqlite_bytes = size_of(db)
        print(f"sqlite size: {sqlite_bytes / 1e6:,.0f} MB, {sqlite_bytes / n:,.0f} bytes/event")
    if not args.no_lake:
        from eventwire.lake.index import fresh

        built = folder / "lake.built"
        if not built.exists():
            shutil.rmtree(lake, ignore_errors=True)
            build = (build_lake if args.slow_lake else fast_lake)(lake, n)
            built.write_text(f"{build:.0f}\n")
            print(f"lake write: {build:.0f}s ({n / build:,.0f} events/s)")
        if not fresh(lake):
            took = index_lake(lake)
            print(f"lake compact + indexes: {took:.0f}s")
        lake_bytes = size_of(lake)
        index_bytes = size_of(lake / "_index")
        print(f"lake size: {lake_bytes / 1e6:,.0f} MB, {lake_bytes / n:,.0f} bytes/event "
              f"(indexes {index_bytes / 1e6:,.0f} MB)")
    work = workload(db, reps) if not args.no_sqlite else workload_lake(lake, reps)
    results = {}
    if not args.no_sqlite:
        results["sqlite"] = bench_sqlite(db, work)
    if not args.no_lake:
        results["lake"] = bench_lake(lake, work)
    print(f"{'query (first page of ' + str(PAGE) + ')':32} " + "  ".join(
        f"{name + ' p50/p95 ms':>24}" for name in results))
    for q in next(iter(results.values())):
        cells = []
        for name in results:
            p50, p95 = results[name].get(q, (float("nan"), float("nan")))
            cells.append(f"{p50:>11.1f} / {p95:>10.1f}")
        print(f"{q:32} " + "  ".join(cells))
    print(f"load average after: {os.getloadavg()[0]:.1f}")

    def pair_p95(name: str) -> float:
        if name not in results:
            return float("nan")
        return max(results[name]["pair_common"][1], results[name].get("pair_rare", (0, 0))[1])

    print(f"events={n} sqlite_pair_p95_ms={pair_p95('sqlite'):.1f} "
          f"lake_pair_p95_ms={pair_p95('lake'):.1f} bytes_per_event={sqlite_bytes / n:.0f}")


if __name__ == "__main__":
    main()
