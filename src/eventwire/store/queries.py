"""Read-side queries over the store. Results are the stored record JSON plus provenance."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from eventwire.errors import ConfigError
from eventwire.models import PLOVER_TYPES
from eventwire.store.sqlite import Store, require_article


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None  # ISO code, actor id or name fragment, either side
    pair: tuple[str, str] | None = None  # (source, target), directed
    type: str | None = None  # PLOVER type or CAMEO code prefix
    since: str | None = None
    until: str | None = None
    search: str | None = None
    include_negated: bool = False
    limit: int | None = None
    newest_first: bool = False
    facts_only: bool = False  # asserted or reported: not intended, hypothetical or future


def _actor_clause(role: str | None, value: str) -> tuple[str, list[str]]:
    role_sql = "AND ea.role = ?" if role else ""
    sql = (f"e.id IN (SELECT ea.event_id FROM event_actors ea WHERE (ea.country = ? OR "
           f"ea.actor_id = ? OR ea.name LIKE ?) {role_sql})")
    params = [value.upper() if len(value) == 3 else value, value, f"%{value}%"]
    return sql, params + ([role] if role else [])


def _event_where(f: EventFilter) -> tuple[str, list[Any]]:
    clauses, params = ["1=1"], []
    if not f.include_negated:
        clauses.append("e.negated = 0")
    if f.facts_only:
        clauses.append("e.modality IN ('asserted', 'reported') AND e.date_start IS NOT NULL")
    if f.actor:
        sql, p = _actor_clause(None, f.actor)
        clauses.append(sql)
        params += p
    if f.pair:
        for role, value in zip(("source", "target"), f.pair, strict=True):
            sql, p = _actor_clause(role, value)
            clauses.append(sql)
            params += p
    if f.type:
        kind = f.type.upper()
        if kind.isdigit():
            clauses.append("e.cameo LIKE ?")
            params.append(kind + "%")
        elif kind in PLOVER_TYPES:
            clauses.append("e.plover = ?")
            params.append(kind)
        else:
            raise ConfigError(f"unknown event type {f.type!r}: use a PLOVER type "
                              f"({', '.join(PLOVER_TYPES)}) or a CAMEO code such as 163")
    return _dates_and_search(f, clauses, params)


def _dates_and_search(f: EventFilter, clauses: list[str],
                      params: list[Any]) -> tuple[str, list[Any]]:
    date_expr = "COALESCE(e.date_start, substr(a.published, 1, 10))"
    if f.since:
        clauses.append(f"{date_expr} >= ?")
        params.append(f.since)
    if f.until:
        clauses.append(f"substr({date_expr}, 1, length(?)) <= ?")
        params += [f.until, f.until]
    if f.search:
        clauses.append("e.sentence LIKE ?")
        params.append(f"%{f.search}%")
    return " AND ".join(clauses), params


def events(store: Store, f: EventFilter) -> list[dict[str, Any]]:
    where, params = _event_where(f)
    sql = (f"SELECT e.json, a.id AS article_id, a.source, a.published, e.sentence FROM events e "
           f"JOIN articles a ON a.id = e.article_id WHERE {where} "
           f"ORDER BY COALESCE(e.date_start, substr(a.published, 1, 10)) "
           f"{'DESC' if f.newest_first else ''}, "
           f"a.id, e.trigger_start")
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    return [_with_provenance(row, sentence=row["sentence"].strip())
            for row in store.db.execute(sql, params)]


def _with_provenance(row: Any, **extra: Any) -> dict[str, Any]:
    data = json.loads(row["json"])
    data.update(article_id=row["article_id"], source_outlet=row["source"],
                published=row["published"], **extra)
    return data


def quote_where(speaker: str | None = None, about: str | None = None,
                search: str | None = None) -> tuple[str, list[Any]]:
    """The WHERE clause (over ``quotes q``) and parameters of a quote filter."""
    clauses, params = ["1=1"], []
    if speaker:
        clauses.append("(q.speaker_name LIKE ? OR q.speaker_actor = ? OR q.speaker_actor IN "
                       "(SELECT actor_id FROM actors WHERE name LIKE ?))")
        params += [f"%{speaker}%", speaker, f"%{speaker}%"]
    if about:
        clauses.append("EXISTS (SELECT 1 FROM mentions m JOIN actors ac ON ac.article_id = "
                       "m.article_id AND ac.actor_id = m.actor_id "
                       "WHERE m.article_id = q.article_id "
                       "AND m.start >= q.start AND m.\"end\" <= q.\"end\" AND (ac.country = ? OR "
                       "ac.actor_id = ? OR ac.name LIKE ?))")
        params += [about.upper(), about, f"%{about}%"]
    if search:
        clauses.append("q.text LIKE ?")
        params.append(f"%{search}%")
    return " AND ".join(clauses), params


def quotes(store: Store, speaker: str | None = None, about: str | None = None,
           search: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    where, params = quote_where(speaker, about, search)
    sql = (f"SELECT q.json, a.id AS article_id, a.source, a.published FROM quotes q "
           f"JOIN articles a ON a.id = q.article_id WHERE {where} "
           f"ORDER BY a.published, q.start")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [_with_provenance(row) for row in store.db.execute(sql, params)]


def actors(store: Store, limit: int | None = None) -> list[dict[str, Any]]:
    sql = """
    SELECT ac.actor_id AS id, ac.name, ac.kind, ac.country, ac.sector, ac.role,
           COUNT(DISTINCT ac.article_id) AS articles,
           (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = ac.actor_id) AS mentions,
           (SELECT COUNT(DISTINCT ea.event_id) FROM event_actors ea
            JOIN events e ON e.id = ea.event_id
            WHERE ea.actor_id = ac.actor_id AND e.negated = 0) AS events
    FROM actors ac GROUP BY ac.actor_id ORDER BY mentions DESC, ac.name"""
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(row) for row in store.db.execute(sql)]


def articles(store: Store, search: str | None = None,
             limit: int | None = None) -> list[dict[str, Any]]:
    """Stored articles, newest first; ``search`` is an FTS5 query over title and text."""
    where, params = "1=1", []
    if search:
        where = "a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params.append(search)
    sql = (f"SELECT a.id, a.published, a.source, a.title, a.status, "
           f"(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events, "
           f"(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes "
           f"FROM articles a WHERE {where} ORDER BY a.published DESC, a.id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    try:
        return [dict(row) for row in store.db.execute(sql, params)]
    except sqlite3.OperationalError as exc:
        raise ConfigError(f"bad --search query {search!r}: {exc}; quote phrases with "
                          "double quotes, e.g. '\"maximum pressure\"'") from exc


def skips(store: Store) -> list[dict[str, Any]]:
    sql = "SELECT article_id, origin, code, reason, at FROM skips ORDER BY id"
    return [dict(row) for row in store.db.execute(sql)]


def show(store: Store, article_id: str) -> dict[str, Any]:
    """The stored report of one article, in the same shape as `eventwire extract`."""
    row = require_article(store.db, article_id)
    aid = row["id"]
    article = {k: row[k] for k in ("id", "text", "source", "source_id", "url", "title", "published",
                                   "timezone", "language", "author", "origin", "format")}
    article["timezone_basis"] = row["timezone_basis"]
    report: dict[str, Any] = {"schema": "eventwire.report/1", "article": article,
                              "pipeline": json.loads(row["pipeline_json"])}
    skip = store.db.execute("SELECT code, reason, origin FROM skips WHERE article_id = ?",
                            (aid,)).fetchone()
    if skip:
        report["skip"] = {"reason": skip["reason"], "code": skip["code"], "origin": skip["origin"],
                          "article_id": aid}
        return report
    for table, order in (("actors", "rowid"), ("events", "trigger_start"), ("quotes", "start"),
                         ("times", "start"), ("places", "position")):
        report[table] = [json.loads(r[0]) for r in store.db.execute(
            f"SELECT json FROM {table} WHERE article_id = ? ORDER BY {order}", (aid,))]
    report["warnings"] = json.loads(row["warnings_json"])
    return report


def summary(store: Store, top: int = 5) -> dict[str, Any]:
    db = store.db
    counts = {name: db.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0]
              for name in ("articles", "events", "quotes", "skips")}
    counts["actors"] = db.execute("SELECT COUNT(DISTINCT actor_id) FROM actors").fetchone()[0]
    counts["negated_events"] = db.execute(
        "SELECT COUNT(*) FROM events WHERE negated = 1").fetchone()[0]
    pairs = db.execute("""
        SELECT s.country AS source, t.country AS target, COUNT(DISTINCT e.id) AS events
        FROM events e JOIN event_actors s ON s.event_id = e.id AND s.role = 'source'
        JOIN event_actors t ON t.event_id = e.id AND t.role = 'target'
        WHERE e.negated = 0 AND s.country IS NOT NULL AND t.country IS NOT NULL
          AND s.country != t.country
        GROUP BY s.country, t.country ORDER BY events DESC, source, target LIMIT ?""", (top,))
    types = db.execute("SELECT plover, COUNT(*) AS n FROM events WHERE negated = 0 "
                       "GROUP BY plover ORDER BY n DESC, plover")
    return {"counts": counts, "top_pairs": [dict(r) for r in pairs],
            "types": {r["plover"]: r["n"] for r in types}, "skips": skips(store)}
