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
    written = []
    for (table, month), rows in sorted(grouped.items()):
        if not rows:
            continue
        folder = lake / table / f"month={month}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"part-{tag}.parquet"
        tmp = path.with_suffix(".tmp")
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[table]), tmp,
                       compression="zstd")
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


__all__ = ["TABLES", "prepare", "write_reports", "lake_article_ids"]
