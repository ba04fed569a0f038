"""Stories and fused events of a Parquet lake (issue 15 on the lake / Ray path).

Story clusters and fused events are built incrementally, article after article, each new
article compared with what came before it (:mod:`eventwire.store.stories`,
:mod:`eventwire.store.fused`, :mod:`eventwire.store.duplicates`): an order-dependent,
sequential pass that parallel lake writers cannot do. :func:`build_stories` runs that pass
over the lake's reports with the very functions the store uses, by saving them — in
publication order (:func:`eventwire.stories.features.publication_order`), so the result does
not depend on file names or on which Ray worker finished first — into a state store kept in
the lake (``fusion/state.sqlite``), and writes what analysts query as lake tables:

- ``fusion/stories.parquet``: one row per story (``id, title, first_published,
  num_articles, articles, near_duplicates``);
- ``fusion/fused.parquet``: one row per fused event (``id, sort_date, asserted,
  num_articles, outlets, row``; ``row`` is the JSON the store's ``events --fused`` gives);
- ``fusion/fused_members.parquet``: ``fused_id, event_id, article_id``, so a fused event is
  filtered by its mentions' rows in the lake's ``events`` table, as the store does;
- ``fusion/unplaced.parquet``: ``article_id, origin, reason`` of each article whose records
  could not be placed (a bug in one article: the build goes on without it, as ingest does).

Re-running places only the lake's articles not yet placed (a later ingest's new articles, in
their publication order after those already placed, as the store's ingest does); ``rebuild``
starts over. :func:`stories_page` and :func:`fused_page` answer `stories --lake` and
`events --fused --lake` from these tables through DuckDB with the store's rows and order.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.errors import ConfigError
from eventwire.isolation import internal_error_report
from eventwire.lake.load import lake_reports
from eventwire.lake.query import Lake
from eventwire.models import Report, Skip
from eventwire.store import Store, queries
from eventwire.store.fused import _fused_row
from eventwire.store.placing import PLACEMENT_SKIP

FOLDER = "fusion"
STATE = "state.sqlite"
BATCH = 200  # reports saved per state-store transaction

SCHEMAS = {
    "stories": pa.schema([("id", pa.string()), ("title", pa.string()),
                          ("first_published", pa.string()), ("num_articles", pa.int64()),
                          ("articles", pa.list_(pa.string())),
                          ("near_duplicates", pa.string())]),
    "fused": pa.schema([("id", pa.string()), ("sort_date", pa.string()),
                        ("asserted", pa.bool_()), ("num_articles", pa.int64()),
                        ("outlets", pa.list_(pa.string())), ("row", pa.string())]),
    "fused_members": pa.schema([("fused_id", pa.string()), ("event_id", pa.string()),
                                ("article_id", pa.string())]),
}

# articles the build could not place (stored as analysed in the lake; their reasons)
UNPLACED = "unplaced"
UNPLACED_SCHEMA = pa.schema([("article_id", pa.string()), ("origin", pa.string()),
                             ("reason", pa.string())])


@dataclass(frozen=True)
class BuildStats:
    placed: int  # articles placed by this run
    articles: int  # articles in stories and fused events in all
    stories: int
    fused: int
    # articles of this run that could not be placed (a bug in one article's records: stored
    # in the state store as a skip with its reason, the others placed), in placing order
    failed: tuple[Skip, ...] = ()


def forget(lake_path: Path) -> None:
    """Drop the lake's stories and fused events (state and tables): its articles are about to
    be analysed again (`ingest --lake --force`), so the next :func:`build_stories` places
    every article anew, even if the re-analysis stops half way; until then `stories --lake`
    says they must be built."""
    folder = lake_path / FOLDER
    if folder.exists():
        shutil.rmtree(folder)


def build_stories(lake_path: Path, *, rebuild: bool = False,
                  progress: Callable[[int], None] | None = None) -> BuildStats:
    """Place the lake's articles not yet placed into stories and fused events (in
    publication order) and write the lake's story and fused-event tables."""
    folder = lake_path / FOLDER
    if rebuild:
        forget(lake_path)
    folder.mkdir(parents=True, exist_ok=True)
    placed = 0
    failed: list[Skip] = []

    def rejected(report: Report, exc: Exception) -> Report:
        stored = internal_error_report(report.article, exc, report.pipeline)
        if stored.skip is not None:
            failed.append(stored.skip)
        return stored

    def place(batch: list[Report]) -> int:
        # as an ingest run does (store/placing.py): stored first, then placed in publication
        # order, one article whose records cannot be stored or placed rolled back alone and
        # kept as a skip with its reason; the build goes on
        state.save_many(batch, rejected=rejected, place=False)
        return state.place_pending(failed=failed.append)

    with Lake(lake_path) as lake, Store(folder / STATE) as state:
        known = {r[0] for r in state.db.execute("SELECT id FROM articles")}
        known |= {r[0] for r in state.db.execute("SELECT article_id FROM skips")}
        batch: list[Report] = []
        for report in lake_reports(lake, only=lambda aid: aid not in known):
            batch.append(report)
            if len(batch) >= BATCH:
                placed += place(batch)
                batch = []
                if progress:
                    progress(placed)
        if batch:
            placed += place(batch)
        counts = _export(state, folder)
    return BuildStats(placed, *counts, failed=tuple(failed))


