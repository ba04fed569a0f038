"""The wire format of the seed sample and plain text.

Seed format: source domain on line 1, ``News ID: N``, ``Publish Date : 26 February 2025 - 00:09``,
blank line, title, body. Plain text: the first line is the title, or a header block of
outlet, headline and date line (:mod:`eventwire.readers.header`).
"""

from __future__ import annotations

import re
from datetime import datetime

from eventwire.errors import InputError
from eventwire.readers.build import RawArticle
from eventwire.readers.header import read_header

_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.I)
_NEWS_ID = re.compile(r"^News\s*ID\s*:\s*(\S+)\s*$", re.I)
_PUBLISHED = re.compile(r"^Publish(?:ed)?\s*Date\s*:\s*(.+?)\s*$", re.I)
_DATE_FORMATS = ("%d %B %Y - %H:%M", "%d %b %Y - %H:%M", "%B %d, %Y - %H:%M", "%d %B %Y",
                 "%Y-%m-%d %H:%M", "%Y-%m-%d")


def looks_like_seed(text: str) -> bool:
    lines = [ln.strip() for ln in text.lstrip().split("\n", 8)[:8] if ln.strip()]
    return len(lines) >= 3 and bool(_DOMAIN.match(lines[0])) and any(
        _NEWS_ID.match(ln) or _PUBLISHED.match(ln) for ln in lines[1:4]
    )


def parse_publish_date(value: str) -> datetime:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value.strip(), fmt)
        except ValueError:
            continue
    raise InputError(
        f"unreadable 'Publish Date' {value!r}: expected e.g. '26 February 2025 - 00:09'",
        "malformed",
    )


def read_seed(text: str, origin: str) -> RawArticle:
    lines = text.lstrip().split("\n")
    source = lines[0].strip().lower().removeprefix("www.")
    fields: dict[str, str] = {}
    i = 1
    while i < len(lines) and (not lines[i].strip() or _header(lines[i], fields)):
        i += 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    title = lines[i].strip() if i < len(lines) else None
    body = "\n".join(lines[i + 1:])
    published = parse_publish_date(fields["published"]) if "published" in fields else None
    return RawArticle(body=body, origin=origin, format="seed", title=title, source=source,
                      source_id=fields.get("id"), published=published)


def _header(line: str, fields: dict[str, str]) -> bool:
    line = line.strip()
    if m := _NEWS_ID.match(line):
        fields["id"] = m.group(1)
        return True
    if m := _PUBLISHED.match(line):
        fields["published"] = m.group(1)
        return True
    return False


def read_plain(text: str, origin: str) -> RawArticle:
    """The first line is the title, unless the text opens with a header block (outlet,
    headline, date line: :mod:`eventwire.readers.header`)."""
    header = read_header(text)
    if header is not None:
        return RawArticle(body=header.body, origin=origin, format="text", title=header.title,
                          source=header.source, source_id=header.source_id,
                          published=header.published)
    stripped = text.strip()
    title, _, body = stripped.partition("\n")
    if not body.strip():
        return RawArticle(body=stripped, origin=origin, format="text")
    return RawArticle(body=body, origin=origin, format="text", title=title.strip())
