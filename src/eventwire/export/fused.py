"""Exports counted per real-world event (issue 15): one row per fused event — the events of
different articles and outlets that are one event (:mod:`eventwire.store.fused`) — instead of
one per coded event of each report.

- ``gdelt``: GDELT 2.0 Events rows whose NumMentions, NumSources and NumArticles are the fused
  event's (copies not counted), GLOBALEVENTID the integer of the event that started it,
  DATEADDED its first report, SOURCEURL the first article's, IsRootEvent 1 when any mention
  is in its article's lead;
- ``gdelt-mentions``: one GDELT Mentions row per piece of evidence, under the fused event's id;
- ``jsonl``: the rows of `eventwire events --fused --format jsonl`; ``csv``: its columns.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from eventwire import output
from eventwire.export import gdelt
from eventwire.store.fused import FUSED_COLUMNS, fused_flat, fused_page

FORMATS = ("gdelt", "gdelt-mentions", "jsonl", "csv")
EVENT_INDEX = {name: i for i, name in enumerate(gdelt.EVENT_COLUMNS)}


def fused_rows(store: Any, query: Any, page_size: int = 500) -> Iterator[dict[str, Any]]:
    """Every fused event matching ``query`` (the events' filter), oldest first."""
    cursor: str | None = None
    while True:
        rows, cursor = fused_page(store.db, query, cursor=cursor, limit=page_size)
        yield from rows
        if cursor is None:
            return


def global_id(fused: dict[str, Any]) -> int:
    return gdelt.global_id(fused["id"][1:])  # "fev…": the event that started it


def event_row(fused: dict[str, Any], facts: Any) -> list[str]:
    """One GDELT 2.0 Events row for a fused event (``facts``: export.ArticleFacts)."""
    first = fused["articles"][0]
    url = facts.lookup(first)[0]
    outlet = next((ev["source_outlet"] for ev in fused["evidence"] if ev["article_id"] == first),
                  None)
    rep = {"id": fused["id"][1:], "date": fused.get("date"), "source": fused["source"],
           "target": fused["target"], "cameo": fused["cameo"],
           "quad_class": fused.get("quad_class"), "goldstein": fused.get("goldstein"),
           "place": fused.get("place"), "published": fused.get("first_report"),
           "evidence": {"sentence": {"start": 0}}, "mentions": [],
           "article": {"id": first, "source": outlet}}
    row = gdelt.event_row(rep, url, None)
    root = any(ev["trigger"]["start"] < lead for ev in fused["evidence"]
               if (lead := facts.lookup(ev["article_id"])[2]) is not None)
    row[EVENT_INDEX["IsRootEvent"]] = str(int(root))
    row[EVENT_INDEX["NumMentions"]] = str(fused["num_mentions"])
    row[EVENT_INDEX["NumSources"]] = str(fused["num_sources"])
    row[EVENT_INDEX["NumArticles"]] = str(fused["num_articles"])
    return row


def mention_rows(fused: dict[str, Any], facts: Any) -> Iterator[list[str]]:
    """GDELT 2.0 Mentions rows: every piece of evidence of every article of the fused event."""
    event_time = gdelt.utc_stamp(fused.get("first_report"))
    for ev in fused["evidence"]:
        url, length, _ = facts.lookup(ev["article_id"])
        ident = url or f"{ev.get('source_outlet') or ''} {ev['article_id']}".strip()
        row = [global_id(fused), event_time, gdelt.utc_stamp(ev.get("published")),
               1 if url else 2, ev.get("source_outlet"), ident, "", "", "",
               ev["trigger"]["start"], 1, "", length, "", "", ""]
        yield ["" if v is None else str(v).replace("\t", " ").replace("\n", " ") for v in row]


def text_rows(store: Any, query: Any, fmt: str) -> Iterator[str]:
    from eventwire.export import ArticleFacts

    facts = ArticleFacts(store)
    rows = fused_rows(store, query)
    if fmt == "gdelt":
        for f in rows:
            yield "\t".join(event_row(f, facts)) + "\n"
    elif fmt == "gdelt-mentions":
        for f in rows:
            yield from gdelt.tsv(mention_rows(f, facts))
    elif fmt == "jsonl":
        for f in rows:
            yield json.dumps(f, ensure_ascii=False) + "\n"
    elif fmt == "csv":
        yield output.csv_text([], FUSED_COLUMNS)
        for f in rows:
            yield output.csv_text([fused_flat(f)], FUSED_COLUMNS).split("\n", 1)[1]


def count(store: Any, query: Any) -> int:
    return sum(1 for _ in fused_rows(store, query))
