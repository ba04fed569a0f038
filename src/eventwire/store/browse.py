"""Browsing queries over the store: keyset-paginated lists, one event, actor profiles, timelines,
networks and places. The HTTP API, the web UI and the exports are thin layers over these.

Every function takes a :class:`Store` and plain values and returns JSON-ready data. Event
items are the CLI's event rows (the stored record JSON plus ``article_id``, ``source_outlet``,
``published`` and the evidence ``sentence``) with an ``article`` object (id, title, source,
published) added. Bad parameters raise :class:`QueryError` with a message that says what to fix.
"""

from __future__ import annotations

import base64
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from eventwire.errors import ConfigError, NotFoundError
from eventwire.models import MODALITIES, PLOVER_TYPES
from eventwire.store import queries
from eventwire.store.records import EVENT_RECORD_SQL, event_record
from eventwire.store.sqlite import Store

# The date an event is sorted and bucketed by: the first day its date covers, else the
# publication day of its article ('' when neither is known, so keyset comparisons never see NULL).
SORT_DATE = "e.sort_date"
# The actor refs of events row ``e``, read from its record (event_actors is a view over the same
# json_each; expanding it per matching event keeps a filtered query from scanning every event).
ROLES = "(SELECT 'source' AS role UNION ALL SELECT 'target')"
OTHER_ROLE = "CASE {0}.role WHEN 'source' THEN 'target' ELSE 'source' END"


def _ref(alias: str, field: str) -> str:
    """A field of actor ref ``alias`` (a json_each row): actor, name, country or sector."""
    return f"({alias}.value ->> '{field}')"
DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
INTERVALS = ("day", "week", "month", "year")
GROUPINGS = ("quad_class", "plover", "partner", "none")
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
MAX_LIMIT = 500
MAX_TOP = 100  # partners in a partner timeline


class QueryError(ConfigError):
    """A query parameter is wrong; the message says which and how to fix it."""


@dataclass(frozen=True)
class EventQuery:
    """Every event filter the CLI, the API, the UI and the exports accept."""

    actor: str | None = None
    pair: tuple[str, str] | None = None
    type: str | None = None  # PLOVER type or CAMEO code prefix
    cameo: str | None = None  # CAMEO code prefix
    since: str | None = None
    until: str | None = None
    q: str | None = None  # text in the evidence sentence
    country: str | None = None  # ISO alpha-3 of the event's place
    place: str | None = None  # place name
    modality: str | None = None
    quad_class: int | None = None
    article: str | None = None
    partner: str | None = None  # with actor: the other side is this country code or name
    include_negated: bool = False
    min_confidence: float | None = None  # events found at least this surely (0 to 1)
    facts_only: bool = False  # asserted or reported, with a date
    newest_first: bool = True

    def base(self) -> queries.EventFilter:
        return queries.EventFilter(actor=self.actor, pair=self.pair, type=self.type,
                                   since=self.since, until=self.until, search=self.q,
                                   include_negated=self.include_negated,
                                   facts_only=self.facts_only,
                                   min_confidence=self.min_confidence)


@dataclass
class Page:
    items: list[dict[str, Any]]
    next: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "next": self.next}


@dataclass
class Facets:
    counts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


# -- parameters --------------------------------------------------------------------------------

def parse_pair(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise QueryError(f"pair {value!r}: use SOURCE,TARGET, e.g. pair=IRN,USA")
    return parts[0], parts[1]


def check_date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not DATE_RE.fullmatch(value):
        raise QueryError(f"{name} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, "
                         f"e.g. {name}=2025-02")
    return value


def check_limit(limit: int | None, default: int = 50) -> int:
    if limit is None:
        return default
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit {limit} is out of range: use 1 to {MAX_LIMIT}")
    return limit


def validate(store: Store, q: EventQuery) -> EventQuery:
    """Check every parameter against the vocabularies and the store; raise QueryError."""
    check_date("since", q.since)
    check_date("until", q.until)
    if q.type and not (q.type.isdigit() or q.type.upper() in PLOVER_TYPES):
        raise QueryError(f"unknown event type {q.type!r}: use a PLOVER type "
                         f"({', '.join(PLOVER_TYPES)}) or a CAMEO code such as 163")
    if q.cameo and not q.cameo.isdigit():
        raise QueryError(f"cameo {q.cameo!r} is not a CAMEO code: use digits, e.g. cameo=163")
    if q.modality and q.modality not in MODALITIES:
        raise QueryError(f"unknown modality {q.modality!r}: use one of {', '.join(MODALITIES)}")
    if q.partner and not q.actor:
        raise QueryError("partner needs actor: the events between actor and partner, e.g. "
                         "actor=IRN&partner=USA")
    if q.min_confidence is not None and not 0.0 <= q.min_confidence <= 1.0:
        raise QueryError(f"min_confidence {q.min_confidence} is out of range: use a number "
                         "from 0 to 1, e.g. min_confidence=0.6")
    if q.quad_class is not None and q.quad_class not in QUAD_NAMES:
        raise QueryError(f"quad_class {q.quad_class} is not 1, 2, 3 or 4")
    if q.country and not re.fullmatch(r"[A-Za-z]{3}", q.country):
        raise QueryError(f"country {q.country!r}: use an ISO 3166 alpha-3 code, e.g. IRN")
    for value in [q.actor] + list(q.pair or ()):
        if value:
            require_actor(store, value)
    return q


def require_actor(store: Store, value: str) -> None:
    if not queries.resolve_actor(store, value):
        raise QueryError(f"no actor matches {value!r}: use an ISO country code (IRN), an actor "
                         "id or part of a name; find them at /api/v1/actors?q=NAME or with "
                         "`eventwire actors`")


def _encode(values: list[Any]) -> str:
    raw = json.dumps(values, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str, size: int) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, UnicodeDecodeError):
        values = None
    if not isinstance(values, list) or len(values) != size:
        raise QueryError(f"cursor {cursor[:40]!r} is not valid: pass back the `next` value "
                         "of the previous page unchanged, or leave cursor out for the first page")
    return values


