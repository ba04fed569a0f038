"""Read-side queries over the store. Results are the stored record JSON plus provenance."""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from eventwire.errors import ConfigError
from eventwire.models import (
    CUE_CLASSES,
    PLOVER_TYPES,
    Actor,
    Article,
    Event,
    PipelineInfo,
    Place,
    Quote,
    Report,
    Skip,
    TimeRef,
    record_from_dict,
)
from eventwire.store import search
from eventwire.store.records import EVENT_RECORD_SQL, event_record
from eventwire.store.sqlite import Store, require_article

PAGE_SIZE = 100  # rows per page when the caller gives no limit
# The evidence sentence of event row ``e``, cut from its article row ``a``.
SENTENCE = "substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)"


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None  # ISO code, actor id, actor code or name fragment, either side
    pair: tuple[str, str] | None = None  # (source, target), directed
    type: str | None = None  # PLOVER type or CAMEO code prefix
    since: str | None = None
    until: str | None = None
    search: str | None = None  # words or a phrase in the evidence sentence (FTS5 query syntax)
    include_negated: bool = False
    limit: int | None = PAGE_SIZE  # rows per page; None for every match
    newest_first: bool = False
    facts_only: bool = False  # asserted or reported: not intended, hypothetical or future
    cursor: str | None = None  # `Page.next` of the previous page
    source: str | None = None  # outlet domain of the article (kayhan.ir)
    # further conditions on the events row ``e`` (SQL, parameters), e.g. the web API's place,
    # modality and QuadClass filters; they ride on the same indexed walk
    extra: tuple[tuple[str, tuple[Any, ...]], ...] = ()
    min_confidence: float | None = None  # events found at least this surely (Event.confidence)


@dataclass(frozen=True)
class Page:
    """One page of results; ``next`` is the cursor of the following page, None on the last."""

    rows: list[dict[str, Any]]
    next: str | None


def encode_cursor(sort_date: str, event_id: str) -> str:
    raw = f"{sort_date}\x1f{event_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        sort_date, event_id = raw.split("\x1f")
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"bad cursor {cursor!r}: pass the cursor printed with the previous "
                          "page unchanged") from exc
    return sort_date, event_id


def resolve_actor(store: Store, value: str, cap: int = 500) -> list[str]:
    """The lookup keys (actor ids and ISO country codes) a user's actor string stands for:
    the string itself when it is an actor id or a country code (any case), else the actors
    with that CAMEO-style code, else the actors whose name contains it (case-insensitive),
    the ``cap`` with most events."""
    value = value.strip()
    if not value:
        return []
    db = store.db
    for candidate in dict.fromkeys([value, value.upper()] if len(value) == 3 else [value]):
        if db.execute("SELECT 1 FROM actor_events WHERE key = ? LIMIT 1",
                      (candidate,)).fetchone():
            return [candidate]
    rows = db.execute("SELECT actor_id FROM actor_index WHERE code = ? "
                      "ORDER BY events DESC, actor_id LIMIT ?", (value.upper(), cap)).fetchall()
    if not rows:
        rows = db.execute("SELECT actor_id FROM actor_index WHERE name LIKE ? "
                          "ORDER BY events DESC, actor_id LIMIT ?",
                          (f"%{_like_escape(value)}%", cap)).fetchall()
    return [r[0] for r in rows]


def _like_escape(value: str) -> str:
    return value.replace("%", "").replace("_", "")


def _marks(values: list[Any]) -> str:
    return ",".join("?" * len(values))


def fts_query(search: str) -> str:
    """A plain string is matched as a phrase; FTS5 syntax (quotes, AND/OR/NOT, NEAR, *) is
    passed through."""
    if '"' in search or "*" in search or any(op in search.split()
                                              for op in ("AND", "OR", "NOT", "NEAR")):
        return search
    return '"' + search + '"'


