"""Exports of the stored events for other tools: GDELT 2.0 (Events and Mentions), PLOVER JSON,
CSV, JSON Lines, Parquet and GEXF. The CLI (`eventwire export`) and the web UI's download links
both call :func:`export_stream` / :func:`write_export`; rows come from
:func:`eventwire.store.browse.iter_events`, so every filter of `events` applies."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire import output
from eventwire.export import gdelt, plover
from eventwire.store import Store
from eventwire.store import browse as b

FORMATS = ("gdelt", "gdelt-mentions", "plover", "csv", "jsonl", "parquet", "gexf")
SUFFIX = {"gdelt": "export.CSV", "gdelt-mentions": "mentions.CSV", "plover": "plover.jsonl",
          "csv": "csv", "jsonl": "jsonl", "parquet": "parquet", "gexf": "gexf"}
MEDIA = {"gdelt": "text/tab-separated-values; charset=utf-8",
         "gdelt-mentions": "text/tab-separated-values; charset=utf-8",
         "plover": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
         "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet",
         "gexf": "application/gexf+xml"}


class ArticleFacts:
    """Per-article facts some formats need (URL, length, end of the lead paragraph), cached."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.lookup = lru_cache(maxsize=4096)(self._load)

    def _load(self, article_id: str) -> tuple[str | None, int, int | None]:
        row = self.store.db.execute("SELECT url, text FROM articles WHERE id = ?",
                                    (article_id,)).fetchone()
        if row is None:
            return None, 0, None
        return row["url"], len(row["text"]), lead_end(row["text"])


def lead_end(text: str, min_length: int = 80) -> int | None:
    """End offset of the lead: the first paragraph of at least ``min_length`` characters
    (shorter first lines are the title and header)."""
    for match in re.finditer(r"[^\n]+", text):
        if len(match.group().strip()) >= min_length:
            return match.end()
    return None


def _text_rows(store: Store, query: b.EventQuery, fmt: str) -> Iterator[str]:
    facts = ArticleFacts(store)
    events = b.iter_events(store, query)
    if fmt == "gdelt":
        for e in events:
            url, _, lead = facts.lookup(e["article_id"])
            yield "\t".join(gdelt.event_row(e, url, lead)) + "\n"
    elif fmt == "gdelt-mentions":
        for e in events:
            url, length, _ = facts.lookup(e["article_id"])
            yield from gdelt.tsv(gdelt.mention_rows(e, url, length))
    elif fmt == "plover":
        for e in events:
            yield json.dumps(plover.record(e, facts.lookup(e["article_id"])[0]),
                             ensure_ascii=False) + "\n"
    elif fmt == "jsonl":
        for e in events:
            yield json.dumps(e, ensure_ascii=False) + "\n"
    elif fmt == "csv":
        yield output.csv_text([], output.EVENT_COLUMNS)
        for e in events:
            yield output.csv_text([output.event_row(e)], output.EVENT_COLUMNS).split("\n", 1)[1]


def export_bytes(store: Store, query: b.EventQuery, fmt: str) -> bytes:
    """Parquet and GEXF are written whole."""
    buf = io.BytesIO()
    if fmt == "parquet":
        from eventwire.export.tables import write_parquet

        write_parquet(b.iter_events(store, query), buf)
    elif fmt == "gexf":
        from eventwire.export.graph import write_gexf

        write_gexf(b.network(store, query, "country", top=1_000_000), buf)
    else:
        raise b.QueryError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return buf.getvalue()


def export_stream(store: Store, query: b.EventQuery, fmt: str, count: str = "reports",
                  ) -> tuple[str, str, Iterator[bytes]]:
    """(media type, file name, body chunks) of one export; ``count``: reports (a row per coded
    event of each article) or events (a row per real-world event, fused: export/fused.py)."""
    if fmt not in FORMATS:
        raise b.QueryError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if count == "events":
        from eventwire.export import fused

        if fmt not in fused.FORMATS:
            raise b.QueryError(f"format {fmt!r} is not written per event yet: with count "
                               f"events use one of {', '.join(fused.FORMATS)}")
        name = f"eventwire-fused-events.{SUFFIX[fmt]}"
        return MEDIA[fmt], name, (chunk.encode() for chunk in fused.text_rows(store, query, fmt))
    if count != "reports":
        raise b.QueryError(f"count {count!r}: use reports or events")
    name = f"eventwire-events.{SUFFIX[fmt]}"
    if fmt in ("parquet", "gexf"):
        data = export_bytes(store, query, fmt)
        return MEDIA[fmt], name, iter([data])
    return MEDIA[fmt], name, (chunk.encode() for chunk in _text_rows(store, query, fmt))


def write_export(store: Store, query: b.EventQuery, fmt: str, out: Path,
                 count: str = "reports") -> int:
    """Write one export to ``out``; returns the number of bytes written."""
    _, _, chunks = export_stream(store, query, fmt, count)
    size = 0
    with open(out, "wb") as fh:
        for chunk in chunks:
            fh.write(chunk)
            size += len(chunk)
    return size


def export_columns(fmt: str) -> tuple[str, ...] | None:
    return {"gdelt": gdelt.EVENT_COLUMNS, "gdelt-mentions": gdelt.MENTION_COLUMNS}.get(fmt)


__all__ = ["FORMATS", "export_stream", "write_export", "export_bytes", "Any"]
