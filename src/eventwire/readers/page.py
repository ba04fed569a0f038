"""One web page's bytes (from a WARC record or a fetch) as an Article, with the project's HTML
reader (:func:`eventwire.readers.html.read_html`)."""

from __future__ import annotations

import codecs
import re
from dataclasses import replace

from eventwire.errors import InputError
from eventwire.ids import canonical_url, digest
from eventwire.models import Skip
from eventwire.readers.build import FeedItem, ReaderContext, ReadItem, build_article
from eventwire.readers.feed import with_feed_metadata
from eventwire.readers.html import read_html
from eventwire.text import decode

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def page_skip(url: str, origin: str, reason: str, code: str) -> Skip:
    return Skip(reason=reason, code=code, origin=origin,
                article_id="a" + digest("page", canonical_url(url) if url else origin))


def decode_page(data: bytes, content_type: str | None) -> str:
    """The page's text: the charset its Content-Type declares, else UTF-8, else Windows-1252
    (:func:`eventwire.text.decode`)."""
    match = _CHARSET.search(content_type or "")
    if match:
        try:
            codec = codecs.lookup(match.group(1)).name
        except LookupError:
            codec = None
        if codec and codec not in ("utf-8", "utf-16", "utf-32"):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
    return decode(data)[0]


def domain(url: str) -> str | None:
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.I).split("/")[0]
    return host.split("@")[-1].split(":")[0].lower().removeprefix("www.") or None


def page_article(data: bytes, url: str, origin: str, ctx: ReaderContext,
                 content_type: str | None = None, item: FeedItem | None = None) -> ReadItem:
    """An HTML page as an Article (its URL and outlet from where it was found when the page
    names neither), or a Skip that says why not."""
    limit = ctx.settings.max_bytes
    if len(data) > limit:
        return page_skip(url, origin, f"page {url} is larger than the {limit:,}-byte limit; "
                         "raise --max-bytes", "too_large")
    try:
        raw = read_html(decode_page(data, content_type), origin)
        raw = replace(raw, url=raw.url or url, source=raw.source or domain(url),
                      format="html")
        if item is not None:
            raw = with_feed_metadata(raw, item)
        return build_article(raw, ctx)
    except InputError as exc:
        return page_skip(url, origin, f"{url}: {exc}", exc.code)
    except (ValueError, RecursionError, MemoryError) as exc:
        return page_skip(url, origin, f"{url}: unreadable page: {exc}", "malformed")