# -- events ------------------------------------------------------------------------------------

def _extra(q: EventQuery) -> tuple[tuple[str, tuple[Any, ...]], ...]:
    """The filters beyond the CLI's, as conditions on the events row ``e``."""
    out: list[tuple[str, tuple[Any, ...]]] = []
    if q.cameo and q.type:
        out.append(("e.cameo LIKE ?", (q.cameo + "%",)))
    if q.country:
        out.append(("e.place_country = ?", (q.country.upper(),)))
    if q.place:
        out.append(("e.place_name LIKE ?", (f"%{q.place}%",)))
    if q.modality:
        out.append(("e.modality = ?", (q.modality,)))
    if q.quad_class is not None:
        out.append(("e.quad_class = ?", (q.quad_class,)))
    if q.article:
        out.append(("e.article_id = ?", (q.article,)))
    if q.partner and q.actor:
        code = q.actor.upper() if len(q.actor) == 3 else q.actor
        partner = q.partner.upper() if len(q.partner) == 3 else q.partner
        x, y = (lambda f: _ref("x", f)), (lambda f: _ref("y", f))
        out.append((f"EXISTS (SELECT 1 FROM {ROLES} r, json_each(e.rest, '$.' || r.role) x, "
                    f"json_each(e.rest, '$.' || {OTHER_ROLE.format('r')}) y "
                    f"WHERE ({x('country')} = ? OR {x('actor')} = ?) AND ({y('country')} = ? "
                    f"OR ({y('country')} IS NULL AND ({y('name')} = ? OR {y('actor')} = ?))))",
                    (code, q.actor, partner, q.partner, q.partner)))
    return tuple(out)


def _filter(q: EventQuery, cursor: str | None = None,
            limit: int | None = None) -> queries.EventFilter:
    return replace(q.base(), type=q.type or q.cameo, newest_first=q.newest_first,
                   cursor=cursor, limit=limit, extra=_extra(q))


def _where(q: EventQuery, store: Store | None = None) -> tuple[str, list[Any]]:
    """``q`` as a WHERE clause over events ``e`` (for counts, facets, timelines). With the
    ``store``, actor and pair strings stand for the lookup keys the event list walks
    (:func:`queries.resolve_actor`), so a count is the length of its list."""
    f = _filter(q)
    if store is None or not (q.actor or q.pair):
        return queries._event_where(f)
    extra: list[tuple[str, tuple[Any, ...]]] = []
    span: list[str] = []
    span_params: list[Any] = []
    queries.span_where(span, span_params, include_negated=True, since=q.since, until=q.until)
    span_sql = "".join(f" AND {c}" for c in span)
    if q.actor:
        keys = queries.resolve_actor(store, q.actor)
        extra.append((f"e.id IN (SELECT event FROM actor_events WHERE key IN "
                      f"({','.join('?' * len(keys)) or 'NULL'}){span_sql})",
                      (*keys, *span_params)))
    if q.pair:
        sources, targets = (queries.resolve_actor(store, v) for v in q.pair)
        extra.append((f"e.id IN (SELECT event FROM dyads WHERE source IN "
                      f"({','.join('?' * len(sources)) or 'NULL'}) AND target IN "
                      f"({','.join('?' * len(targets)) or 'NULL'}){span_sql})",
                      (*sources, *targets, *span_params)))
    return queries._event_where(replace(f, actor=None, pair=None, extra=(*extra, *f.extra)))


EVENT_SELECT = (f"SELECT {EVENT_RECORD_SQL}, a.id AS article_id, a.source, "
                f"{queries.SENTENCE} AS sentence, "
                f"a.published, a.title, {SORT_DATE} AS sort_date FROM events e "
                "JOIN articles a ON a.id = e.article_id")


def event_item(row: sqlite3.Row) -> dict[str, Any]:
    data = event_record(row)
    data.update(article_id=row["article_id"], source_outlet=row["source"],
                published=row["published"], sentence=row["sentence"].strip())
    data["article"] = {"id": row["article_id"], "title": row["title"], "source": row["source"],
                       "published": row["published"]}
    return data


