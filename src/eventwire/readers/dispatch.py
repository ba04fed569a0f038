"""Route inputs to the right reader; every failure becomes a Skip with a specific reason."""

from __future__ import annotations

import io
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ids import digest
from eventwire.models import Skip
from eventwire.readers.build import RawArticle, ReaderContext, ReadItem, build_article
from eventwire.readers.feed import looks_like_feed, read_feed
from eventwire.readers.html import read_html
from eventwire.readers.jsonl import iter_lines, parse_line
from eventwire.readers.seed import looks_like_seed, read_plain, read_seed
from eventwire.readers.warc import WARC_SUFFIXES, is_warc, read_warc
from eventwire.text import decode

__all__ = ["ReadItem", "read_bytes", "read_paths"]
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
# What a folder walk picks up (and WARC_SUFFIXES); files named explicitly are always read.
ARTICLE_SUFFIXES = HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | {".txt", ".text", ""}

# The readers, by kind of input (the dispatcher picks one per file):
# - warc: WARC/ARC web archives, one item per record (readers.warc; streamed from the file)
# - feed: RSS and Atom, one item per entry (readers.feed)
# - jsonl: JSON Lines, one item per line (readers.jsonl)
# - html, seed, text: one article per file (readers.html, readers.seed)


def _skip(error: InputError, origin: str, data: bytes) -> Skip:
    return Skip(reason=str(error), code=error.code, origin=origin,
                article_id="a" + digest("bytes", origin, data[:65536]))


def _kind(path: str, text: str) -> str:
    suffix = Path(path).suffix.lower()
    head = text.lstrip()[:512].lower()
    if suffix in HTML_SUFFIXES or head.startswith(("<!doctype html", "<html")) or (
            head.startswith("<?xml") and ("<html" in head or "<!doctype html" in head)):
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "seed" if looks_like_seed(text) else "text"


_ROOT = re.compile(r"<([A-Za-z_][\w:.-]*)")
_XML_ENCODING = re.compile(r"^(<\?xml[^>]*?)\s+encoding=[\"'][^\"']*[\"']")


def _is_xml(origin: str, text: str) -> bool:
    return (Path(origin).suffix.lower() in FEED_SUFFIXES
            or text.lstrip("\ufeff \t\r\n").startswith("<?xml"))


def _xml_root(text: str) -> str:
    body = re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(\[.*?\])?\s*>", "", text[:4096],
                  flags=re.S)
    match = _ROOT.search(body)
    return match.group(1) if match else "?"


def _raw_one(kind: str, text: str, origin: str) -> RawArticle:
    if kind == "html":
        return read_html(text, origin)
    if kind == "seed":
        return read_seed(text, origin)
    return read_plain(text, origin)


def read_bytes(data: bytes, origin: str, ctx: ReaderContext) -> Iterator[ReadItem]:
    """Read one file's bytes: one article, or one per line for JSON Lines, per item of a
    feed, per record of a WARC file."""
    if is_warc(origin, data[:8]):
        yield from read_warc(io.BytesIO(data), origin, ctx)
        return
    if len(data) > ctx.settings.max_bytes:
        yield _skip(InputError(
            f"file is larger than the {ctx.settings.max_bytes:,}-byte limit; "
            "split it or raise --max-bytes", "too_large"), origin, data)
        return
    try:
        if looks_like_feed(data):
            yield from read_feed(data, origin, ctx)
            return
        text, encoding = decode(data)
        if encoding != "utf-8" and looks_like_feed(text.encode("utf-8")):  # e.g. UTF-16
            utf8 = _XML_ENCODING.sub(r"\1", text.lstrip("\ufeff"), count=1).encode("utf-8")
            yield from read_feed(utf8, origin, ctx)
            return
        kind = _kind(origin, text)
        if kind != "html" and _is_xml(origin, text):
            raise InputError(f"XML document with root <{_xml_root(text)}> is neither an RSS or "
                             "Atom feed nor an (X)HTML page", "malformed")
        if kind == "jsonl":
            yield from _read_jsonl(text, origin, ctx)
            return
        yield build_article(_raw_one(kind, text, origin), ctx)
    except InputError as exc:
        yield _skip(exc, origin, data)
    except (ValueError, RecursionError, MemoryError) as exc:  # parser libraries' own errors
        yield _skip(InputError(f"unreadable input: {exc}", "malformed"), origin, data)
    except Exception as exc:  # noqa: BLE001 - a reader bug must not take the batch down
        yield _skip(InputError(internal_reason(exc), "internal"), origin, data)


def internal_reason(exc: BaseException) -> str:
    message = " ".join(str(exc).split())
    return f"internal error: {type(exc).__name__}: {message[:300]}"


def _read_jsonl(text: str, origin: str, ctx: ReaderContext) -> Iterator[ReadItem]:
    for _, line_origin, line in iter_lines(text, origin):
        try:
            item = build_article(parse_line(line, line_origin), ctx)
        except InputError as exc:
            item = _skip(exc, line_origin, line.encode("utf-8"))
        except Exception as exc:  # noqa: BLE001 - one bad line must not lose the others
            item = _skip(InputError(internal_reason(exc), "internal"), line_origin,
                         line.encode("utf-8"))
        yield item


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files in the order given; directories are walked in sorted order, hidden files skipped."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if _walked(p, path))
        else:
            yield path


def _walked(path: Path, root: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.parts[len(root.parts):])
    known = (path.suffix.lower() in ARTICLE_SUFFIXES
             or path.name.lower().endswith(WARC_SUFFIXES))
    return path.is_file() and not hidden and known


def _not_regular(path: Path) -> str | None:
    """What a path is when it is neither a regular file nor missing (reading a FIFO or a
    device would block or never end)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # the open below reports why
    if stat.S_ISREG(mode):
        return None
    for test, name in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a directory")):
        if test(mode):
            return name
    return "not a regular file"


def read_paths(paths: Iterable[str | Path], ctx: ReaderContext) -> Iterator[ReadItem]:
    for path in iter_files(paths):
        if (kind := _not_regular(path)) is not None:
            yield Skip(reason=f"not a regular file ({kind}): eventwire reads files and folders; "
                       "copy the data to a file first", code="unreadable", origin=str(path),
                       article_id="a" + digest("special", str(path)))
            continue
        try:
            with path.open("rb") as handle:
                head = handle.read(8)
                if is_warc(path, head):  # streamed: only each record's page is limited
                    handle.seek(0)
                    yield from read_warc(handle, str(path), ctx)
                    continue
                data = head + handle.read(ctx.settings.max_bytes + 1 - len(head))
        except OSError as exc:
            yield Skip(reason=f"cannot read file: {exc.strerror or exc}", code="unreadable",
                       origin=str(path), article_id="a" + digest("missing", str(path)))
            continue
        yield from read_bytes(data, str(path), ctx)
