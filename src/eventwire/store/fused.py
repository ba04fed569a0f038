"""Fused events: the events of different articles that are one real-world event, joined on
ingest (inside each article's transaction) and read back with all their mentions.

An event joins the earliest stored fused event whose representative (its first mention) is
the same event by :func:`eventwire.events.compatible.same_event` — same type family,
compatible sides and direction, overlapping dates at their precision, compatible places, the
same negation and reality class — and, across articles, of the same kind: both dated or both
undated, and both background (over a week before their report) or both current, so "the 2015
deal" never fuses with today's news. Candidates come from one indexed lookup by type and
actor keys. Negated and hypothetical mentions are kept (as fused events of their own class)
and never make an asserted event.

Counting (GDELT's NumMentions/NumArticles/NumSources, done per event): a near-duplicate copy
whose original also reports the event adds nothing; ``num_articles`` counts distinct
originals, ``num_sources`` their distinct outlets, ``num_mentions`` the mentions (an event
and its within-article repeats) in those articles. Copies are listed in ``near_duplicates``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from eventwire.events.compatible import actor_key, date_range, same_event
from eventwire.models import Event, Report, record_dict, record_from_dict
from eventwire.stories.features import publication_day

BACKGROUND_DAYS = 7  # an event over this many days before its report is background
MAX_CANDIDATES = 50


def background(event: Event, published_day: str | None) -> bool:
    span = date_range(event.date)
    if span is None or published_day is None:
        return event.date is not None and event.date.value is None and event.date.mod in (
            "BEFORE", "ON_OR_BEFORE")
    return span[1] < date.fromisoformat(published_day) - timedelta(days=BACKGROUND_DAYS)


def fuse_events(db: sqlite3.Connection, report: Report) -> None:
    """Join each event of the report to its fused event (or start one)."""
    aid = report.article.id
    db.execute("DELETE FROM fused_members WHERE article_id = ?", (aid,))
    day = publication_day(report.article.published)
    for event in report.events:
        back = background(event, day)
        dated = event.date is not None and event.date.value is not None
        keys = sorted({actor_key(r) for r in (*event.source, *event.target)})
        fused = _find(db, event, keys, back, dated) if keys else None
        if fused is None:
            fused = "f" + event.id
            data = json.dumps(record_dict(event), ensure_ascii=False, separators=(",", ":"))
            db.execute("INSERT OR REPLACE INTO fused_events (id, plover, cameo, sort_date, "
                       "background, dated, asserted, record) VALUES (?,?,?,?,?,?,?,?)",
                       (fused, event.plover, event.cameo, _sort_date(event, day), int(back),
                        int(dated), int(not event.negated and event.modality in (
                            "asserted", "reported")), data))
        # every mention's actors find the fused event (and filter it by --actor / --pair)
        db.executemany("INSERT OR IGNORE INTO fused_keys (plover, key, role, fused_id) "
                       "VALUES (?,?,?,?)",
                       [(event.plover, actor_key(r), role, fused)
                        for role, refs in (("source", event.source),
                                           ("target", event.target)) for r in refs])
        db.execute("INSERT OR REPLACE INTO fused_members (event_id, fused_id, article_id, "
                   "mentions) VALUES (?,?,?,?)", (event.id, fused, aid, 1 + len(event.mentions)))


def _sort_date(event: Event, day: str | None) -> str:
    span = date_range(event.date)
    if span is not None and span[0] != date.min:
        return span[0].isoformat()
    return day or ""


def _find(db: sqlite3.Connection, event: Event, keys: list[str], back: bool,
          dated: bool) -> str | None:
    rows = db.execute(
        f"SELECT DISTINCT f.id, f.record FROM fused_keys k JOIN fused_events f "
        f"ON f.id = k.fused_id WHERE k.plover = ? AND k.key IN ({','.join('?' * len(keys))}) "
        f"AND f.background = ? AND f.dated = ? ORDER BY f.rowid LIMIT {MAX_CANDIDATES}",
        [event.plover, *keys, int(back), int(dated)]).fetchall()
    for fused_id, record in rows:
        if same_event(record_from_dict(Event, json.loads(record)), event):
            return str(fused_id)
    return None


# -- reading ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FusedFilter:
    actor: str | None = None
    pair: tuple[str, str] | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None  # outlet: fused events one of whose articles it published
    include_negated: bool = False  # also negated and hypothetical/future fused events
    min_articles: int = 1
    limit: int | None = 100
    offset: int = 0


def fused_events(db: sqlite3.Connection, f: FusedFilter,
                 resolve: Any = None) -> list[dict[str, Any]]:
    """Fused events matching ``f`` by date (then id), each with its articles, counts and every
    piece of evidence. ``resolve(value) -> keys`` turns an actor string into lookup keys."""
    where = ["EXISTS (SELECT 1 FROM fused_members m WHERE m.fused_id = f.id)"]
    params: list[Any] = []
    if not f.include_negated:
        where.append("f.asserted = 1")
    if f.type:
        kind = f.type.upper()
        if kind.isdigit():
            where.append("f.cameo >= ? AND f.cameo < ?")
            params += [kind, kind + ":"]
        else:
            where.append("f.plover = ?")
            params.append(kind)
    if f.since:
        where.append("f.sort_date >= ?")
        params.append(f.since)
    if f.until:
        where.append("substr(f.sort_date, 1, ?) <= ?")
        params += [len(f.until), f.until]
    for value, role in ((f.actor, None), *(((f.pair[0], "source"), (f.pair[1], "target"))
                                          if f.pair else ())):
        if value is None:
            continue
        keys = list(resolve(value)) if resolve else [value]
        if not keys:
            return []
        role_sql = " AND k.role = ?" if role else ""
        where.append(f"f.id IN (SELECT k.fused_id FROM fused_keys k WHERE k.key IN "
                     f"({','.join('?' * len(keys))}){role_sql})")
        params += keys + ([role] if role else [])
    if f.source:
        where.append("f.id IN (SELECT m.fused_id FROM fused_members m JOIN articles a "
                     "ON a.id = m.article_id WHERE a.source = ?)")
        params.append(f.source)
    sql = (f"SELECT f.id, f.record, f.sort_date FROM fused_events f WHERE {' AND '.join(where)} "
           f"ORDER BY f.sort_date, f.id")
    out = []
    skipped = 0
    for row in db.execute(sql, params).fetchall():
        fused = _fused_row(db, row["id"], json.loads(row["record"]))
        if fused["num_articles"] < f.min_articles:
            continue
        if skipped < f.offset:
            skipped += 1
            continue
        out.append(fused)
        if f.limit is not None and len(out) >= f.limit:
            break
    return out


def _fused_row(db: sqlite3.Connection, fused_id: str, rep: dict[str, Any]) -> dict[str, Any]:
    members = db.execute(
        "SELECT m.event_id, m.article_id, m.mentions, a.source, a.published, a.text, "
        "d.original_id FROM fused_members m JOIN articles a ON a.id = m.article_id "
        "LEFT JOIN near_duplicates d ON d.article_id = m.article_id WHERE m.fused_id = ? "
        "ORDER BY a.published, m.article_id, m.event_id", (fused_id,)).fetchall()
    in_event = {m["article_id"] for m in members}
    counted = [m for m in members if m["original_id"] is None
               or m["original_id"] not in in_event]
    roots = {m["original_id"] or m["article_id"] for m in counted}
    outlets = {r[0] for r in db.execute(
        f"SELECT DISTINCT source FROM articles WHERE id IN ({','.join('?' * len(roots))})",
        sorted(roots)) if r[0]}
    events = _event_rows(db, [m["event_id"] for m in members])
    evidence = []
    for m in members:
        e = events.get(m["event_id"])
        if e is None:
            continue
        for ev in (e["evidence"], *e.get("mentions", ())):
            s = ev["sentence"]
            evidence.append({"article_id": m["article_id"], "source_outlet": m["source"],
                             "published": m["published"], "event_id": m["event_id"],
                             "modality": e.get("modality"), "negated": e.get("negated"),
                             "sentence": m["text"][s["start"]:s["end"]].strip(),
                             "trigger": ev["trigger"]})
    articles = list(dict.fromkeys(m["article_id"] for m in members))
    published = [m["published"] for m in members if m["published"]]
    rep = _most_specific(rep, [events[m["event_id"]] for m in members
                               if m["event_id"] in events])
    return {"id": fused_id, "plover": rep["plover"], "cameo": rep["cameo"],
            "source": rep["source"], "target": rep["target"], "date": rep.get("date"),
            "place": rep.get("place"), "modality": rep.get("modality"),
            "negated": rep.get("negated", False), "articles": articles,
            "near_duplicates": [[m["original_id"], m["article_id"]] for m in members
                                if m not in counted],
            "num_articles": len(roots), "num_sources": len(outlets),
            "num_mentions": sum(m["mentions"] for m in counted),
            "first_report": min(published, default=None),
            "latest_report": max(published, default=None), "evidence": evidence}


def _most_specific(first: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """The mention that says most: both sides named, then the most actors, then the most
    precise date (days before months), the earliest stored on ties. Its type, actors, date and
    place are the fused event's."""
    precision = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4}

    def rank(e: dict[str, Any]) -> tuple[int, int, int, int]:
        when = (e.get("date") or {}).get("precision")
        return (-(bool(e["source"]) + bool(e["target"])), -len(e["source"]) - len(e["target"]),
                precision.get(when or "", 9), int(e.get("place") is None))

    return min(events, key=rank) if events else first


def _event_rows(db: sqlite3.Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    from eventwire.store.records import EVENT_RECORD_SQL, event_record

    rows = db.execute(f"SELECT e.id AS event_id, {EVENT_RECORD_SQL} FROM events e "
                      f"WHERE e.id IN ({','.join('?' * len(ids))})", list(ids)).fetchall()
    return {r["event_id"]: event_record(r) for r in rows}


def fused_counts(db: sqlite3.Connection) -> dict[str, Any]:
    """Events counted once per real-world event: asserted fused events, negated ones, and
    asserted ones per PLOVER type (most first)."""
    rows = db.execute(
        "SELECT f.plover, f.asserted, json_extract(f.record, '$.negated') AS negated, "
        "COUNT(*) AS n FROM fused_events f WHERE EXISTS (SELECT 1 FROM fused_members m "
        "WHERE m.fused_id = f.id) GROUP BY 1, 2, 3").fetchall()
    types: dict[str, int] = {}
    for r in rows:
        if r["asserted"]:
            types[r["plover"]] = types.get(r["plover"], 0) + r["n"]
    return {"events": sum(r["n"] for r in rows if r["asserted"]),
            "negated_events": sum(r["n"] for r in rows if r["negated"]),
            "types": dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0])))}
