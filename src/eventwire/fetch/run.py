"""`eventwire fetch`: URLs (pages or feeds) and local feed files to stored reports.

A feed's items are read with :mod:`eventwire.readers.feed`; with ``articles`` on, an item that
carries only a summary is replaced by its fetched page (through the same :class:`Fetcher`, so
robots.txt, the rate and the limits apply), unless the store already holds that URL's article.
A page is read with the project's HTML reader. What was fetched is stored before the URL's
ETag/Last-Modified are remembered.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import InputError
from eventwire.fetch.client import Fetcher, NotModified, Page, fetch_skip
from eventwire.ids import article_id
from eventwire.ingest import EngineHandle, IngestStats, ingest_items, reader_context
from eventwire.models import Skip
from eventwire.readers import read_paths
from eventwire.readers.build import FeedItem, ReaderContext, ReadItem
from eventwire.readers.feed import looks_like_feed, read_feed
from eventwire.readers.page import HTML_TYPES, media_type, page_article
from eventwire.settings import Settings
from eventwire.store import Store

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml")


@dataclass
class Counts:
    """What happened to one target's feed items (for the line `fetch` prints)."""

    items: int = 0
    already: int = 0  # item pages not fetched: the store holds their article
    not_modified: int = 0  # item pages that answered 304


def is_url(target: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+.-]*://", target, re.I))


class FetchRun:
    def __init__(self, fetcher: Fetcher, store: Store, settings: Settings, *,
                 articles: bool = False, force: bool = False,
                 handle: EngineHandle | None = None) -> None:
        self.fetcher, self.store, self.settings = fetcher, store, settings
        self.articles, self.force = articles, force
        self.handle = handle or EngineHandle(settings)
        self.counts = Counts()
        self._pending: list[Page] = []  # fetched, validators remembered once stored

    def context(self) -> ReaderContext:
        ctx = reader_context(self.settings)
        if not self.articles:
            return ctx
        return ReaderContext(ctx.settings, ctx.sources, fetch=self.item_page)

    def item_page(self, item: FeedItem) -> Iterator[ReadItem]:
        """A summary-only feed item's page (``ReaderContext.fetch``)."""
        assert item.link is not None
        if not self.force and self.store.article_version(article_id("", item.link)):
            self.counts.already += 1
            return
        result = self.fetcher.get(item.link, origin=item.origin)
        if isinstance(result, NotModified):
            self.counts.not_modified += 1
            return
        if isinstance(result, Skip):
            yield result
            return
        yield self._page(result, item.origin, item)
        self._pending.append(result)

    def _page(self, page: Page, origin: str, item: FeedItem | None = None) -> ReadItem:
        kind = media_type(page.content_type)
        if kind and kind not in HTML_TYPES:
            return fetch_skip(page.final_url, f"{page.final_url}: {kind} is neither an HTML "
                              "page nor a feed", "unsupported", origin)
        return page_article(page.body, page.final_url, origin, self.context(),
                            page.content_type, item)

    def target(self, target: str) -> tuple[str, IngestStats]:
        """Fetch (or read) one target and store what it holds: (what it was, stats)."""
        self.counts = Counts()
        self._pending = []
        stats = IngestStats()
        what, items = self._items(target)

        def counted(found: Iterable[ReadItem]) -> Iterator[ReadItem]:
            for item in found:
                self.counts.items += 1
                yield item

        for outcome in ingest_items(counted(items), self.store, self.settings,
                                    force=self.force, handle=self.handle):
            stats.add(outcome)
        for page in self._pending:  # stored: now a 304 may stand for it
            if self.fetcher.state is not None:
                self.fetcher.state.remember(page.url, page.status, page.etag,
                                            page.last_modified)
        return what(), stats

    def _items(self, target: str) -> tuple[Callable[[], str], Iterable[ReadItem]]:
        if not is_url(target):
            if not Path(target).exists():
                return (lambda: "skipped: no such file, and not an http(s) URL"), [fetch_skip(
                    target, f"{target}: no such file, and not an http(s) URL", "unreadable")]
            return (lambda: self._describe("file")), read_paths([target], self.context())
        result = self.fetcher.get(target)
        if isinstance(result, NotModified):
            if self.fetcher.state is not None:
                self.fetcher.state.remember(target, 304, None, None)
            return (lambda: "not modified since the last fetch (HTTP 304): nothing new"), []
        if isinstance(result, Skip):
            return (lambda: f"skipped: {result.reason}"), [result]
        self._pending.append(result)
        kind = media_type(result.content_type)
        if kind in FEED_TYPES or looks_like_feed(result.body):
            return (lambda: self._describe("feed")), self._feed(result)
        return (lambda: f"HTTP {result.status}, {kind or 'page'}"), [self._page(result, target)]

    def _feed(self, page: Page) -> Iterator[ReadItem]:
        try:
            yield from read_feed(page.body, page.url, self.context(), base_url=page.final_url)
        except InputError as exc:
            yield fetch_skip(page.url, f"{page.url}: {exc}", exc.code)

    def _describe(self, kind: str) -> str:
        c = self.counts
        text = f"{kind}, {c.items} item{'s' if c.items != 1 else ''}"
        if c.already:
            text += f"; {c.already} item pages already stored (not fetched)"
        if c.not_modified:
            text += f"; {c.not_modified} item pages not modified (HTTP 304)"
        return text
