"""JSON Lines: one article per line, ``text`` plus optional report-style metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime

from eventwire.errors import InputError
from eventwire.readers.build import RawArticle

FIELDS = ("id", "source", "source_id", "url", "title", "published", "author")


def parse_published(value: object) -> datetime | date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"'published' must be an ISO date or datetime string, not {value!r}",
                         "malformed")
    text = value.strip().replace("Z", "+00:00")
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError as exc:
        raise InputError(
            f"'published' {value!r} is not ISO 8601 (e.g. 2025-02-26 or 2025-02-26T00:09:00+03:30)",
            "malformed",
        ) from exc


def parse_line(line: str, origin: str) -> RawArticle:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg} at column {exc.colno})", "malformed") from exc
    if not isinstance(obj, dict):
        raise InputError("each line must be a JSON object with a 'text' field", "malformed")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError("missing 'text' (a string with the article body)", "malformed")
    meta = {k: obj.get(k) for k in FIELDS if isinstance(obj.get(k), str) and obj.get(k)}
    meta["published"] = parse_published(obj.get("published"))
    return RawArticle(body=text, origin=origin, format="jsonl", **meta)


def iter_lines(text: str, origin: str) -> Iterator[tuple[int, str, str]]:
    """Yield (line number, origin of the line, line) for non-blank lines."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, f"{origin}:{number}", line