def _until(value: str) -> str:
    """The last sort date an --until value covers: 2025 -> 2025-99-99 (sort dates compare as
    text, so every day of 2025 is <= it)."""
    return value + "-99-99"[len(value) - 4:] if len(value) < 10 else value


def span_where(where: list[str], params: list[Any], *, include_negated: bool,
               since: str | None, until: str | None, date: str = "sort_date",
               asserted: str = "negated = 0") -> None:
    """The clauses every event query shares: asserted events only unless negated ones are
    asked for, and the --since/--until span on the sort date (``date`` and ``asserted`` name
    the caller's columns: an alias, another table, or DuckDB's spelling)."""
    if not include_negated:
        where.append(asserted)
    if since:
        where.append(f"{date} >= ?")
        params.append(since)
    if until:
        where.append(f"{date} <= ?")
        params.append(_until(until))


def _event_filters(f: EventFilter, where: list[str], params: list[Any],
                   with_search: bool = True) -> bool:
    """Filters on the events row; True when any was added (the query must join events).
    ``with_search`` False leaves the text search to the caller (see :mod:`.search`)."""
    n = len(where)
    if f.facts_only:
        where.append("e.modality IN ('asserted', 'reported') AND e.date_start IS NOT NULL")
    if f.type:
        kind = f.type.upper()
        if kind.isdigit():
            where.append("e.cameo >= ? AND e.cameo < ?")
            params += [kind, kind + ":"]  # ':' sorts right after '9'
        elif kind in PLOVER_TYPES:
            where.append("e.plover = ?")
            params.append(kind)
        else:
            raise ConfigError(f"unknown event type {f.type!r}: use a PLOVER type "
                              f"({', '.join(PLOVER_TYPES)}) or a CAMEO code such as 163")
    if f.search and with_search:
        where.append(search.CONDITION)
        params.append(fts_query(f.search))
    if f.source:
        where.append("e.article_id IN (SELECT id FROM articles WHERE source = ?)")
        params.append(outlet(f.source))
    for sql, values in f.extra:
        where.append(sql)
        params += list(values)
    if f.min_confidence is not None:  # stored before confidence existed: 1.0
        where.append("COALESCE(json_extract(e.rest, '$.confidence'), 1.0) >= ?")
        params.append(f.min_confidence)
    return len(where) > n


def outlet(value: str) -> str:
    """An outlet as stored: lower case, no scheme, no www."""
    value = value.strip().lower().removeprefix("https://").removeprefix("http://")
    return value.removeprefix("www.").rstrip("/")


def like(value: str) -> str:
    """A LIKE pattern matching ``value`` anywhere, its own % and _ taken literally (use with
    ``ESCAPE '\\'``)."""
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def published_where(alias: str, since: str | None, until: str | None, source: str | None,
                    clauses: list[str], params: list[Any]) -> None:
    """Publication date (YYYY, YYYY-MM or YYYY-MM-DD, inclusive) and outlet filters on
    articles ``alias``."""
    if since:
        clauses.append(f"substr({alias}.published, 1, 10) >= ?")
        params.append(since)
    if until:
        clauses.append(f"substr({alias}.published, 1, ?) <= ?")
        params += [len(until), until]
    if source:
        clauses.append(f"{alias}.source = ?")
        params.append(outlet(source))


def _key_sql(value: str) -> tuple[str, list[Any]]:
    """SQL for the lookup keys of an actor string, for callers without a store at hand: the
    string as a key, actors with that code, and actors whose name contains it."""
    value = value.strip()
    exact = [value, value.upper()] if len(value) == 3 else [value, value]
    return ("SELECT ? UNION SELECT ? UNION SELECT actor_id FROM actor_index "
            "WHERE code = ? OR name LIKE ?", exact + [value.upper(), f"%{_like_escape(value)}%"])


