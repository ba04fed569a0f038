"""GET /api/v1/fused: fused events — one per real-world event across articles and outlets,
with every mention — under the same filters as /api/v1/events and the same list shape
``{"items": [...], "next": CURSOR_OR_NULL}``, with ``"warning"`` saying how many stored
articles are not yet placed into stories while an ingest runs or after one stopped (a thin
layer over :func:`eventwire.store.fused.fused_page`; rows are `eventwire events --fused`'s)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from eventwire.serve.api import (
    CursorParam,
    EventQueryDep,
    FormatParam,
    LimitParam,
    StoreDep,
    _own_store,
    _stream,
)
from eventwire.store import Store
from eventwire.store import browse as b
from eventwire.store.fused import FUSED_COLUMNS, fused_flat, fused_page
from eventwire.store.placing import unplaced_message

router = APIRouter(prefix="/api/v1")

SourceParam = Annotated[str | None, Query(description="outlet (domain) that published one of "
                                                      "its articles, e.g. reuters.com")]
MinArticlesParam = Annotated[int, Query(ge=1, description="reported by at least this many "
                                                          "articles (copies not counted)")]


@router.get("/fused", summary="Fused events: one per real-world event across articles and "
                              "outlets, with counts and every mention")
def fused(request: Request, store: StoreDep, query: EventQueryDep, cursor: CursorParam = None,
          limit: LimitParam = 50, source: SourceParam = None, min_articles: MinArticlesParam = 1,
          format: FormatParam = "json") -> Any:
    if format != "json":
        def rows(st: Store) -> Iterator[dict[str, Any]]:
            page_cursor: str | None = None
            while True:
                items, page_cursor = fused_page(st.db, query, source=source or None,
                                                min_articles=min_articles,
                                                cursor=page_cursor, limit=b.MAX_LIMIT)
                yield from items
                if page_cursor is None:
                    return

        return _stream(_own_store(request, rows), format, FUSED_COLUMNS, fused_flat, "fused")
    items, nxt = fused_page(store.db, query, source=source or None, min_articles=min_articles,
                            cursor=cursor, limit=limit)
    waiting = unplaced_message(store.db)  # a stopped or running ingest's articles: left out
    return {"items": items, "next": nxt} | ({"warning": waiting} if waiting else {})