def failures_text(stats: BuildStats) -> list[str]:
    """One line per article the build could not place, with its reason."""
    return [f"stories: could not place {s.origin or s.article_id}: {s.reason}"
            for s in stats.failed]


def _export(state: Store, folder: Path) -> tuple[int, int, int]:
    db = state.db
    clusters = {r["id"]: r for r in db.execute(
        "SELECT id, first_published, articles FROM story_clusters")}
    stories = [{"id": s["id"], "title": s["title"],
                "first_published": clusters[s["id"]]["first_published"],
                "num_articles": clusters[s["id"]]["articles"], "articles": s["articles"],
                "near_duplicates": json.dumps(s["near_duplicates"])}
               for s in queries.stories(state)]
    fused, members = [], []
    for row in db.execute("SELECT f.id, f.record, f.sort_date, f.asserted FROM fused_events f "
                          "WHERE EXISTS (SELECT 1 FROM fused_members m WHERE m.fused_id = f.id)"
                          " ORDER BY f.sort_date, f.id").fetchall():
        whole = _fused_row(db, row["id"], json.loads(row["record"]))
        outlets = sorted({e["source_outlet"] for e in whole["evidence"] if e["source_outlet"]})
        fused.append({"id": row["id"], "sort_date": row["sort_date"],
                      "asserted": bool(row["asserted"]), "num_articles": whole["num_articles"],
                      "outlets": outlets,
                      "row": json.dumps(whole, ensure_ascii=False, separators=(",", ":"))})
    members = [dict(r) for r in db.execute(
        "SELECT fused_id, event_id, article_id FROM fused_members ORDER BY fused_id, event_id")]
    unplaced = [dict(r) for r in db.execute(
        "SELECT article_id, origin, reason FROM skips WHERE code = ? ORDER BY article_id",
        (PLACEMENT_SKIP,))]
    for name, rows, schema in (("stories", stories, SCHEMAS["stories"]),
                               ("fused", fused, SCHEMAS["fused"]),
                               ("fused_members", members, SCHEMAS["fused_members"]),
                               (UNPLACED, unplaced, UNPLACED_SCHEMA)):
        path = folder / f"{name}.parquet"
        tmp = path.with_suffix(".tmp")
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp, compression="zstd")
        tmp.replace(path)  # readers never see half a file
    n_articles = db.execute("SELECT COUNT(*) FROM story_articles").fetchone()[0]
    return int(n_articles), len(stories), len(fused)


# -- reading ------------------------------------------------------------------------------------