def _event_where(f: EventFilter) -> tuple[str, list[Any]]:
    """``f`` as a WHERE clause over events ``e`` (joined to articles ``a``), through the
    indexed lookup tables; ordering and paging are the caller's (see :func:`event_page` for
    the fast ordered walk)."""
    where: list[str] = []
    params: list[Any] = []
    if not f.include_negated:
        where.append("e.negated = 0")
    # the dates narrow the actor's and the pair's index ranges too (key, then sort date), so a
    # big actor's events in one year are the only ones looked up
    span: list[str] = []
    span_params: list[Any] = []
    span_where(span, span_params, include_negated=True, since=f.since, until=f.until)
    span_sql = "".join(f" AND {c}" for c in span)
    if f.actor:
        keys, p = _key_sql(f.actor)
        where.append(f"e.id IN (SELECT event FROM actor_events WHERE key IN ({keys}){span_sql})")
        params += p + span_params
    if f.pair:
        (skeys, sp), (tkeys, tp) = _key_sql(f.pair[0]), _key_sql(f.pair[1])
        where.append(f"e.id IN (SELECT event FROM dyads WHERE source IN ({skeys}) "
                     f"AND target IN ({tkeys}){span_sql})")
        params += sp + tp + span_params
    if f.since:
        where.append("e.sort_date >= ?")
        params.append(f.since)
    if f.until:
        where.append("e.sort_date <= ?")
        params.append(_until(f.until))
    _event_filters(f, where, params)
    return " AND ".join(where) or "1=1", params


def event_page(store: Store, f: EventFilter) -> Page:
    """One page of events matching ``f`` in date order (then event id), with evidence.

    Actor and pair filters resolve the user's strings to lookup keys first, then walk the
    ``actor_events`` or ``dyads`` index in date order, so the first page costs the same at
    ten million events as at a thousand."""
    where: list[str] = []
    params: list[Any] = []
    multi = False
    if f.pair:
        sources, targets = resolve_actor(store, f.pair[0]), resolve_actor(store, f.pair[1])
        if not sources or not targets:
            return Page([], None)
        source = "dyads d"
        where += [f"d.source IN ({_marks(sources)})", f"d.target IN ({_marks(targets)})"]
        params += sources + targets
        multi = len(sources) > 1 or len(targets) > 1
        if f.actor:
            keys = resolve_actor(store, f.actor)
            where.append(f"d.event IN (SELECT event FROM actor_events WHERE key IN "
                         f"({_marks(keys)}))")
            params += keys
    elif f.actor:
        keys = resolve_actor(store, f.actor)
        if not keys:
            return Page([], None)
        source = "actor_events d"
        where.append(f"d.key IN ({_marks(keys)})")
        params += keys
        multi = len(keys) > 1
    else:
        source = "events e"
    p, pid = ("e", "e.id") if source == "events e" else ("d", "d.event")
    span_where(where, params, include_negated=f.include_negated, since=f.since, until=f.until,
               date=f"{p}.sort_date", asserted=f"{p}.negated = 0")
    cursor = decode_cursor(f.cursor) if f.cursor else None
    if cursor:
        where.append(f"({p}.sort_date, {pid}) {'<' if f.newest_first else '>'} (?, ?)")
        params += list(cursor)
    # a text search alone reads its matches day by day from the date-ordered index
    dated = bool(f.search) and p == "e" and f.limit is not None
    if _event_filters(f, where, params, with_search=not dated) and p == "d":
        source += " JOIN events e ON e.id = d.event"
    order = " DESC" if f.newest_first else ""
    if dated:
        try:
            found = search.page_keys(
                store.db, fts_query(f.search or ""), where, params, limit=int(f.limit or 0) + 1,
                newest_first=f.newest_first, cursor_date=cursor[0] if cursor else None,
                since=f.since, until=_until(f.until) if f.until else None)
        except sqlite3.OperationalError as exc:
            raise _bad_search(f, exc) from exc
        inner = "SELECT value ->> 0 AS sort_date, value ->> 1 AS event FROM json_each(?)"
        params = [json.dumps(found)]
    else:
        inner = (f"SELECT {p}.sort_date AS sort_date, {pid} AS event FROM {source} "
                 f"WHERE {' AND '.join(where) or '1=1'} "
                 f"{'GROUP BY 1, 2 ' if multi else ''}ORDER BY 1{order}, 2{order}")
        if f.limit is not None:
            inner += f" LIMIT {int(f.limit) + 1}"
    sql = (f"SELECT {EVENT_RECORD_SQL}, k.sort_date, a.id AS article_id, a.source, a.published, "
           f"{SENTENCE} AS sentence "
           f"FROM ({inner}) k JOIN events e ON e.id = k.event "
           f"JOIN articles a ON a.id = e.article_id ORDER BY k.sort_date{order}, k.event{order}")
    try:
        rows = store.db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if f.search:  # the only user-supplied syntax in the statement
            raise _bad_search(f, exc) from exc
        raise
    more = f.limit is not None and len(rows) > f.limit
    rows = rows[:f.limit] if f.limit is not None else rows
    out = [_with_provenance(row, event_record(row), sentence=row["sentence"].strip())
           for row in rows]
    last = rows[-1] if more else None
    return Page(out, encode_cursor(last["sort_date"], out[-1]["id"]) if last else None)