def _with_titles(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = sorted({r["article_id"] for r in rows})
    titles = dict(store.db.execute(
        f"SELECT id, title FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)
        .fetchall()) if ids else {}
    for r in rows:
        r["article"] = {"id": r["article_id"], "title": titles.get(r["article_id"]),
                        "source": r["source_outlet"], "published": r["published"]}
    return rows


def _execute(store: Store, q: EventQuery, sql: str, params: list[Any]) -> list[sqlite3.Row]:
    try:
        return store.db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if q.q:  # the only user-supplied syntax in the statement
            raise QueryError(f"bad search query {q.q!r}: {exc}; quote phrases with double "
                             "quotes, e.g. \"maximum pressure\"") from exc
        raise


def events_page(store: Store, q: EventQuery, cursor: str | None = None,
                limit: int | None = 50) -> Page:
    """One page of events in date order (newest first unless ``q.newest_first`` is False),
    through the library's indexed walk when its filters suffice."""
    size = check_limit(limit)
    page = queries.event_page(store, _filter(q, cursor, size))
    return Page(_with_titles(store, page.rows), page.next)


def iter_events(store: Store, q: EventQuery, page_size: int = 1000,
                ) -> Iterator[dict[str, Any]]:
    """Every event matching ``q``, page by page (for exports and ?format=csv|jsonl)."""
    cursor: str | None = None
    while True:
        page = events_page(store, q, cursor, min(page_size, MAX_LIMIT))
        yield from page.items
        if page.next is None:
            return
        cursor = page.next


def event(store: Store, event_id: str) -> dict[str, Any]:
    row = store.db.execute(f"{EVENT_SELECT} WHERE e.id = ?", (event_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no event {event_id!r} in the store: list events at "
                            "/api/v1/events or with `eventwire events`")
    return event_item(row)


def count_events(store: Store, q: EventQuery) -> int:
    counted = _counted_kinds(store, q)
    if counted is not None:
        return sum(n for _, _, n in counted)
    where, params = _where(q, store)
    return _execute(store, q, f"SELECT COUNT(*) FROM events e WHERE {where}", params)[0][0]


def _counted_kinds(store: Store, q: EventQuery) -> list[tuple[str, int, int]] | None:
    """(PLOVER type, QuadClass, events) of the matching events from the maintained
    ``timeline_counts`` (dated events) and the few undated events of the actor, pair or store,
    when the filters are ones the timeline reads from its counts; None otherwise."""
    plain = EventQuery(actor=q.actor, pair=q.pair, type=q.type, since=q.since, until=q.until,
                       quad_class=q.quad_class, include_negated=q.include_negated,
                       newest_first=q.newest_first)
    if q != plain or (q.actor and q.pair) or (q.type and q.type.isdigit()):
        return None
    names = [q.actor] if q.actor else list(q.pair or ())
    sides = [queries.resolve_actor(store, v) for v in names]
    if any(len(keys) != 1 for keys in sides):
        return None
    keys = [k[0] for k in sides]
    exact_days = any(v and len(v) == 10 for v in (q.since, q.until))
    where: list[str] = ["grain = ?", "key = ?"]
    params: list[Any] = ["d" if exact_days else "m", "\x1f".join(keys)]
    _counted_where(q, where, params)
    kinds, kind_params = _kind_where(q)
    out: dict[tuple[str, int], int] = {}
    for plover, quad, n in store.db.execute(
            f"SELECT plover, quad_class, SUM(n) FROM timeline_counts WHERE "
            f"{' AND '.join(where + kinds)} GROUP BY 1, 2", params + kind_params):
        out[(plover, quad)] = out.get((plover, quad), 0) + n
    if not q.since:  # undated events (sort date ''): not in the timeline counts
        lookup = ("events e WHERE e.sort_date = ''" if not keys else
                  "actor_events d JOIN events e ON e.id = d.event WHERE d.key = ? "
                  "AND d.sort_date = ''" if len(keys) == 1 else
                  "dyads d JOIN events e ON e.id = d.event WHERE d.source = ? "
                  "AND d.target = ? AND d.sort_date = ''")
        cond = "".join(f" AND e.{c}" for c in kinds)
        if not q.include_negated:
            cond += " AND e.negated = 0"
        for plover, quad, n in store.db.execute(
                f"SELECT e.plover, e.quad_class, COUNT(*) FROM {lookup}{cond} GROUP BY 1, 2",
                keys + kind_params):
            out[(plover, quad)] = out.get((plover, quad), 0) + n
    return [(plover, quad, n) for (plover, quad), n in sorted(out.items()) if n > 0]


def event_facets(store: Store, q: EventQuery, top: int = 12) -> dict[str, list[dict[str, Any]]]:
    """Counts of the matching events by type, QuadClass, modality, source, target and place.

    Types and QuadClasses come from the maintained counts when the filters allow
    (:func:`_counted_kinds`); the rest from one pass over the matching events."""
    counted = _counted_kinds(store, q)
    where, params = _where(q, store)
    tally: dict[str, Counter[Any]] = {name: Counter() for name in (
        "type", "quad_class", "modality", "country", "source", "target")}
    columns = "e.modality, e.place_country, e.rest" + (
        "" if counted is not None else ", e.plover, e.quad_class")
    for row in _execute(store, q, f"SELECT {columns} FROM events e WHERE {where}", params):
        tally["modality"][row[0]] += 1
        if row[1] is not None:
            tally["country"][row[1]] += 1
        refs = json.loads(row[2])
        for role in ("source", "target"):
            tally[role].update({c for r in refs.get(role, ()) if isinstance(r, dict)
                                and (c := r.get("country")) is not None})
        if counted is None:
            tally["type"][row[3]] += 1
            tally["quad_class"][row[4]] += 1
    for plover, quad, n in counted or ():
        tally["type"][plover] += n
        tally["quad_class"][quad] += n

    def ranked(name: str, limit: int | None = None) -> list[dict[str, Any]]:
        items = sorted(tally[name].items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [{"value": value, "n": n} for value, n in items]

    return {"type": ranked("type"),
            "quad_class": [{"value": v, "n": n} for v, n in sorted(tally["quad_class"].items())],
            "modality": ranked("modality"), "country": ranked("country", top),
            "source": ranked("source", top), "target": ranked("target", top)}


# -- timeline, network, places -----------------------------------------------------------------

def _period(interval: str) -> str:
    if interval not in INTERVALS:
        raise QueryError(f"interval {interval!r}: use one of {', '.join(INTERVALS)}")
    return {"day": f"substr({SORT_DATE}, 1, 10)",
            "week": f"date({SORT_DATE}, '-6 days', 'weekday 1')",
            "month": f"substr({SORT_DATE}, 1, 7)",
            "year": f"substr({SORT_DATE}, 1, 4)"}[interval]


def timeline(store: Store, q: EventQuery, interval: str = "month",
             by: str = "quad_class", top: int = 10) -> dict[str, Any]:
    """Event counts per period (weeks are named by their Monday) and group.

    ``by``: quad_class, plover, partner (the other side of ``q.actor``'s events: its ``top``
    partners with most events in the filter) or none. Events with neither an event date nor a
    publication date are left out."""
    if by not in GROUPINGS:
        raise QueryError(f"by {by!r}: use one of {', '.join(GROUPINGS)}")
    if not 1 <= top <= MAX_TOP:
        raise QueryError(f"top {top} is out of range: use 1 to {MAX_TOP}")
    period = _period(interval)
    counted = _counted_timeline(store, q, interval, by, top)
    if counted is not None:
        return {"interval": interval, "by": by, "items": counted}
    where, params = _where(q, store)
    join = ""
    if by == "partner":
        if not q.actor:
            raise QueryError("by=partner needs actor=CODE (the actor whose partners to count)")
        keys = queries.resolve_actor(store, q.actor)  # as the event list resolves it
        marks = ",".join("?" * len(keys)) or "NULL"
        join = (f", {ROLES} r, json_each(e.rest, '$.' || r.role) me, "
                f"json_each(e.rest, '$.' || {OTHER_ROLE.format('r')}) other")
        where = (f"({_ref('me', 'country')} IN ({marks}) OR {_ref('me', 'actor')} IN "
                 f"({marks})) AND {where}")
        params = keys + keys + params
        group = f"COALESCE({_ref('other', 'country')}, {_ref('other', 'name')})"
    else:
        group = {"quad_class": "e.quad_class", "plover": "e.plover", "none": "'all'"}[by]
    sql = (f"SELECT {period} AS period, {group} AS grp, COUNT(DISTINCT e.id) AS events "
           f"FROM events e {join} "
           f"WHERE {where} AND {SORT_DATE} != '' GROUP BY 1, 2 ORDER BY 1, 2")
    rows = [{"period": r["period"], "group": r["grp"], "events": r["events"]}
            for r in _execute(store, q, sql, params)]
    if by == "partner":
        totals: dict[Any, int] = {}
        for r in rows:
            totals[r["group"]] = totals.get(r["group"], 0) + r["events"]
        chosen = set(_top_groups(totals, top))
        rows = [r for r in rows if r["group"] in chosen]
    return {"interval": interval, "by": by, "items": rows}


# Which filters each counting call reads from the maintained count tables; any other filter
# (or an actor name matching several actors) counts the matching events themselves: exact, but
# it reads every matching event (seconds on a store of a million events; see the workbench
# benchmark). Shown in the API's OpenAPI descriptions.
COUNTED_FILTERS = {
    "timeline": "actor or pair (one actor each), since, until, a PLOVER type, quad_class, "
                "include_negated",
    "timeline by=partner": "actor (one actor), since, until, include_negated",
    "network": "level=country with actor (one actor) or no actor, quad_class, "
               "include_negated",
    "facets": "the total, types and QuadClasses with the timeline's filters (actor or pair, "
              "one actor each, since, until, a PLOVER type, quad_class, include_negated); "
              "modality, place and source and target countries always count the matching "
              "events",
    "places": "none (places always count the matching events)",
}


def counted_note(call: str) -> str:
    """The sentence the API documents ``call`` with: which filters are read from counts."""
    return (f"Read from maintained counts with only these filters: {COUNTED_FILTERS[call]}. "
            "Any other filter (text q, country, place, modality, cameo, min_confidence, "
            "partner, article, facts_only, an actor name matching several actors) counts the "
            "matching events: exact, but slow on big stores (seconds at a million events).")


COUNTED_PERIODS = {"day": "period", "week": "date(period, '-6 days', 'weekday 1')",
                   "month": "substr(period, 1, 7)", "year": "substr(period, 1, 4)"}


def _counted_timeline(store: Store, q: EventQuery, interval: str,
                      by: str, top: int = 10) -> list[dict[str, Any]] | None:
    """The timeline from the maintained ``timeline_counts`` table (store migration 6), when
    the filters are ones it is keyed by: one actor or one pair (each naming a single lookup
    key, as the event list resolves them) or neither, dates, a PLOVER type, a QuadClass and
    negation. None when another filter needs the events themselves."""
    plain = EventQuery(actor=q.actor, pair=q.pair, type=q.type, since=q.since, until=q.until,
                       quad_class=q.quad_class, include_negated=q.include_negated,
                       newest_first=q.newest_first)
    if by == "partner":
        return _counted_partners(store, q, interval, top)
    if q != plain or (q.actor and q.pair) or (q.type and q.type.isdigit()):
        return None
    key = ""
    if q.actor or q.pair:
        names = [q.actor] if q.actor else list(q.pair or ())
        sides = [queries.resolve_actor(store, v) for v in names]
        if any(len(keys) != 1 for keys in sides):
            return None
        key = "\x1f".join(keys[0] for keys in sides)
    exact_days = any(v and len(v) == 10 for v in (q.since, q.until))
    grain = "d" if interval in ("day", "week") or exact_days else "m"
    where: list[str] = ["grain = ?", "key = ?"]
    params: list[Any] = [grain, key]
    _counted_where(q, where, params)
    kinds, kind_params = _kind_where(q)
    where += kinds
    params += kind_params
    group = {"quad_class": "quad_class", "plover": "plover", "none": "'all'"}[by]
    sql = (f"SELECT {COUNTED_PERIODS[interval]} AS period, {group} AS grp, SUM(n) AS events "
           f"FROM timeline_counts WHERE {' AND '.join(where)} GROUP BY 1, 2 "
           f"HAVING SUM(n) > 0 ORDER BY 1, 2")
    return [{"period": r[0], "group": r[1], "events": r[2]}
            for r in store.db.execute(sql, params)]


def _kind_where(q: EventQuery) -> tuple[list[str], list[Any]]:
    """The type and QuadClass conditions of a counted query (columns of both the count table
    and ``events``)."""
    kinds: list[str] = []
    params: list[Any] = []
    if q.type:
        kinds.append("plover = ?")
        params.append(q.type.upper())
    if q.quad_class is not None:
        kinds.append("quad_class = ?")
        params.append(q.quad_class)
    return kinds, params


def _counted_where(q: EventQuery, where: list[str], params: list[Any]) -> None:
    queries.span_where(where, params, include_negated=q.include_negated, since=q.since,
                       until=q.until, date="period")


def _single_key(store: Store, value: str) -> str | None:
    """The one lookup key an actor string stands for (as the event list resolves it), else
    None."""
    keys = queries.resolve_actor(store, value)
    return keys[0] if len(keys) == 1 else None


def _counted_partners(store: Store, q: EventQuery, interval: str,
                      top: int = 10) -> list[dict[str, Any]] | None:
    """The partner timeline of one actor from the maintained ``partner_counts`` (store
    migrations 11 and 13): events per period for its ``top`` partners on the other side (a
    partner is its country, else its name). None when a filter needs the events themselves."""
    plain = EventQuery(actor=q.actor, since=q.since, until=q.until,
                       include_negated=q.include_negated, newest_first=q.newest_first)
    if q != plain or not q.actor or not _has_table(store, "partner_counts"):
        return None
    key = _single_key(store, q.actor)
    if key is None:
        return None
    exact_days = any(v and len(v) == 10 for v in (q.since, q.until))
    grain = "d" if interval in ("day", "week") or exact_days else "m"
    if interval == "week" and not (q.since or q.until):
        grain = "w"  # weeks named by their Monday (a window needs the days)
    where: list[str] = ["grain = ?", "key = ?"]
    params: list[Any] = ["d" if exact_days else "m", key]
    _counted_where(q, where, params)
    totals: dict[str, int] = {}
    pairs: dict[str, list[tuple[str, str]]] = {}
    for partner, name, n in store.db.execute(
            f"SELECT partner, name, SUM(n) FROM partner_counts WHERE {' AND '.join(where)} "
            "GROUP BY 1, 2 HAVING SUM(n) > 0", params):
        group = name or partner
        totals[group] = totals.get(group, 0) + n
        pairs.setdefault(group, []).append((partner, name))
    groups = set(_top_groups(totals, top))
    if not groups:
        return []
    params[0] = grain
    partners = sorted({p for g in groups for p, _ in pairs[g]})
    names = sorted({nm for g in groups for _, nm in pairs[g]})
    sql = (f"SELECT {COUNTED_PERIODS[interval]} AS period, "
           f"CASE name WHEN '' THEN partner ELSE name END AS grp, SUM(n) AS events "
           f"FROM partner_counts WHERE {' AND '.join(where)} "
           f"AND partner IN ({','.join('?' * len(partners))}) "
           f"AND name IN ({','.join('?' * len(names))}) "
           f"GROUP BY 1, 2 HAVING SUM(n) > 0 ORDER BY 1, 2")
    return [{"period": r[0], "group": r[1], "events": r[2]}
            for r in store.db.execute(sql, params + partners + names) if r[1] in groups]


def _top_groups(totals: dict[Any, int], top: int) -> list[Any]:
    """The ``top`` groups with most events (then by name)."""
    return sorted(totals, key=lambda g: (-totals[g], str(g)))[:top]


def _has_table(store: Store, name: str) -> bool:
    return store.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                            (name,)).fetchone() is not None


def _counted_network(store: Store, q: EventQuery, level: str,
                     top: int) -> list[dict[str, Any]] | None:
    """Country-level edges from the maintained ``edge_counts`` (store migration 11) for the
    whole store or one actor, by QuadClass and negation; None for other filters."""
    plain = EventQuery(actor=q.actor, quad_class=q.quad_class,
                       include_negated=q.include_negated, newest_first=q.newest_first)
    if level != "country" or q != plain or not _has_table(store, "edge_counts"):
        return None
    key = _single_key(store, q.actor) if q.actor else ""
    if key is None:
        return None
    where: list[str] = ["key = ?"]
    params: list[Any] = [key]
    if not q.include_negated:
        where.append("negated = 0")
    if q.quad_class is not None:
        where.append("quad_class = ?")
        params.append(q.quad_class)
    sql = ("SELECT source, target, SUM(n) AS weight, "
           "ROUND(TOTAL(goldstein_sum) / SUM(goldstein_n), 2) AS goldstein, "
           + ", ".join(f"SUM(IIF(quad_class = {i}, n, 0)) AS q{i}" for i in range(1, 5)) +
           f" FROM edge_counts WHERE {' AND '.join(where)} GROUP BY 1, 2 HAVING SUM(n) > 0 "
           "ORDER BY weight DESC, 1, 2 LIMIT ?")
    return [dict(r) for r in store.db.execute(sql, params + [top])]


def network(store: Store, q: EventQuery, level: str = "country",
            top: int = 100) -> dict[str, Any]:
    """Directed source→target edges weighted by event count (with mean Goldstein score and
    counts per QuadClass); nodes are countries (``level=country``) or actors."""
    if level not in ("country", "actor"):
        raise QueryError(f"level {level!r}: use country or actor")
    where, params = _where(q, store)
    field = "country" if level == "country" else "actor"
    s, t = _ref("s", field), _ref("t", field)
    sql = (f"SELECT {s} AS source, {t} AS target, MIN({_ref('s', 'name')}) AS source_name, "
           f"MIN({_ref('t', 'name')}) AS target_name, COUNT(DISTINCT e.id) AS weight, "
           f"ROUND(AVG(e.goldstein), 2) AS goldstein, "
           + ", ".join(f"COUNT(DISTINCT CASE WHEN e.quad_class = {i} THEN e.id END) AS q{i}"
                       for i in range(1, 5)) +
           f" FROM events e, json_each(e.rest, '$.source') s, json_each(e.rest, '$.target') t "
           f"WHERE {where} AND {s} IS NOT NULL AND {t} IS NOT NULL AND {s} != {t} "
           f"GROUP BY 1, 2 ORDER BY weight DESC, 1, 2 LIMIT ?")
    edges: list[dict[str, Any]] = []
    nodes: dict[str, dict[str, Any]] = {}
    rows = _counted_network(store, q, level, top)
    if rows is None:
        rows = [dict(r) for r in _execute(store, q, sql, params + [top])]
    for r in rows:
        edges.append({"source": r["source"], "target": r["target"], "weight": r["weight"],
                      "goldstein": r["goldstein"],
                      "quad_class": {str(i): r[f"q{i}"] for i in range(1, 5) if r[f"q{i}"]}})
        for node, name in ((r["source"], r.get("source_name")),
                           (r["target"], r.get("target_name"))):
            label = _country_name(store, node) if level == "country" else name
            entry = nodes.setdefault(node, {"id": node, "label": label, "events": 0})
            entry["events"] += r["weight"]
    ordered = sorted(nodes.values(), key=lambda n: (-n["events"], n["id"]))
    return {"level": level, "nodes": ordered, "edges": edges}


def _country_name(store: Store, code: str) -> str:
    row = store.db.execute("SELECT name FROM actors WHERE actor_id = ? LIMIT 1",
                           (code,)).fetchone()
    return row[0] if row else code


def places(store: Store, q: EventQuery, top: int = 500) -> list[dict[str, Any]]:
    """Event places with coordinates and their event counts."""
    where, params = _where(q, store)
    sql = ("SELECT e.place_name AS name, e.place_country AS country, "
           "json_extract(e.rest, '$.place.lat') AS lat, "
           "json_extract(e.rest, '$.place.lon') AS lon, "
           "json_extract(e.rest, '$.place.precision') AS precision, COUNT(*) AS events "
           f"FROM events e WHERE {where} "
           "AND e.place_name IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY events DESC, name LIMIT ?")
    return [dict(r) for r in _execute(store, q, sql, params + [top]) if r["lat"] is not None]


# -- quotes, actors, articles ------------------------------------------------------------------

QUOTE_SELECT = ("SELECT q.json, q.id, q.start, a.id AS article_id, a.source, a.published, "
                "a.title FROM quotes q JOIN articles a ON a.id = q.article_id")


def quote_item(row: sqlite3.Row) -> dict[str, Any]:
    data = json.loads(row["json"])
    data.update(article_id=row["article_id"], source_outlet=row["source"],
                published=row["published"])
    data["article"] = {"id": row["article_id"], "title": row["title"], "source": row["source"],
                       "published": row["published"]}
    return data


def quotes_page(store: Store, speaker: str | None = None, about: str | None = None,
                q: str | None = None, cursor: str | None = None, limit: int | None = 50,
                article: str | None = None, speaker_country: str | None = None) -> Page:
    """Quotes newest first; ``speaker`` (name or actor id), ``about`` (an actor the quote
    mentions), ``q`` (text in the quote), ``speaker_country`` (speakers of that country)."""
    size = check_limit(limit)
    where, params = queries.quote_where(speaker, about, q)
    if speaker_country:
        where += " AND q.speaker_actor IN (SELECT actor_id FROM actors WHERE country = ?)"
        params.append(speaker_country.upper())
    if article:
        where += " AND q.article_id = ?"
        params.append(article)
    pub = "COALESCE(a.published, '')"
    if cursor:
        where += f" AND ({pub}, a.id, q.start, q.id) < (?, ?, ?, ?)"
        params += _decode(cursor, 4)
    sql = (f"{QUOTE_SELECT} WHERE {where} ORDER BY {pub} DESC, a.id DESC, q.start DESC, "
           f"q.id DESC LIMIT ?")
    rows = store.db.execute(sql, params + [size + 1]).fetchall()
    nxt = None
    if len(rows) > size:
        last = rows[size - 1]
        nxt = _encode([last["published"] or "", last["article_id"], last["start"], last["id"]])
    return Page([quote_item(r) for r in rows[:size]], nxt)


def actors_page(store: Store, q: str | None = None, country: str | None = None,
                cursor: str | None = None, limit: int | None = 50) -> Page:
    """Actors by number of asserted events (then id), with article, mention and event counts,
    from the maintained actor index (only actors found in some article)."""
    size = check_limit(limit)
    clauses, params = ["articles > 0"], []
    if q:
        clauses.append("(name LIKE ? ESCAPE '\\' OR actor_id = ?)")
        params += [queries.like(q), q]
    if country:
        clauses.append("country = ?")
        params.append(country.upper())
    if cursor:
        events, after = _decode(cursor, 2)
        clauses.append("(events < ? OR (events = ? AND actor_id > ?))")
        params += [-events, -events, after]
    sql = ("SELECT actor_id AS id, name, kind, country, sector, role, articles, mentions, "
           f"events FROM actor_index WHERE {' AND '.join(clauses)} "
           "ORDER BY events DESC, actor_id LIMIT ?")
    rows = [dict(r) for r in store.db.execute(sql, params + [size + 1])]
    nxt = _encode([-rows[size - 1]["events"], rows[size - 1]["id"]]) if len(rows) > size else None
    return Page(rows[:size], nxt)


def actor(store: Store, actor_id: str, top: int = 20) -> dict[str, Any]:
    """One actor (an actor id, or an ISO code for a country and everyone in it): who it is,
    counts, partners by QuadClass, its quotes and its latest events."""
    code = actor_id.upper() if len(actor_id) == 3 else actor_id
    row = store.db.execute(
        "SELECT actor_id AS id, name, kind, country, sector, role, code FROM actors "
        "WHERE actor_id = ? LIMIT 1", (code,)).fetchone()
    is_country = len(actor_id) == 3 and store.db.execute(
        "SELECT 1 FROM actor_events WHERE key = ? LIMIT 1", (code,)).fetchone() is not None
    if row is None and not is_country:
        raise NotFoundError(f"no actor {actor_id!r} in the store: search actors at "
                            "/api/v1/actors?q=NAME or use an ISO country code")
    info: dict[str, Any] = dict(row) if row else {
        "id": code, "name": code, "kind": "state", "country": code, "sector": None,
        "role": None, "code": code}
    counted = _counted_profile(store, code, code if is_country else info.get("country"), top)
    if counted is not None:
        counts, partners = counted
    else:
        counts, partners = _profile_from_events(store, code, is_country, top)
    quote_page = quotes_page(store, speaker_country=code if is_country else None,
                             speaker=None if is_country else code, limit=top)
    latest = events_page(store, EventQuery(actor=code), limit=10).items
    return {"actor": info, "events": counts,
            "partners": [{"partner": p["partner"], "name": p["name"], "events": p["events"],
                          "quad_class": {str(i): p[f"q{i}"] for i in range(1, 5) if p[f"q{i}"]}}
                         for p in partners],
            "quotes": quote_page.items, "latest_events": latest}


def _counted_profile(store: Store, key: str, country: str | None, top: int
                     ) -> tuple[dict[str, int], list[dict[str, Any]]] | None:
    """An actor's asserted events per side and its top partners (other than its own country)
    from the maintained ``role_counts`` and ``partner_counts`` (store migration 11)."""
    if not _has_table(store, "partner_counts"):
        return None
    counts = {"source": 0, "target": 0}
    counts.update(store.db.execute(
        "SELECT role, SUM(n) FROM role_counts WHERE key = ? AND negated = 0 GROUP BY role",
        (key,)).fetchall())
    rows = store.db.execute(f"""
        SELECT partner, SUM(n) AS events,
               {", ".join(f"SUM(IIF(quad_class = {i}, n, 0)) AS q{i}" for i in range(1, 5))}
        FROM partner_counts WHERE grain = 't' AND key = ? AND period = '' AND negated = 0
          AND partner != '' AND NOT (name = '' AND partner = ?)
        GROUP BY partner HAVING SUM(n) > 0 ORDER BY events DESC, partner LIMIT ?""",
                            (key, country or "", top)).fetchall()
    partners = []
    for r in rows:
        name = store.db.execute(
            "SELECT COALESCE((SELECT name FROM actors WHERE actor_id = ?1 LIMIT 1), "
            "(SELECT name FROM actor_index WHERE actor_id = ?1), ?1)", (r["partner"],)
        ).fetchone()[0]
        partners.append({**dict(r), "name": name})
    return counts, partners


def _profile_from_events(store: Store, code: str, is_country: bool, top: int
                         ) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """_counted_profile from the events themselves (a store before migration 11)."""
    # the actor's events through its key (actor_events), then its side of each
    if is_country:  # a country: the state and everyone affiliated with it
        match, args = ("e.id IN (SELECT event FROM actor_events WHERE key = ?) AND "
                       f"{_ref('ea', 'country')} = ?"), [code, code]
    else:
        match, args = ("e.id IN (SELECT event FROM actor_events WHERE key = ?) AND "
                       f"{_ref('ea', 'actor')} = ?"), [code, code]
    counts = {role: store.db.execute(
        f"SELECT COUNT(DISTINCT e.id) FROM events e, json_each(e.rest, '$.{role}') ea "
        f"WHERE {match} AND e.negated = 0", args).fetchone()[0]
        for role in ("source", "target")}
    o_country, o_actor = _ref("o", "country"), _ref("o", "actor")
    o_key = f"COALESCE({o_country}, {o_actor})"
    partners = store.db.execute(f"""
        SELECT {o_key} AS partner,
               COALESCE((SELECT name FROM actors WHERE actor_id = {o_key}
                         LIMIT 1), MIN({_ref('o', 'name')})) AS name,
               COUNT(DISTINCT e.id) AS events,
               {", ".join(f"COUNT(DISTINCT CASE WHEN e.quad_class = {i} THEN e.id END) AS q{i}"
                          for i in range(1, 5))}
        FROM events e, {ROLES} r, json_each(e.rest, '$.' || r.role) ea,
             json_each(e.rest, '$.' || {OTHER_ROLE.format('r')}) o
        WHERE {match} AND e.negated = 0 AND {o_key} IS NOT NULL
          AND COALESCE({o_country}, '') != COALESCE({_ref('ea', 'country')}, '-')
        GROUP BY 1 ORDER BY events DESC, 1 LIMIT ?""", args + [top])
    return counts, [dict(p) for p in partners]


def articles_page(store: Store, q: str | None = None, cursor: str | None = None,
                  limit: int | None = 50) -> Page:
    """Stored articles, newest first; ``q`` is an FTS5 query over title and text."""
    size = check_limit(limit)
    where, params = "1=1", []
    if q:
        where = "a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params.append(q)
    pub = "COALESCE(a.published, '')"
    if cursor:
        where += f" AND ({pub}, a.id) < (?, ?)"
        params += _decode(cursor, 2)
    sql = (f"SELECT a.id, a.published, a.source, a.title, a.status, a.url, "
           f"(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events, "
           f"(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes "
           f"FROM articles a WHERE {where} ORDER BY {pub} DESC, a.id DESC LIMIT ?")
    try:
        rows = [dict(r) for r in store.db.execute(sql, params + [size + 1])]
    except sqlite3.OperationalError as exc:
        raise QueryError(f"bad search query {q!r}: {exc}; quote phrases with double quotes, "
                         "e.g. \"maximum pressure\", and use AND, OR, NOT between words") from exc
    nxt = None
    if len(rows) > size:
        nxt = _encode([rows[size - 1]["published"] or "", rows[size - 1]["id"]])
    return Page(rows[:size], nxt)


def summary(store: Store, top: int = 10) -> dict[str, Any]:
    """The store's counts, top dyads and types (as `eventwire summary`), events per month and
    the latest asserted events."""
    data = queries.summary(store, top=top)
    data["per_month"] = timeline(store, EventQuery(), "month", "quad_class")["items"]
    latest = EventQuery(facts_only=True)
    data["latest_events"] = events_page(store, latest, limit=top).items
    return data
