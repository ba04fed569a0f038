"""Filling the SQLite store from the lake (`eventwire lake load`), and writing a store's events
to a lake (used by the scale benchmark to compare both on the same data)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from eventwire.lake.query import Lake
from eventwire.lake.schema import ARTICLE_FIELDS
from eventwire.models import (
    Actor,
    Article,
    Event,
    PipelineInfo,
    Place,
    Quote,
    Report,
    Skip,
    TimeRef,
    record_from_dict,
)
from eventwire.store import Store
from eventwire.stories.features import publication_order

RECORDS = (("actors", Actor), ("events", Event), ("quotes", Quote), ("times", TimeRef),
           ("places", Place))


def lake_reports(lake: Lake, batch: int = 500,
                 only: Callable[[str], bool] | None = None) -> Iterator[Report]:
    """Every article of the lake (``only``: those it accepts) as its report, in publication
    order (:func:`~eventwire.stories.features.publication_order`), so the stories and fused
    events a store builds from them do not depend on file names or writing order."""
    rows = lake.db.execute("SELECT id, published FROM articles").fetchall()
    ids = list(dict.fromkeys(r[0] for r in sorted(rows, key=lambda r: publication_order(*r))
                             if only is None or only(r[0])))
    for i in range(0, len(ids), batch):
        chunk = ids[i:i + batch]
        yield from _reports(lake, chunk)


def _reports(lake: Lake, ids: list[str]) -> Iterator[Report]:
    articles = {r["id"]: r for r in lake.rows(
        "SELECT * FROM articles WHERE list_contains(?, id)", [ids])}
    records: dict[str, dict[str, list[Any]]] = {name: defaultdict(list) for name, _ in RECORDS}
    for name, cls in RECORDS:
        order = {"actors": "position", "events": "position", "quotes": "start",
                 "times": "position", "places": "position"}[name]
        for aid, record in lake.db.execute(
                f"SELECT article_id, record FROM {name} WHERE list_contains(?, article_id) "
                f"ORDER BY article_id, {order}", [ids]).fetchall():
            records[name][aid].append(record_from_dict(cls, json.loads(record)))
    skips = {r["article_id"]: r for r in lake.rows(
        "SELECT * FROM skips WHERE list_contains(?, article_id)", [ids])}
    for aid in ids:
        row = articles[aid]
        article = Article(**{name: row[name] for name, _ in ARTICLE_FIELDS})
        pipeline = record_from_dict(PipelineInfo, json.loads(row["pipeline"]))
        warnings = tuple(json.loads(row["warnings"]))
        if row["status"] == "skipped":
            s = skips.get(aid) or {"reason": "skipped", "code": "unknown", "origin": None}
            skip = Skip(reason=s["reason"], code=s["code"], origin=s["origin"], article_id=aid)
            yield Report(article, pipeline, skip=skip, warnings=warnings)
            continue
        found: dict[str, Any] = {name: tuple(records[name].get(aid, ())) for name, _ in RECORDS}
        yield Report(article, pipeline, warnings=warnings, **found)


def load_lake(lake_path: Path, store: Store,
              progress: Callable[[int], None] | None = None) -> int:
    """Save every report of the lake into the store (one transaction per article, replacing
    what the store has for it); the number of articles loaded."""
    n = 0
    with Lake(lake_path) as lake:
        for report in lake_reports(lake):
            store.save(report)
            n += 1
            if progress and n % 1000 == 0:
                progress(n)
    return n


def export_store(db: Path, lake_path: Path, batch: int = 200_000) -> int:
    """Write the events of an existing store (and their articles) to a lake; the number of
    events written. Reads rows straight from SQLite: no records are rebuilt."""
    import sqlite3

    from eventwire.lake.schema import event_row, month_of
    from eventwire.lake.write import prepare, write_grouped

    prepare(lake_path)
    from eventwire.store.records import EVENT_RECORD_SQL, event_record

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    cur = con.execute(f"SELECT {EVENT_RECORD_SQL}, a.id AS aid, a.published, a.source, a.text, "
                      "a.title FROM events e "
                      "JOIN articles a ON a.id = e.article_id ORDER BY a.published, e.n")
    n, part, last = 0, 0, None
    while True:
        chunk = cur.fetchmany(batch)
        if not chunk:
            break
        grouped: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        articles: dict[str, dict[str, Any]] = {}
        for row in chunk:
            aid, published, source = row["aid"], row["published"], row["source"]
            text, title = row["text"], row["title"]
            article = {"id": aid, "published": published, "source": source, "text": text}
            month = month_of(published)
            grouped[("events", month)].append(event_row(event_record(row), article, 0))
            if aid not in articles and aid != last:
                articles[aid] = {"id": aid, "published": published, "source": source,
                                 "title": title, "text": text, "status": "analysed",
                                 "pipeline": "{}", "warnings": "[]",
                                 "report_schema": "eventwire.report/1"}
                grouped[("articles", month)].append(articles[aid])
        last = chunk[-1]["aid"]
        write_grouped(lake_path, grouped, f"export{part:05d}")
        n += len(chunk)
        part += 1
    con.close()
    return n