def _tables(lake: Lake) -> None:
    """Views ``lake_stories``, ``lake_fused``, ``lake_fused_members`` over the fusion tables;
    a clear error when they were never built or the lake has articles they do not place."""
    folder = lake.path / FOLDER
    missing = [n for n in SCHEMAS if not (folder / f"{n}.parquet").exists()]
    if missing:
        raise ConfigError(f"the lake {lake.path} has no story and fused-event tables yet: "
                          f"build them with `eventwire lake stories --lake {lake.path}`")
    for name in SCHEMAS:
        path = str(folder / f"{name}.parquet").replace("'", "''")
        lake.db.execute(f"CREATE OR REPLACE VIEW lake_{name} AS "
                        f"SELECT * FROM read_parquet('{path}')")
    unplaced = folder / f"{UNPLACED}.parquet"  # (absent from lakes built before it was)
    failed = (" UNION ALL SELECT article_id FROM read_parquet('{}')".format(
        str(unplaced).replace("'", "''")) if unplaced.exists() else "")
    found = lake.db.execute(
        "SELECT COUNT(*) FROM articles WHERE status = 'analysed' AND id NOT IN "
        f"(SELECT unnest(articles) FROM lake_stories{failed})").fetchone()
    new = found[0] if found else 0
    if new:
        raise ConfigError(f"{new} article(s) of the lake {lake.path} are not in its stories "
                          f"and fused events yet: run `eventwire lake stories --lake "
                          f"{lake.path}` to place them")


def stories_page(lake: Lake, min_articles: int = 1, limit: int | None = None,
                 offset: int = 0) -> list[dict[str, Any]]:
    """The lake's stories as :func:`eventwire.store.queries.stories` gives the store's."""
    _tables(lake)
    sql = ("SELECT id, title, articles, near_duplicates FROM lake_stories "
           "WHERE num_articles >= ? ORDER BY first_published IS NULL, first_published, id")
    params: list[Any] = [min_articles]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    if offset:
        sql += " OFFSET ?"
        params.append(offset)
    return [{"id": i, "title": t, "articles": list(a), "near_duplicates": json.loads(d)}
            for i, t, a, d in lake.db.execute(sql, params).fetchall()]


def fused_page(lake: Lake, f: queries.EventFilter, *, source: str | None = None,
               min_articles: int = 1) -> tuple[list[dict[str, Any]], str | None]:
    """One page of the lake's fused events and the next page's cursor, as
    :func:`eventwire.store.fused.fused_page` gives the store's: a fused event matches when
    one of its mentions matches the filter's actor, pair, type, text and confidence; dates
    are the fused event's own; negated and hypothetical ones only with
    ``f.include_negated``. Order by date (``f.newest_first``), then id."""
    _tables(lake)
    where: list[str] = ["num_articles >= ?"]
    params: list[Any] = [min_articles]
    queries.span_where(where, params, include_negated=f.include_negated, since=f.since,
                       until=f.until, asserted="asserted")
    if any((f.actor, f.pair, f.type, f.search, f.facts_only, f.min_confidence is not None)):
        mentions = replace(f, since=None, until=None, include_negated=True, cursor=None,
                           limit=None, source=None)
        found = lake._scan_where(mentions)
        if found is None:
            return [], None
        conditions, p = found
        where.append("id IN (SELECT m.fused_id FROM lake_fused_members m WHERE m.event_id IN "
                     f"(SELECT id FROM events WHERE {' AND '.join(conditions)}))")
        params += p
    if source:
        where.append("list_contains(outlets, ?)")
        params.append(queries.outlet(source))
    order = " DESC" if f.newest_first else ""
    if f.cursor:
        where.append(f"(sort_date, id) {'<' if f.newest_first else '>'} (?, ?)")
        params += list(queries.decode_cursor(f.cursor))
    sql = (f"SELECT row, sort_date, id FROM lake_fused WHERE {' AND '.join(where)} "
           f"ORDER BY sort_date{order}, id{order}")
    if f.limit is not None:
        sql += f" LIMIT {int(f.limit) + 1}"
    rows = lake.db.execute(sql, params).fetchall()
    more = f.limit is not None and len(rows) > f.limit
    rows = rows[:f.limit] if f.limit is not None else rows
    cursor = queries.encode_cursor(rows[-1][1], rows[-1][2]) if more and rows else None
    return [json.loads(r[0]) for r in rows], cursor
