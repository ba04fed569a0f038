"""The HTTP API under /api/v1/: a thin layer over :mod:`eventwire.store.browse`.

Lists are ``{"items": [...], "next": CURSOR_OR_NULL}``; pass ``next`` back as ``cursor``.
``?format=csv|jsonl`` streams every matching row (not one page) in the CLI's CSV/JSONL shape.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from eventwire import output
from eventwire.export import FORMATS as EXPORT_FORMATS
from eventwire.export import MEDIA, SUFFIX, export_stream
from eventwire.store import Store
from eventwire.store import browse as b

router = APIRouter(prefix="/api/v1")

ListFormat = Literal["json", "jsonl", "csv"]
FormatParam = Annotated[ListFormat, Query(description="json (one page), or jsonl/csv (every "
                                                      "matching row, streamed)")]
CursorParam = Annotated[str | None, Query(description="the `next` value of the previous page")]
LimitParam = Annotated[int, Query(ge=1, le=b.MAX_LIMIT, description="items per page")]


def get_store(request: Request) -> Iterator[Store]:
    store = Store.open_readonly(request.app.state.db_path)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]


def event_query(
    store: StoreDep,
    actor: Annotated[str | None, Query(description="ISO code, actor id or name, either side")]
    = None,
    pair: Annotated[str | None, Query(description="SOURCE,TARGET (directed), e.g. IRN,USA")]
    = None,
    type: Annotated[str | None, Query(description="PLOVER type (SANCTION) or CAMEO prefix")]
    = None,
    cameo: Annotated[str | None, Query(description="CAMEO code prefix, e.g. 163")] = None,
    since: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    q: Annotated[str | None, Query(description="text in the evidence sentence")] = None,
    country: Annotated[str | None, Query(description="ISO alpha-3 code of the event place")]
    = None,
    place: Annotated[str | None, Query(description="event place name")] = None,
    modality: Annotated[str | None, Query(description="asserted, intended, hypothetical, "
                                                      "reported, question or future")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1 verbal cooperation, "
                          "2 material cooperation, 3 verbal conflict, 4 material conflict")]
    = None,
    article: Annotated[str | None, Query(description="only events of this article")] = None,
    partner: Annotated[str | None, Query(description="with actor: events between actor and "
                                                     "this partner, either direction")] = None,
    include_negated: Annotated[bool, Query(description="also negated events")] = False,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description=(
        "only events found at least this surely: 0.9 dictionary pattern, 0.8 lexicon word, "
        "0.6 dictionary verb, 0.4 word-vector neighbour, 0.3 fallback side"))] = None,
    order: Annotated[Literal["newest", "oldest"], Query(description="date order")] = "newest",
) -> b.EventQuery:
    query = b.EventQuery(actor=actor or None, pair=b.parse_pair(pair), type=type or None,
                         cameo=cameo or None, since=since or None, until=until or None,
                         q=q or None, country=country or None, place=place or None,
                         modality=modality or None, quad_class=quad_class,
                         article=article or None, partner=partner or None,
                         include_negated=include_negated, min_confidence=min_confidence,
                         newest_first=order == "newest")
    return b.validate(store, query)


EventQueryDep = Annotated[b.EventQuery, Depends(event_query)]


def _own_store(request: Request, make: Callable[[Store], Iterator[Any]]) -> Iterator[Any]:
    """Rows of a streamed response read through a connection of their own (the request's
    store is closed once the endpoint returns, before the body is sent)."""
    store = Store.open_readonly(request.app.state.db_path)
    try:
        yield from make(store)
    finally:
        store.close()


def _stream(rows: Iterator[dict[str, Any]], fmt: str, columns: tuple[str, ...],
            flatten: Callable[[dict[str, Any]], dict[str, Any]] | None, name: str) -> Response:
    def lines() -> Iterator[str]:
        if fmt == "csv":
            yield output.csv_text([], columns)
        for row in rows:
            if fmt == "jsonl":
                yield output.jsonl([row])
            else:
                yield output.csv_text([flatten(row) if flatten else row], columns).split(
                    "\n", 1)[1]
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
    return StreamingResponse(lines(), media_type=media, headers={
        "Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


def _pages(fetch: Callable[[str | None], b.Page]) -> Iterator[dict[str, Any]]:
    cursor: str | None = None
    while True:
        page = fetch(cursor)
        yield from page.items
        if page.next is None:
            return
        cursor = page.next


@router.get("/events", summary="Events with their evidence, newest first")
def events(request: Request, store: StoreDep, query: EventQueryDep, cursor: CursorParam = None,
           limit: LimitParam = 50, format: FormatParam = "json") -> Any:
    if format != "json":
        rows = _own_store(request, lambda s: b.iter_events(s, query))
        return _stream(rows, format, output.EVENT_COLUMNS, output.event_row, "events")
    return b.events_page(store, query, cursor, limit).to_dict()


@router.get("/events/{event_id}", summary="One event with its article and evidence")
def event(store: StoreDep, event_id: str) -> Any:
    return b.event(store, event_id)


@router.get("/facets", summary="Counts of the matching events by type, QuadClass, modality, "
                               "source, target and place country",
            description=b.counted_note("facets"))
def facets(store: StoreDep, query: EventQueryDep) -> Any:
    return {"total": b.count_events(store, query), "facets": b.event_facets(store, query)}


@router.get("/quotes", summary="Quotes with their speakers, newest first")
def quotes(request: Request, store: StoreDep,
           speaker: Annotated[str | None, Query(description="speaker name or actor id")] = None,
           about: Annotated[str | None, Query(description="an actor the quote mentions")]
           = None,
           q: Annotated[str | None, Query(description="text in the quote")] = None,
           article: Annotated[str | None, Query(description="only quotes of this article")]
           = None,
           cursor: CursorParam = None, limit: LimitParam = 50,
           format: FormatParam = "json") -> Any:
    def fetch(st: Store, c: str | None, size: int = limit) -> b.Page:
        return b.quotes_page(st, speaker or None, about or None, q or None, c, size,
                             article or None)
    if format != "json":
        rows = _own_store(request, lambda s: _pages(lambda c: fetch(s, c, b.MAX_LIMIT)))
        return _stream(rows, format, output.QUOTE_COLUMNS, output.quote_row, "quotes")
    return fetch(store, cursor).to_dict()


@router.get("/actors", summary="Actors by number of events, with counts")
def actors(request: Request, store: StoreDep,
           q: Annotated[str | None, Query(description="part of a name, or an actor id")] = None,
           country: Annotated[str | None, Query(description="ISO alpha-3 code")] = None,
           cursor: CursorParam = None, limit: LimitParam = 50,
           format: FormatParam = "json") -> Any:
    def fetch(st: Store, c: str | None, size: int = limit) -> b.Page:
        return b.actors_page(st, q or None, country or None, c, size)
    if format != "json":
        rows = _own_store(request, lambda s: _pages(lambda c: fetch(s, c, b.MAX_LIMIT)))
        return _stream(rows, format, output.ACTOR_COLUMNS, None, "actors")
    return fetch(store, cursor).to_dict()


@router.get("/actors/{actor_id}", summary="One actor (or an ISO country code): counts, "
                                          "partners by QuadClass, quotes, latest events")
def actor(store: StoreDep, actor_id: str) -> Any:
    return b.actor(store, actor_id)


@router.get("/articles", summary="Stored articles, newest first")
def articles(request: Request, store: StoreDep,
             q: Annotated[str | None, Query(description="SQLite FTS5 query over title and "
                                                        "text")] = None,
             cursor: CursorParam = None, limit: LimitParam = 50,
             format: FormatParam = "json") -> Any:
    def fetch(st: Store, c: str | None, size: int = limit) -> b.Page:
        return b.articles_page(st, q or None, c, size)
    if format != "json":
        fetch(store, None, 1)  # a bad query is a 400 before streaming starts
        rows = _own_store(request, lambda s: _pages(lambda c: fetch(s, c, b.MAX_LIMIT)))
        return _stream(rows, format, output.ARTICLE_COLUMNS, None, "articles")
    return fetch(store, cursor).to_dict()


@router.get("/articles/{article_id}", summary="One article: the full report (as `eventwire "
                                              "show`)")
def article(store: StoreDep, article_id: str) -> Any:
    from eventwire.store import queries

    return queries.show(store, article_id)


@router.get("/timeline", summary="Event counts per day, week or month, by QuadClass, PLOVER "
                                 "type or partner",
            description=b.counted_note("timeline") + " By partner: "
            + b.COUNTED_FILTERS["timeline by=partner"] + ".")
def timeline(store: StoreDep, query: EventQueryDep,
             interval: Annotated[Literal["day", "week", "month", "year"], Query()] = "month",
             by: Annotated[Literal["quad_class", "plover", "partner", "none"],
                           Query(description="partner needs actor")] = "quad_class",
             top: Annotated[int, Query(ge=1, le=b.MAX_TOP,
                                       description="by=partner: the partners with most "
                                                   "events")] = 10,
             count: Annotated[Literal["reports", "events"], Query(description=(
                 "reports: every coded event of every article; events: each real-world event "
                 "once, fused across articles and outlets"))] = "reports") -> Any:
    if count == "events":  # issue 15 (stories): store/fused.py
        from eventwire.store.fused import fused_timeline

        return fused_timeline(store.db, query, interval, by)
    return b.timeline(store, query, interval, by, top)


@router.get("/network", summary="Who acts on whom: nodes and weighted directed edges",
            description=b.counted_note("network"))
def network(store: StoreDep, query: EventQueryDep,
            level: Annotated[Literal["country", "actor"], Query()] = "country",
            top: Annotated[int, Query(ge=1, le=1000, description="largest edges kept")] = 100,
            ) -> Any:
    return b.network(store, query, level, top)


@router.get("/places", summary="Event places with coordinates and event counts",
            description=b.counted_note("places"))
def places(store: StoreDep, query: EventQueryDep) -> Any:
    return {"items": b.places(store, query), "next": None}


@router.get("/summary", summary="Counts, top dyads, types, events per month, latest events")
def summary(store: StoreDep, count: Annotated[Literal["reports", "events"], Query(
        description="reports: every coded event of every article; events: each real-world "
                    "event once (fused): counts, types and per_month")] = "reports") -> Any:
    data = b.summary(store)
    if count == "events":  # issue 15 (stories): store/fused.py
        from eventwire.store.fused import fused_counts, fused_timeline

        counted = fused_counts(store.db)
        data["counts"] = data["counts"] | {"events": counted["events"],
                                           "negated_events": counted["negated_events"]}
        data["types"] = counted["types"]
        data["per_month"] = fused_timeline(store.db, b.EventQuery(), "month",
                                           "quad_class")["items"]
    return data


@router.get("/export", summary="Download the matching events as GDELT, PLOVER, CSV, JSONL, "
                               "Parquet or GEXF")
def export(request: Request, store: StoreDep, query: EventQueryDep,
           format: Annotated[str, Query(description=", ".join(EXPORT_FORMATS))] = "jsonl",
           count: Annotated[Literal["reports", "events"], Query(description=(
               "reports: a row per coded event of each article; events: a row per real-world "
               "event, fused across articles (gdelt, gdelt-mentions, jsonl, csv)"))] = "reports",
           ) -> Response:
    if format not in EXPORT_FORMATS:
        return JSONResponse(status_code=400, content={
            "error": f"unknown export format {format!r}: use one of "
                     f"{', '.join(EXPORT_FORMATS)}"})
    if count == "events":  # issue 15 (stories): export/fused.py
        media, name, _ = export_stream(store, query, format, count)  # checks the format
        body = _own_store(request, lambda s: export_stream(s, query, format, count)[2])
    elif format in ("parquet", "gexf"):  # written whole, through the request's store
        media, name, body = export_stream(store, query, format)
    else:
        media, name = MEDIA[format], f"eventwire-events.{SUFFIX[format]}"
        body = _own_store(request, lambda s: export_stream(s, query, format)[2])
    return StreamingResponse(body, media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})