def _bad_search(f: EventFilter, exc: sqlite3.OperationalError) -> ConfigError:
    return ConfigError(f"bad --search query {f.search!r}: {exc}; quote phrases with double "
                       "quotes")


def events(store: Store, f: EventFilter) -> list[dict[str, Any]]:
    """The rows of one page of :func:`event_page` (every match when ``f.limit`` is None)."""
    return event_page(store, f).rows


def iter_events(store: Store, f: EventFilter, page_size: int = 1000) -> Iterator[dict[str, Any]]:
    """Every event matching ``f``, fetched page by page (for exports)."""
    f = replace(f, limit=page_size)
    while True:
        page = event_page(store, f)
        yield from page.rows
        if page.next is None:
            return
        f = replace(f, cursor=page.next)


def dyad_timeline(store: Store, source: str, target: str, interval: str = "week",
                  since: str | None = None, until: str | None = None,
                  include_negated: bool = False) -> list[dict[str, Any]]:
    """Events per week (Monday) or month for a directed pair, oldest first; events with no
    known date are left out."""
    sources, targets = resolve_actor(store, source), resolve_actor(store, target)
    if not sources or not targets:
        return []
    bucket = {"week": "date(d.sort_date, '-6 days', 'weekday 1')",
              "month": "substr(d.sort_date, 1, 7)", "year": "substr(d.sort_date, 1, 4)"}
    if interval not in bucket:
        raise ConfigError(f"unknown interval {interval!r}: use week, month or year")
    where = [f"d.source IN ({_marks(sources)})", f"d.target IN ({_marks(targets)})",
             "d.sort_date != ''"]
    params: list[Any] = sources + targets
    span_where(where, params, include_negated=include_negated, since=since, until=until,
               date="d.sort_date", asserted="d.negated = 0")
    sql = (f"SELECT {bucket[interval]} AS period, COUNT(DISTINCT d.event) AS events "
           f"FROM dyads d WHERE {' AND '.join(where)} GROUP BY 1 ORDER BY 1")
    return [dict(r) for r in store.db.execute(sql, params)]


