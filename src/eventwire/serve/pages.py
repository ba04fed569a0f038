"""The server-rendered web UI: every page is a thin view over :mod:`eventwire.store.browse`.

No script at all: charts, the network and the map are SVG drawn here, annotations open their
record through plain links and CSS :target. Jinja2 escapes everything from the store."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from eventwire import __version__
from eventwire.export import FORMATS as EXPORT_FORMATS
from eventwire.models import MODALITIES, PLOVER_TYPES
from eventwire.serve import annotate, svg
from eventwire.store import Store, queries
from eventwire.store import browse as b

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals.update(
    evidence=annotate.evidence, quad_labels=svg.QUAD_LABELS, quad_colours=svg.QUAD_COLOURS,
    plover_types=PLOVER_TYPES, modalities=MODALITIES, version=__version__,
    export_formats=EXPORT_FORMATS, urlencode=urlencode)
EVENT_FIELDS = ("actor", "partner", "pair", "type", "cameo", "since", "until", "q", "country",
                "place", "modality", "quad_class", "include_negated", "min_confidence", "order",
                "limit")


def _params(request: Request) -> dict[str, str]:
    """The non-empty query parameters of the page."""
    return {k: v for k, v in request.query_params.items() if v != ""}


def event_query(store: Store, params: dict[str, str]) -> b.EventQuery:
    quad = params.get("quad_class")
    if quad is not None and quad not in ("1", "2", "3", "4"):
        raise b.QueryError(f"quad_class {quad!r} is not 1, 2, 3 or 4")
    confidence = params.get("min_confidence")
    try:
        min_confidence = float(confidence) if confidence is not None else None
    except ValueError:
        min_confidence = -1.0
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise b.QueryError(f"min_confidence {confidence!r}: use a number from 0 to 1, "
                           "e.g. 0.6")
    if params.get("order", "newest") not in ("newest", "oldest"):
        raise b.QueryError("order: use newest or oldest")
    query = b.EventQuery(
        actor=params.get("actor"), pair=b.parse_pair(params.get("pair")),
        type=params.get("type"), cameo=params.get("cameo"), since=params.get("since"),
        until=params.get("until"), q=params.get("q"), country=params.get("country"),
        place=params.get("place"), modality=params.get("modality"),
        quad_class=int(quad) if quad else None, partner=params.get("partner"),
        include_negated=params.get("include_negated") in ("1", "true", "on"),
        min_confidence=min_confidence, newest_first=params.get("order", "newest") == "newest")
    return b.validate(store, query)


def _filters(params: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in params.items() if k in EVENT_FIELDS}


def _export_query(filters: dict[str, str]) -> str:
    return urlencode({k: v for k, v in filters.items() if k != "limit"})


def _limit(params: dict[str, str], default: int = 25) -> int:
    value = params.get("limit", str(default))
    if not value.isdigit():
        raise b.QueryError(f"limit {value!r}: use a number from 1 to {b.MAX_LIMIT}")
    return b.check_limit(int(value))


def _render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> Response:
    return _render(request, "error.html", status, status=status, message=message, title="Error")


def install(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(path: str) -> Callable[[Callable[..., Response]], Callable[..., Response]]:
        def wrap(view: Callable[..., Response]) -> Callable[..., Response]:
            def endpoint(request: Request) -> Response:
                store = Store.open_readonly(request.app.state.db_path)
                try:
                    return view(request, store, _params(request))
                finally:
                    store.close()
            endpoint.__name__ = view.__name__
            app.add_api_route(path, endpoint, methods=["GET"], include_in_schema=False,
                              response_class=HTMLResponse)
            return view
        return wrap

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")

    @page("/")
    def dashboard(request: Request, store: Store, params: dict[str, str]) -> Response:
        data = b.summary(store, top=10)
        chart = svg.timeline({"interval": "month", "by": "quad_class",
                              "items": data["per_month"]}, {})
        return _render(request, "dashboard.html", data=data, chart=chart, title="Dashboard")

    @page("/events")
    def events(request: Request, store: Store, params: dict[str, str]) -> Response:
        query = event_query(store, params)
        page_ = b.events_page(store, query, params.get("cursor"), _limit(params))
        filters = _filters(params)
        return _render(request, "events.html", page=page_, filters=filters,
                       total=b.count_events(store, query), facets=b.event_facets(store, query),
                       next_url="/events?" + urlencode(dict(filters, cursor=page_.next))
                       if page_.next else None,
                       export_query=_export_query(filters), first=not params.get("cursor"),
                       title="Events")

    @page("/events/{event_id}")
    def event(request: Request, store: Store, params: dict[str, str]) -> Response:
        item = b.event(store, request.path_params["event_id"])
        quote = None
        if item.get("quote_id"):
            row = store.db.execute("SELECT json FROM quotes WHERE id = ?",
                                   (item["quote_id"],)).fetchone()
            quote = None if row is None else json.loads(row[0])
        return _render(request, "event.html", e=item, quote=quote,
                       title=f"{item['plover']} event")

    @page("/actors")
    def actors(request: Request, store: Store, params: dict[str, str]) -> Response:
        page_ = b.actors_page(store, params.get("q"), params.get("country"),
                              params.get("cursor"), _limit(params, 50))
        keep = {k: v for k, v in params.items() if k in ("q", "country")}
        return _render(request, "actors.html", page=page_, filters=keep,
                       next_url="/actors?" + urlencode(dict(keep, cursor=page_.next))
                       if page_.next else None, title="Actors")

    @page("/actors/{actor_id}")
    def actor(request: Request, store: Store, params: dict[str, str]) -> Response:
        actor_id = request.path_params["actor_id"]
        profile = b.actor(store, actor_id)
        key = profile["actor"]["id"]
        query = b.EventQuery(actor=key)
        interval = params.get("interval", "month")
        base = {"actor": key}
        by_quad = svg.timeline(b.timeline(store, query, interval, "quad_class"), base)
        by_partner = svg.timeline(b.timeline(store, query, interval, "partner"), base)
        net = svg.network(b.network(store, query, "country", top=40), width=640, height=420)
        return _render(request, "actor.html", p=profile, by_quad=by_quad,
                       by_partner=by_partner, network=net, interval=interval, key=key,
                       title=profile["actor"]["name"])

    @page("/articles")
    def articles(request: Request, store: Store, params: dict[str, str]) -> Response:
        page_ = b.articles_page(store, params.get("q"), params.get("cursor"),
                                _limit(params, 50))
        keep = {k: v for k, v in params.items() if k == "q"}
        return _render(request, "articles.html", page=page_, filters=keep,
                       next_url="/articles?" + urlencode(dict(keep, cursor=page_.next))
                       if page_.next else None, title="Articles")

    @page("/articles/{article_id}")
    def article(request: Request, store: Store, params: dict[str, str]) -> Response:
        report = queries.show(store, request.path_params["article_id"])
        focus = None
        if params.get("event"):
            for e in report.get("events", ()):
                if e["id"] == params["event"]:
                    s = e["evidence"]["sentence"]
                    focus = (s["start"], s["end"])
        text = report["article"]["text"]
        return _render(request, "article.html", r=report, a=report["article"],
                       body=annotate.render(text, report, focus),
                       title=report["article"].get("title") or report["article"]["id"])

    @page("/quotes")
    def quotes(request: Request, store: Store, params: dict[str, str]) -> Response:
        page_ = b.quotes_page(store, params.get("speaker"), params.get("about"),
                              params.get("q"), params.get("cursor"), _limit(params, 25))
        keep = {k: v for k, v in params.items() if k in ("speaker", "about", "q")}
        return _render(request, "quotes.html", page=page_, filters=keep,
                       next_url="/quotes?" + urlencode(dict(keep, cursor=page_.next))
                       if page_.next else None, title="Quotes")

    @page("/map")
    def world(request: Request, store: Store, params: dict[str, str]) -> Response:
        query = event_query(store, params)
        places = b.places(store, query)
        filters = _filters(params)
        return _render(request, "map.html", places=places, filters=filters,
                       map=svg.world_map(places, filters), title="Map")

    @page("/network")
    def graph(request: Request, store: Store, params: dict[str, str]) -> Response:
        query = event_query(store, params)
        level = params.get("level", "country")
        data = b.network(store, query, level, top=60)
        filters = _filters(params)
        return _render(request, "network.html", data=data, filters=filters, level=level,
                       network=svg.network(data, actor_links=True),
                       export_query=_export_query(filters), title="Network")
