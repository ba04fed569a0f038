"""Rendering rows for people (tables) and programs (json, jsonl, csv)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Any

FORMATS = ("table", "json", "jsonl", "csv")


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def jsonl(rows: Sequence[Any]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(flat(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def csv_text(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([flat(row.get(c)) for c in columns])
    return buf.getvalue()


WIDTH = 40  # characters per table cell unless --width says otherwise


def cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters, "…" marking a cut; 0 keeps it whole."""
    return text if width <= 0 or len(text) <= width else text[:width - 1] + "…"


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str], width: int = WIDTH) -> str:
    cells = [[cut(flat(r.get(c)).replace("\n", " "), width) for c in columns] for r in rows]
    sizes = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(s) for v, s in zip(values, sizes, strict=True)).rstrip()  # noqa: E731
    out = [line(columns), line(["-" * s for s in sizes])] + [line(r) for r in cells]
    return "\n".join(out) + "\n"


def render(rows: list[dict[str, Any]], fmt: str, columns: Sequence[str],
           flatten: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
           width: int = WIDTH, csv_columns: Sequence[str] | None = None) -> str:
    if fmt == "json":
        return to_json(rows) + "\n"
    if fmt == "jsonl":
        return jsonl(rows)
    flat_rows = [flatten(r) for r in rows] if flatten else rows
    if fmt == "csv":
        return csv_text(flat_rows, csv_columns or columns)
    return table(flat_rows, columns, width)


ACTOR_NOTATION = ("Actors are shown as NAME(CODE): CODE is the CAMEO-style actor code, the "
                  "country (ISO 3166 alpha-3, e.g. IRN) followed by the sector (GOV government, "
                  "MIL military, IGO international organisation, ...); a name that is its own "
                  "code is shown once (USA).")


def actor_code(ref: dict[str, Any]) -> str:
    """CAMEO-style: country then sector (IRNGOV), the country (IRN) or the sector (IGO)."""
    return f"{ref.get('country') or ''}{ref.get('sector') or ''}"


def actor_text(ref: dict[str, Any]) -> str:
    name, code = ref.get("name") or "", actor_code(ref)
    return f"{name}({code})" if code and code != name else name or code


def actors_text(refs: list[dict[str, Any]]) -> str:
    return ", ".join(actor_text(r) for r in refs)


def event_row(e: dict[str, Any]) -> dict[str, Any]:
    date = e.get("date") or {}
    place = e.get("place") or {}
    return {"id": e["id"], "date": date.get("value"), "date_precision": date.get("precision"),
            "type": e["plover"], "cameo": e["cameo"], "quad_class": e.get("quad_class"),
            "goldstein": e.get("goldstein"), "mode": e.get("mode"),
            "source": actors_text(e["source"]), "target": actors_text(e["target"]),
            "source_code": "; ".join(actor_code(r) for r in e["source"]),
            "target_code": "; ".join(actor_code(r) for r in e["target"]),
            "source_actor": "; ".join(r["actor"] for r in e["source"]),
            "target_actor": "; ".join(r["actor"] for r in e["target"]),
            "negated": e["negated"], "modality": e["modality"],
            "place": place.get("name"), "place_country": place.get("country"),
            "lat": place.get("lat"), "lon": place.get("lon"),
            "trigger": e["evidence"]["trigger"]["text"], "sentence": e.get("sentence", ""),
            "article_id": e.get("article_id"), "source_outlet": e.get("source_outlet")}


def quote_row(q: dict[str, Any]) -> dict[str, Any]:
    speaker = q.get("speaker") or {}
    return {"id": q["id"], "kind": q["kind"], "speaker": speaker.get("name"),
            "text": q["text"], "article_id": q.get("article_id"), "published": q.get("published")}


EVENT_COLUMNS = ("date", "type", "cameo", "source", "target", "trigger", "negated", "modality",
                 "sentence", "article_id", "id")
# The CLI's events CSV: every column of the table and the codes, scores and place beside them.
EVENT_CSV_COLUMNS = ("date", "date_precision", "type", "cameo", "quad_class", "goldstein",
                     "mode", "source", "source_code", "source_actor", "target", "target_code",
                     "target_actor", "negated", "modality", "place", "place_country", "lat",
                     "lon", "trigger", "sentence", "source_outlet", "article_id", "id")
QUOTE_COLUMNS = ("published", "speaker", "kind", "text", "article_id", "id")
ACTOR_COLUMNS = ("id", "name", "kind", "country", "sector", "role", "articles", "mentions",
                 "events")
ARTICLE_COLUMNS = ("published", "source", "title", "status", "events", "quotes", "id")
SKIP_COLUMNS = ("origin", "code", "reason", "article_id")