def top_dyads(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    """The most frequent directed country pairs of asserted (not negated) events."""
    rows = store.db.execute("SELECT source, target, n AS events FROM pair_counts WHERE n > 0 "
                            "ORDER BY n DESC, source, target LIMIT ?", (limit,))
    return [dict(r) for r in rows]


def _with_provenance(row: Any, data: dict[str, Any] | None = None, **extra: Any
                     ) -> dict[str, Any]:
    """The record (``data``, else the row's JSON) with the article's provenance."""
    data = json.loads(row["json"]) if data is None else data
    data.update(article_id=row["article_id"], source_outlet=row["source"],
                published=row["published"], **extra)
    return data


def quote_where(speaker: str | None = None, about: str | None = None,
                search: str | None = None, cue_classes: Sequence[str] = ()
                ) -> tuple[str, list[Any]]:
    """The WHERE clause (over ``quotes q``) and parameters of a quote filter. Text is matched
    literally (a % or _ in it is no wildcard)."""
    clauses, params = ["1=1"], []
    if cue_classes:
        unknown = sorted(set(cue_classes) - set(CUE_CLASSES))
        if unknown:
            raise ConfigError(f"unknown cue class {', '.join(unknown)}; choose from "
                              f"{', '.join(CUE_CLASSES)}")
        marks = ",".join("?" * len(cue_classes))
        clauses.append(f"json_extract(q.json, '$.cue_class') IN ({marks})")
        params += list(cue_classes)
    if speaker:
        clauses.append("(q.speaker_name LIKE ? ESCAPE '\\' OR q.speaker_actor = ? OR "
                       "q.speaker_actor IN (SELECT actor_id FROM actors "
                       "WHERE name LIKE ? ESCAPE '\\'))")
        params += [like(speaker), speaker, like(speaker)]
    if about:
        clauses.append("EXISTS (SELECT 1 FROM mentions m JOIN actors ac ON ac.article_id = "
                       "m.article_id AND ac.actor_id = m.actor_id "
                       "WHERE m.article_id = q.article_id "
                       "AND m.start >= q.start AND m.\"end\" <= q.\"end\" AND (ac.country = ? OR "
                       "ac.actor_id = ? OR ac.name LIKE ? ESCAPE '\\'))")
        params += [about.upper(), about, like(about)]
    if search:
        clauses.append("q.text LIKE ? ESCAPE '\\'")
        params.append(like(search))
    return " AND ".join(clauses), params


def _page(sql: str, limit: int | None, offset: int) -> str:
    if limit:
        sql += f" LIMIT {int(limit)}"
    if offset:
        sql += f"{'' if limit else ' LIMIT -1'} OFFSET {int(offset)}"
    return sql


def quotes(store: Store, speaker: str | None = None, about: str | None = None,
           search: str | None = None, limit: int | None = None, *, since: str | None = None,
           until: str | None = None, source: str | None = None, newest_first: bool = False,
           offset: int = 0, cue_classes: Sequence[str] = (), cursor: str | None = None
           ) -> list[dict[str, Any]]:
    """Quotes in publication order (oldest first unless ``newest_first``); the rows of
    :func:`quote_page`."""
    return quote_page(store, speaker, about, search, limit, since=since, until=until,
                      source=source, newest_first=newest_first, offset=offset,
                      cue_classes=cue_classes, cursor=cursor).rows


def encode_quote_cursor(published: str | None, article_id: str, start: int,
                        quote_id: str) -> str:
    raw = json.dumps([published or "", article_id, start, quote_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_quote_cursor(cursor: str) -> tuple[str, str, int, str]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        published, article_id, start, quote_id = values
        if not (isinstance(published, str) and isinstance(article_id, str)
                and isinstance(start, int) and isinstance(quote_id, str)):
            raise ValueError(values)
    except (ValueError, TypeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"bad cursor {cursor!r}: pass the cursor printed with the previous "
                          "page of quotes unchanged") from exc
    return published, article_id, start, quote_id


def quote_after(cursor: str, newest_first: bool, published: str, article_id: str,
                start: str, quote_id: str) -> tuple[str, list[Any]]:
    """The keyset condition for the quotes after ``cursor``: articles by (publication, id) in
    the page order, and within an article by (start, id) ascending."""
    pub, aid, begin, qid = decode_quote_cursor(cursor)
    op = "<" if newest_first else ">"
    return (f"(({published}, {article_id}) {op} (?, ?) OR (({published}, {article_id}) = "
            f"(?, ?) AND ({start}, {quote_id}) > (?, ?)))", [pub, aid, pub, aid, begin, qid])


def quote_page(store: Store, speaker: str | None = None, about: str | None = None,
               search: str | None = None, limit: int | None = None, *,
               since: str | None = None, until: str | None = None, source: str | None = None,
               newest_first: bool = False, offset: int = 0, cue_classes: Sequence[str] = (),
               cursor: str | None = None) -> Page:
    """One page of quotes in publication order (then article id, then position); ``next`` is
    the keyset cursor of the following page when ``limit`` cut it short."""
    where, params = quote_where(speaker, about, search, cue_classes)
    clauses = [where]
    published_where("a", since, until, source, clauses, params)
    if cursor:
        clause, values = quote_after(cursor, newest_first, "COALESCE(a.published, '')", "a.id",
                                     "q.start", "q.id")
        clauses.append(clause)
        params += values
    order = " DESC" if newest_first else ""
    sql = (f"SELECT q.json, q.id, q.start, a.id AS article_id, a.source, a.published "
           f"FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {' AND '.join(clauses)} "
           f"ORDER BY COALESCE(a.published, ''){order}, a.id{order}, q.start, q.id")
    rows = store.db.execute(_page(sql, limit + 1 if limit else limit, offset), params).fetchall()
    more = bool(limit) and len(rows) > (limit or 0)
    rows = rows[:limit] if limit else rows
    last = rows[-1] if more else None
    nxt = encode_quote_cursor(last["published"], last["article_id"], last["start"],
                              last["id"]) if last else None
    return Page([_with_provenance(row) for row in rows], nxt)


def actors(store: Store, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Actors across the store, most mentioned first, from the maintained actor index."""
    sql = ("SELECT actor_id AS id, name, kind, country, sector, role, articles, mentions, events "
           "FROM actor_index WHERE articles > 0 ORDER BY mentions DESC, name")
    return [dict(row) for row in store.db.execute(_page(sql, limit, offset))]


def articles(store: Store, search: str | None = None, limit: int | None = None, *,
             since: str | None = None, until: str | None = None, source: str | None = None,
             newest_first: bool = False, offset: int = 0) -> list[dict[str, Any]]:
    """Stored articles in publication order (oldest first unless ``newest_first``);
    ``search`` is an FTS5 query over title and text."""
    clauses, params = ["1=1"], []
    if search:
        clauses = ["a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"]
        params.append(search)
    published_where("a", since, until, source, clauses, params)
    order = " DESC" if newest_first else ""
    sql = (f"SELECT a.id, a.published, a.source, a.title, a.status, "
           f"(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events, "
           f"(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes "
           f"FROM articles a WHERE {' AND '.join(clauses)} "
           f"ORDER BY a.published{order}, a.id{order}")
    try:
        return [dict(row) for row in store.db.execute(_page(sql, limit, offset), params)]
    except sqlite3.OperationalError as exc:
        raise ConfigError(f"bad --search query {search!r}: {exc}; quote phrases with "
                          "double quotes, e.g. '\"maximum pressure\"'") from exc


def skips(store: Store, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    sql = "SELECT article_id, origin, code, reason, at FROM skips ORDER BY id"
    return [dict(row) for row in store.db.execute(_page(sql, limit, offset))]


STORED_RECORDS: tuple[tuple[str, type, str], ...] = (
    ("actors", Actor, "rowid"), ("quotes", Quote, "start"),
    ("times", TimeRef, "start"), ("places", Place, "position"))


def show(store: Store, article_id: str) -> dict[str, Any]:
    """The stored report of one article: rebuilt as a :class:`Report` from the stored records
    and serialised by ``Report.to_dict``, as `eventwire extract` prints it."""
    row = require_article(store.db, article_id)
    aid = row["id"]
    article = Article(**{f.name: row[f.name] for f in fields(Article)})
    pipeline = record_from_dict(PipelineInfo, json.loads(row["pipeline_json"]))
    warnings = tuple(json.loads(row["warnings_json"]))
    skip = store.db.execute("SELECT code, reason, origin FROM skips WHERE article_id = ? "
                            "AND code != 'placement'",  # placing.PLACEMENT_SKIP: analysed
                            (aid,)).fetchone()
    if skip:
        found = Skip(reason=skip["reason"], code=skip["code"], origin=skip["origin"],
                     article_id=aid)
        return Report(article, pipeline, skip=found, warnings=warnings).to_dict()
    records: dict[str, Any] = {
        table: tuple(record_from_dict(cls, json.loads(r[0])) for r in store.db.execute(
            f"SELECT json FROM {table} WHERE article_id = ? ORDER BY {order}", (aid,)))
        for table, cls, order in STORED_RECORDS}
    records["events"] = tuple(record_from_dict(Event, event_record(r)) for r in store.db.execute(
        f"SELECT {EVENT_RECORD_SQL} FROM events e WHERE e.article_id = ? ORDER BY e.n", (aid,)))
    return Report(article, pipeline, warnings=warnings, **records).to_dict()


def summary(store: Store, top: int = 5) -> dict[str, Any]:
    """Counts, top country pairs and event types, from the tables triggers maintain."""
    db = store.db
    counts = {r["name"]: r["n"] for r in db.execute("SELECT name, n FROM counts")}
    counts = {name: counts.get(name, 0)
              for name in ("articles", "events", "quotes", "skips", "negated_events")}
    counts["actors"] = db.execute(
        "SELECT COUNT(*) FROM actor_index WHERE articles > 0").fetchone()[0]
    types = db.execute("SELECT plover, n FROM type_counts WHERE n > 0 ORDER BY n DESC, plover")
    # an article whose placement into stories failed was analysed and stored: not a skipped
    # input (store/placing.py PLACEMENT_SKIP); counted and listed apart as "unplaced"
    every = skips(store)
    unplaced = [s for s in every if s["code"] == "placement"]
    counts["skips"] -= len(unplaced)
    counts["unplaced"] = len(unplaced)
    return {"counts": counts, "top_pairs": top_dyads(store, top),
            "types": {r["plover"]: r["n"] for r in types},
            "skips": [s for s in every if s["code"] != "placement"], "unplaced": unplaced}


def near_duplicate_count(store: Store) -> int:
    """How many stored articles are near-duplicates of an earlier one (kept by a trigger)."""
    row = store.db.execute("SELECT n FROM counts WHERE name = 'near_duplicates'").fetchone()
    return int(row[0]) if row else 0


def stories(store: Store, min_articles: int = 1, limit: int | None = None,
            offset: int = 0) -> list[dict[str, Any]]:
    """Story clusters as built on ingest (store/stories.py; nothing is recomputed here):
    ``{id, title, articles, near_duplicates}``. A story's id comes from its first stored
    article ("s" + that article's id without its "a") and its title is that article's;
    articles are listed in the order they were stored, and ``near_duplicates`` holds
    [original, copy] pairs of its articles. Stories come in the order of their first
    article's publication (then id)."""
    db = store.db
    sql = _page("SELECT id, title FROM story_clusters WHERE articles >= ? "
                "ORDER BY first_published IS NULL, first_published, id", limit, offset)
    out = []
    for story in db.execute(sql, (min_articles,)).fetchall():
        ids = [r[0] for r in db.execute(
            "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY n",
            (story["id"],))]
        pairs = [[r[0], r[1]] for r in db.execute(
            "SELECT d.original_id, d.article_id FROM story_articles s "
            "JOIN near_duplicates d ON d.article_id = s.article_id "
            "WHERE s.story_id = ? ORDER BY s.n", (story["id"],))]
        out.append({"id": story["id"], "title": story["title"], "articles": ids,
                    "near_duplicates": pairs})
    return out
