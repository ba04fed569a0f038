"""Writing reports to the lake: one Parquet file per table and publication month per batch."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.errors import StoreError
from eventwire.lake.schema import MANIFEST, SCHEMAS, TABLES, manifest, month_of, report_rows


def prepare(lake: Path) -> None:
    """Create the lake folder and its manifest, or check an existing lake's version."""
    lake.mkdir(parents=True, exist_ok=True)
    path = lake / MANIFEST
    if path.exists():
        found = json.loads(path.read_text("utf-8"))
        expected = manifest()
        if (found.get("lake_version"), found.get("report_schema")) != (
                expected["lake_version"], expected["report_schema"]):
            raise StoreError(f"lake {lake} has layout {found.get('lake_version')} of "
                             f"{found.get('report_schema')}; this eventwire writes "
                             f"{expected['lake_version']} of {expected['report_schema']}: "
                             "write to a new --lake folder")
    else:
        path.write_text(json.dumps(manifest(), indent=2) + "\n", "utf-8")


def batch_rows(reports: Iterable[dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Rows of many reports grouped by (table, month)."""
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for report in reports:
        month = month_of(report["article"].get("published"))
        for table, rows in report_rows(report).items():
            grouped[(table, month)] += rows
    return grouped


def write_grouped(lake: Path, grouped: dict[tuple[str, str], list[dict[str, Any]]],
                  tag: str) -> list[Path]:
    """One file per (table, month); ``tag`` names the batch (content-derived, so writing the
    same batch twice replaces its files instead of duplicating rows)."""
    return write_tables(lake, {key: pa.Table.from_pylist(rows, schema=SCHEMAS[key[0]])
                               for key, rows in grouped.items() if rows}, tag)


def write_tables(lake: Path, tables: dict[tuple[str, str], pa.Table], tag: str) -> list[Path]:
    """Write Arrow tables (each with its lake table's schema) as ``TABLE/month=M/part-TAG``
    files: the one place a batch's files are written, by ingest and by bulk builders."""
    written = []
    for (table, month), data in sorted(tables.items(), key=lambda item: item[0]):
        if not data.num_rows:
            continue
        if data.schema != SCHEMAS[table]:
            raise StoreError(f"lake table {table}: rows with schema {data.schema} do not "
                             "match the lake's")
        folder = lake / table / f"month={month}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"part-{tag}.parquet"
        tmp = path.with_suffix(".tmp")
        pq.write_table(data, tmp, compression="zstd")
        tmp.replace(path)  # readers never see half a file
        written.append(path)
    return written


def batch_tag(reports: list[dict[str, Any]]) -> str:
    ids = "\n".join(sorted(r["article"]["id"] for r in reports))
    return hashlib.sha1(ids.encode()).hexdigest()[:16]


def write_reports(lake: Path, reports: list[dict[str, Any]]) -> list[Path]:
    """Write one batch of reports (``Report.to_dict()``) to the lake."""
    if not reports:
        return []
    return write_grouped(lake, batch_rows(reports), batch_tag(reports))


def lake_article_ids(lake: Path) -> set[str]:
    """Ids of the articles already in the lake (for re-runs that skip what is there)."""
    files = sorted((lake / "articles").glob("month=*/*.parquet"))
    ids: set[str] = set()
    for path in files:
        ids.update(pq.read_table(path, columns=["id"]).column("id").to_pylist())
    return ids


__all__ = ["TABLES", "compact", "prepare", "write_reports", "lake_article_ids"]


SORT_KEYS = {"events": [("sort_date", "ascending"), ("id", "ascending")],
             "articles": [("id", "ascending")]}


def compact(lake: Path) -> tuple[int, int]:
    """Merge each table's files of one month into one file (events sorted by date, so row-group
    statistics prune date filters); an article written more than once (``--force``) keeps its
    latest rows. (files before, files after). Run it when no ingest is writing to the lake:
    readers during the swap may briefly see a month twice."""
    before = after = 0
    for table in TABLES:
        for folder in sorted((lake / table).glob("month=*")):
            files = sorted(folder.glob("*.parquet"))
            before += len(files)
            if len(files) <= 1:
                after += len(files)
                continue
            files.sort(key=lambda f: f.stat().st_mtime_ns)
            data = _latest_per_article(table, [pq.read_table(f, schema=SCHEMAS[table])
                                               for f in files])
            keys = SORT_KEYS.get(table, [("article_id", "ascending")])
            data = data.sort_by(keys)
            tag = hashlib.sha1("\n".join(f.name for f in files).encode()).hexdigest()[:16]
            path = folder / f"part-c{tag}.parquet"
            tmp = path.with_suffix(".tmp")
            # events in small row groups: a page reads its rows by date statistics
            pq.write_table(data, tmp, compression="zstd",
                           row_group_size=16_384 if table == "events" else 100_000)
            tmp.replace(path)
            for f in files:
                if f != path:
                    f.unlink()
            after += 1
    return before, after


def _latest_per_article(table: str, parts: list[pa.Table]) -> pa.Table:
    key = "id" if table == "articles" else "article_id"
    latest: dict[str, int] = {}
    for i, part in enumerate(parts):
        for aid in part.column(key).to_pylist():
            latest[aid] = i
    kept = []
    for i, part in enumerate(parts):
        mask = pa.array([latest[a] == i for a in part.column(key).to_pylist()])
        kept.append(part.filter(mask))
    return pa.concat_tables(kept)
