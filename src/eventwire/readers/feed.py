"""RSS and Atom feeds: one article per item (feedparser does the parsing).

Each item gives its link, date, title and author; the body is the full article when the feed
carries it (``content:encoded``, Atom ``content``), else the fetched page when fetching is on
(:attr:`ReaderContext.fetch`), else the item's summary. Every item becomes an Article or a
Skip with its own origin ``FILE#item-N``.

Feeds are untrusted XML. Before feedparser sees a feed, :func:`screen_xml` refuses entity
declarations and external references (billion laughs, XXE) with defusedxml, so such a feed is
a ``hostile`` skip and nothing is expanded. (feedparser alone would also not expand them, but
it would quietly read a damaged feed; a skip says why.)
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as safe_et
import feedparser
import lxml.html
from defusedxml import DefusedXmlException
from lxml import etree

from eventwire.errors import InputError
from eventwire.ids import digest
from eventwire.models import Skip
from eventwire.readers.build import FeedItem, RawArticle, ReaderContext, ReadItem, build_article

_FEED_ROOT = re.compile(rb"<(?:[a-z0-9_]+:)?(rss|feed|RDF)[\s>]", re.I)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_BLOCKS = frozenset("p div br li h1 h2 h3 h4 h5 h6 blockquote pre tr section article "
                    "figcaption dd dt".split())
_DROP = ("script", "style", "template", "noscript", "iframe", "object", "svg", "math")


def looks_like_feed(data: bytes) -> bool:
    """An XML document whose root is ``rss``, Atom's ``feed`` or RSS 1.0's ``rdf:RDF``."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return False
    body = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(\[.*?\])?\s*>", b"", head, flags=re.S)
    # the root must come first: match there rather than search the whole head for one
    return _FEED_ROOT.match(body.lstrip()) is not None


def screen_xml(data: bytes) -> None:
    """Refuse XML that declares entities or references external ones (InputError, ``hostile``).
    A document that is not well-formed XML is left to feedparser's lenient parser, which
    expands nothing; entity declarations are refused there too."""
    try:
        safe_et.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise InputError(f"hostile XML refused: {type(exc).__name__} ({exc}); eventwire never "
                         "expands entity declarations or fetches external entities",
                         "hostile") from exc
    except (ParseError, ValueError, LookupError):  # LookupError: an unknown encoding
        if _ENTITY_DECL.search(data):
            raise InputError("hostile XML refused: the document declares entities "
                             "(<!ENTITY ...>); eventwire never expands them",
                             "hostile") from None


def parse_feed(data: bytes, base_url: str | None = None) -> Any:
    """feedparser's result for a feed's bytes (never a URL: eventwire fetches itself)."""
    screen_xml(data)
    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers,
                              sanitize_html=True, resolve_relative_uris=True)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise InputError(f"not an RSS or Atom feed{f': {problem}' if problem else ''}",
                         "malformed")
    return parsed


def feed_format(parsed: Any) -> str:
    version = str(parsed.get("version") or "")
    return "atom" if version.startswith("atom") else "rss"


def entry_published(entry: Any) -> datetime | None:
    """The item's date as written (its offset kept; RFC 822 ``-0000`` means no zone, so naive);
    feedparser's normalised UTC value when the written form is not RFC 822 or ISO 8601."""
    for key in ("published", "updated", "created"):
        written = entry.get(key)
        if not written:
            continue
        try:
            return parsedate_to_datetime(written)
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(written.strip().replace("Z", "+00:00"))
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            year, month, day, hour, minute, second = parsed[:6]
            return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    return None


def html_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed's content or summary): one paragraph per block
    element, scripts and styles dropped, entities of HTML only (lxml, no network)."""
    if "<" not in fragment:
        return lxml.html.fromstring(f"<p>{fragment}</p>").text_content() if "&" in fragment \
            else fragment
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div", parser=parser)
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]*>", " ", fragment)
    for el in root.iter(*_DROP):
        el.drop_tree()
    parts: list[str] = []

    def walk(el: Any) -> None:
        block = isinstance(el.tag, str) and el.tag.lower() in _BLOCKS
        if block:
            parts.append("\n\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n\n")

    walk(root)
    paragraphs = (" ".join(p.split()) for p in "".join(parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.I).split("/")[0]
    host = host.split("@")[-1].split(":")[0].lower()
    return host.removeprefix("www.") or None


def _body(entry: Any) -> tuple[str, bool]:
    """(text, whether it is the full article): the longest ``content``, else the summary."""
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    if contents:
        best = max(contents, key=lambda c: len(c.get("value", "")))
        value = best["value"]
        return (html_text(value) if "html" in str(best.get("type", "html")) else value), True
    summary = entry.get("summary") or ""
    return html_text(summary), False


def feed_items(parsed: Any, origin: str) -> Iterator[FeedItem]:
    """What each item of a parsed feed says, in feed order."""
    fmt = feed_format(parsed)
    feed_link = parsed.feed.get("link")
    for number, entry in enumerate(parsed.entries, start=1):
        body, full = _body(entry)
        link = entry.get("link") or None
        yield FeedItem(origin=f"{origin}#item-{number}", format=fmt, link=link,
                       title=entry.get("title") or None, published=entry_published(entry),
                       author=entry.get("author") or None, body=body, full=full,
                       source=_domain(link) or _domain(feed_link))


def item_article(item: FeedItem, ctx: ReaderContext) -> Iterator[ReadItem]:
    """One feed item as an Article (or Skip); its page is fetched when the feed carries only a
    summary and fetching is on."""
    if not item.full and item.link and ctx.fetch is not None:
        yield from ctx.fetch(item)
        return
    raw = RawArticle(body=item.body, origin=item.origin, format=item.format, title=item.title,
                     source=item.source, url=item.link, published=item.published,
                     author=item.author)
    yield build_article(raw, ctx)


def read_feed(data: bytes, origin: str, ctx: ReaderContext,
              base_url: str | None = None) -> Iterator[ReadItem]:
    """Every item of an RSS or Atom feed; a feed that cannot be read is one Skip (raised as
    InputError for the dispatcher to record)."""
    parsed = parse_feed(data, base_url)
    for item in feed_items(parsed, origin):
        try:
            yield from item_article(item, ctx)
        except InputError as exc:
            yield Skip(reason=str(exc), code=exc.code, origin=item.origin,
                       article_id="a" + digest("feed-item", item.origin, item.link))
        except Exception as exc:  # noqa: BLE001 - one bad item must not lose the others
            message = " ".join(str(exc).split())[:300]
            yield Skip(reason=f"internal error: {type(exc).__name__}: {message}",
                       code="internal", origin=item.origin,
                       article_id="a" + digest("feed-item", item.origin, item.link))


def with_feed_metadata(raw: RawArticle, item: FeedItem) -> RawArticle:
    """A fetched page's article, with what the feed said where the page says nothing."""
    return replace(raw, title=raw.title or item.title, url=raw.url or item.link,
                   source=raw.source or item.source, author=raw.author or item.author,
                   published=raw.published or item.published)
