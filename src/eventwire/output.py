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


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str], width: int = 40) -> str:
    cells = [[flat(r.get(c)).replace("\n", " ")[:width] for c in columns] for r in rows]
    sizes = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(s) for v, s in zip(values, sizes, strict=True)).rstrip()  # noqa: E731
    out = [line(columns), line(["-" * s for s in sizes])] + [line(r) for r in cells]
    return "\n".join(out) + "\n"


def render(rows: list[dict[str, Any]], fmt: str, columns: Sequence[str],
           flatten: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> str:
    if fmt == "json":
        return to_json(rows) + "\n"
    if fmt == "jsonl":
        return jsonl(rows)
    flat_rows = [flatten(r) for r in rows] if flatten else rows
    if fmt == "csv":
        return csv_text(flat_rows, columns)
    return table(flat_rows, columns)


def actors_text(refs: list[dict[str, Any]]) -> str:
    return ", ".join(
        f"{r.get('name')}({r.get('country') or '-'}{'/' + r['sector'] if r.get('sector') else ''})"
        for r in refs
    )


def event_row(e: dict[str, Any]) -> dict[str, Any]:
    date = e.get("date") or {}
    return {"id": e["id"], "date": date.get("value"), "type": e["plover"], "cameo": e["cameo"],
            "source": actors_text(e["source"]), "target": actors_text(e["target"]),
            "negated": e["negated"], "modality": e["modality"],
            "trigger": e["evidence"]["trigger"]["text"], "sentence": e.get("sentence", ""),
            "article_id": e.get("article_id")}


def quote_row(q: dict[str, Any]) -> dict[str, Any]:
    speaker = q.get("speaker") or {}
    return {"id": q["id"], "kind": q["kind"], "speaker": speaker.get("name"),
            "text": q["text"], "article_id": q.get("article_id"), "published": q.get("published")}


EVENT_COLUMNS = ("date", "type", "cameo", "source", "target", "trigger", "negated", "modality",
                 "sentence", "article_id", "id")
QUOTE_COLUMNS = ("published", "speaker", "kind", "text", "article_id", "id")
ACTOR_COLUMNS = ("id", "name", "kind", "country", "sector", "role", "articles", "mentions",
                 "events")
ARTICLE_COLUMNS = ("published", "source", "title", "status", "events", "quotes", "id")
SKIP_COLUMNS = ("origin", "code", "reason", "article_id")
