"""WARC files (web archives, e.g. a news crawl): one article per HTML response record.

warcio reads the records (gzip per record or uncompressed) and undoes HTTP chunking and
content encodings; the project's HTML reader extracts each page. Every other record (warcinfo,
request, metadata, revisit, resource, conversion), every non-200 response and every response
that is not HTML is a Skip with code ``not_article`` and a reason naming the record. A damaged
file ends in one ``malformed`` Skip; the records before the damage are kept. Records are
streamed: the file's size is not limited, each page is (``--max-bytes``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventwire.ids import digest
from eventwire.models import Skip
from eventwire.readers.build import ReaderContext, ReadItem
from eventwire.readers.page import HTML_TYPES, media_type, page_article

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
NOT_ARTICLE = "not_article"


def is_warc(path: str | Path, head: bytes) -> bool:
    """A WARC file by its name (.warc, .warc.gz, .arc, .arc.gz) or by its first bytes."""
    name = str(path).lower()
    return name.endswith(WARC_SUFFIXES) or head.startswith(b"WARC/")


def read_warc(stream: IO[bytes], origin: str, ctx: ReaderContext) -> Iterator[ReadItem]:
    """An Article or a Skip per record; a record's origin is ``FILE@OFFSET`` (the byte offset
    of the record, as CDX indexes give it)."""
    records = ArchiveIterator(stream, arc2warc=True)
    offset = 0
    try:
        for record in records:
            item = _record(record, ctx)
            offset = records.get_record_offset()  # (reads the rest of the record)
            yield replace(item, origin=f"{origin}@{offset}")
            offset = records.offset
    except ArchiveLoadFailed as exc:
        message = " ".join(str(exc).split())[:300]
        before = "; the records before it were read" if offset else ""
        yield Skip(reason=f"no readable WARC record at offset {offset}: {message}{before}",
                   code="malformed", origin=f"{origin}@{offset}",
                   article_id="a" + digest("warc", origin, offset, message))


def _record(record: object, ctx: ReaderContext) -> ReadItem:
    """The record's Article or Skip (its origin is set by the caller). A skip's id comes from
    the record's WARC-Record-ID, so each record is recorded once, whatever the file is called."""
    headers = record.rec_headers  # type: ignore[attr-defined]
    kind = record.rec_type  # type: ignore[attr-defined]
    uri = headers.get_header("WARC-Target-URI") or ""
    key = headers.get_header("WARC-Record-ID") or uri
    where = f" for {uri}" if uri else ""

    def skip(reason: str) -> Skip:
        return Skip(reason=reason, code=NOT_ARTICLE, article_id="a" + digest("warc", key))

    if kind != "response":
        return skip(f"WARC {kind} record{where}: only HTML responses are articles")
    http = record.http_headers  # type: ignore[attr-defined]
    if http is None:
        return skip(f"WARC response{where} has no HTTP headers: not a web page")
    if http.get_statuscode() != "200":
        return skip(f"WARC response{where} is HTTP {http.statusline}: only 200 responses "
                    "are articles")
    content_type = http.get_header("Content-Type")
    if media_type(content_type) not in HTML_TYPES:
        return skip(f"WARC response{where} is {media_type(content_type) or 'of no stated type'}"
                    ", not HTML")
    data = record.content_stream().read(ctx.settings.max_bytes + 1)  # type: ignore[attr-defined]
    item = page_article(data, uri, "", ctx, content_type)
    if isinstance(item, Skip):
        return replace(item, article_id="a" + digest("warc", key, item.code))
    return replace(item, format="warc")
