"""Parquet export: one row per event, typed columns (pyarrow), readable by DuckDB and pandas."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.export.gdelt import event_day

STRS = pa.list_(pa.string())
SCHEMA = pa.schema([
    ("id", pa.string()), ("date", pa.date32()), ("date_value", pa.string()),
    ("date_precision", pa.string()), ("date_basis", pa.string()),
    ("plover", pa.string()), ("cameo", pa.string()), ("quad_class", pa.int8()),
    ("goldstein", pa.float32()), ("negated", pa.bool_()), ("modality", pa.string()),
    ("mode", pa.string()), ("context", pa.string()),
    ("source_ids", STRS), ("source_names", STRS), ("source_countries", STRS),
    ("target_ids", STRS), ("target_names", STRS), ("target_countries", STRS),
    ("place_name", pa.string()), ("place_country", pa.string()), ("place_lat", pa.float64()),
    ("place_lon", pa.float64()), ("trigger", pa.string()), ("trigger_start", pa.int32()),
    ("trigger_end", pa.int32()), ("sentence", pa.string()), ("sentence_start", pa.int32()),
    ("sentence_end", pa.int32()), ("mentions", pa.int16()), ("quote_id", pa.string()),
    ("article_id", pa.string()), ("article_title", pa.string()),
    ("article_source", pa.string()), ("published", pa.timestamp("s", tz="UTC")),
])
BATCH = 10_000


def _row(e: dict[str, Any]) -> dict[str, Any]:
    d = e.get("date") or {}
    p = e.get("place") or {}
    ev = e["evidence"]
    day = event_day(e)
    published = e.get("published")
    return {
        "id": e["id"], "date": date.fromisoformat(day) if day else None,
        "date_value": d.get("value"), "date_precision": d.get("precision"),
        "date_basis": d.get("basis"), "plover": e["plover"], "cameo": e["cameo"],
        "quad_class": e["quad_class"], "goldstein": e["goldstein"], "negated": e["negated"],
        "modality": e["modality"], "mode": e.get("mode"), "context": e.get("context"),
        **{f"{side}_{k}": [r.get(f) for r in e[side]]
           for side in ("source", "target") for k, f in
           (("ids", "actor"), ("names", "name"), ("countries", "country"))},
        "place_name": p.get("name"), "place_country": p.get("country"),
        "place_lat": p.get("lat"), "place_lon": p.get("lon"),
        "trigger": ev["trigger"]["text"], "trigger_start": ev["trigger"]["start"],
        "trigger_end": ev["trigger"]["end"], "sentence": e.get("sentence"),
        "sentence_start": ev["sentence"]["start"], "sentence_end": ev["sentence"]["end"],
        "mentions": 1 + len(e.get("mentions") or ()), "quote_id": e.get("quote_id"),
        "article_id": e["article_id"], "article_title": (e.get("article") or {}).get("title"),
        "article_source": e.get("source_outlet"),
        "published": datetime.fromisoformat(published) if published else None,
    }


def write_parquet(events: Iterable[dict[str, Any]], sink: str | IO[bytes]) -> int:
    """Write the events in batches; returns the number of rows."""
    n = 0
    with pq.ParquetWriter(sink, SCHEMA, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for e in events:
            batch.append(_row(e))
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, SCHEMA))
                n += len(batch)
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, SCHEMA))
        n += len(batch)
    return n
