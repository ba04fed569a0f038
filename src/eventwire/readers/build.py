"""Assemble an Article from decoded text and metadata.

Normalise, identify, date, detect language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from eventwire.ids import article_id, digest
from eventwire.language import language_code
from eventwire.models import Article, Skip, TimezoneBasis
from eventwire.settings import Settings
from eventwire.sources import SourceTable
from eventwire.text import normalise, word_count


@dataclass(frozen=True)
class RawArticle:
    """What a reader found, before normalisation. ``published`` may be naive (local)."""

    body: str
    origin: str
    format: str
    title: str | None = None
    source: str | None = None
    source_id: str | None = None
    url: str | None = None
    published: datetime | date | str | None = None
    author: str | None = None
    id: str | None = None


ReadItem = Article | Skip


@dataclass(frozen=True)
class FeedItem:
    """What one RSS/Atom item says (eventwire.readers.feed); ``full`` when ``body`` is the
    whole article (``content:encoded`` or Atom ``content``), not a summary."""

    origin: str
    format: str
    link: str | None
    title: str | None
    published: datetime | None
    author: str | None
    body: str
    full: bool
    source: str | None


@dataclass(frozen=True)
class ReaderContext:
    """What readers need. ``fetch``, when set, turns a feed item that carries only a summary
    into its article by fetching the item's link (eventwire.fetch); None reads the summary."""

    settings: Settings
    sources: SourceTable
    fetch: Callable[[FeedItem], Iterator[ReadItem]] | None = None


def compose_text(title: str | None, body: str) -> str:
    """The article text: the title as its own first paragraph, then the body."""
    body = normalise(body)
    title = normalise(title or "")
    if title and not body.startswith(title):
        return f"{title}\n\n{body}" if body else title
    return body


def localise(raw: RawArticle, ctx: ReaderContext
             ) -> tuple[str | None, str | None, TimezoneBasis]:
    """Return (ISO published, zone name, timezone basis).

    A naive time is local to the outlet: its zone comes from the sources table (basis
    ``outlet``), else the default zone (``default``). An explicit offset is kept as written
    (``input``); the zone is then the table's, or None when the outlet is unknown.
    """
    known = ctx.sources.lookup(raw.source)
    basis: TimezoneBasis = "outlet" if known else "default"
    value = raw.published
    if isinstance(value, str):
        written = value
        try:
            value = datetime.fromisoformat(written.replace("Z", "+00:00"))
        except ValueError:
            return written, known.timezone if known else None, basis
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.isoformat(), known.timezone if known else None, "input"
    zone = known.timezone if known else ctx.settings.default_timezone
    if isinstance(value, datetime):
        return value.replace(tzinfo=ZoneInfo(zone)).isoformat(), zone, basis
    if isinstance(value, date):
        return value.isoformat(), zone, basis
    return None, zone, basis


def build_article(raw: RawArticle, ctx: ReaderContext) -> Article | Skip:
    text = compose_text(raw.title, raw.body)
    words = word_count(text)
    if words < ctx.settings.min_words:
        return Skip(
            reason=f"too little text ({words} words; at least {ctx.settings.min_words} needed)",
            code="empty", origin=raw.origin,
            article_id="a" + digest("empty", raw.origin, text),
        )
    published, zone, basis = localise(raw, ctx)
    language = language_code(text)
    return Article(
        id=raw.id or article_id(text, raw.url), text=text, source=raw.source,
        source_id=raw.source_id, url=raw.url, title=normalise(raw.title or "") or None,
        published=published, timezone=zone, timezone_basis=basis, language=language,
        author=raw.author, origin=raw.origin, format=raw.format,
    )
