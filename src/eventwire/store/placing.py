"""Placing stored articles into near-duplicates, stories and fused events.

Each placement compares an article with the articles placed before it (the earlier stored of
two near-duplicates is the original, a story takes its id from its first article, a fused
event from its first mention), so the result depends on the order articles are placed in.
:meth:`eventwire.store.Store.save` places an article at once (one article at a time: a fetch,
the demo). An ingest run instead stores its articles unplaced, each marked in
``story_pending`` within its own transaction, and places them all at the end of the run in
publication order (:func:`eventwire.stories.features.publication_order`) — as the lake's
story pass does — so the same files give the same stories and fused events whatever their
names, the order they are listed in, or which worker finished first. A run that stops before
its end leaves its articles marked; the next run (or :func:`place_pending` on the store)
places them with its own.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from eventwire.models import (
    Actor,
    ActorRef,
    Article,
    Event,
    PipelineInfo,
    Place,
    Report,
    Skip,
    record_from_dict,
)
from eventwire.store.duplicates import record_fingerprint
from eventwire.store.fused import fuse_events
from eventwire.store.records import EVENT_RECORD_SQL, event_record
from eventwire.store.stories import WINDOW_DAYS, assign_story
from eventwire.stories.features import publication_day, publication_order

BATCH = 64  # articles placed per transaction
HELD_MAX = 4000  # a run's unplaced reports kept in memory; the rest are read back when placed


def place(db: sqlite3.Connection, report: Report) -> None:
    """Place one stored, analysed report (inside its transaction)."""
    pair = record_fingerprint(db, report.article)
    report = linked(db, report)
    assign_story(db, report, pair)
    fuse_events(db, report)


def unplace(db: sqlite3.Connection, article_id: str) -> None:
    """Mark a stored, analysed article as waiting to be placed (inside its transaction): its
    events leave the fused events they were in (they are fused again when it is placed)."""
    db.execute("DELETE FROM fused_members WHERE article_id = ?", (article_id,))
    db.execute("INSERT OR IGNORE INTO story_pending (article_id) VALUES (?)", (article_id,))


def held(report: Report) -> Report:
    """What placing needs of a report (article, actors, events, and the places its stories
    are told by: eventwire.stories.features.named_entities), to keep until placed."""
    return replace(report, quotes=(), times=(), warnings=())


def place_pending(db: sqlite3.Connection,
                  transaction: Callable[[], AbstractContextManager[object]],
                  reports: Mapping[str, Report] | None = None,
                  progress: Callable[[int], None] | None = None,
                  failed: Callable[[Skip], None] | None = None) -> int:
    """Place every article marked as waiting, in publication order, :data:`BATCH` a
    transaction; ``reports``: the waiting articles' reports this process holds (others are
    read back from the store); ``failed``: told of each article that could not be placed
    (stored as a skip with its reason). Returns how many were placed."""
    reports = reports or {}
    rows = db.execute("SELECT p.article_id, a.published FROM story_pending p "
                      "LEFT JOIN articles a ON a.id = p.article_id").fetchall()
    order = [r[0] for r in sorted(rows, key=lambda r: publication_order(r[0], r[1]))]
    placed = 0
    for i in range(0, len(order), BATCH):
        with transaction():
            for aid in order[i:i + BATCH]:
                # one article whose placement fails is rolled back alone and its reason stored
                # (`eventwire skips`): the others are placed, and later runs are not blocked
                db.execute("SAVEPOINT placing")
                try:
                    report = reports.get(aid) or stored_report(db, aid)
                    if report is not None:  # else deleted, or stored again as a skip, since
                        place(db, report)
                except REJECTED as exc:
                    db.execute("ROLLBACK TO placing")
                    db.execute("RELEASE placing")
                    skip = _placement_failed(db, aid, exc)
                    if failed and skip:
                        failed(skip)
                else:
                    db.execute("RELEASE placing")
                    placed += report is not None
                db.execute("DELETE FROM story_pending WHERE article_id = ?", (aid,))
        if progress:
            progress(placed)
    return placed


# errors that mean one article's records cannot be placed (as store.sqlite.REJECTED: a bug in
# that article's records, not a failing store)
REJECTED = (sqlite3.IntegrityError, ValueError, TypeError, AttributeError, KeyError)
PLACEMENT_SKIP = "placement"  # the skips code of an article stored analysed but placed nowhere


def _placement_failed(db: sqlite3.Connection, article_id: str, exc: Exception) -> Skip | None:
    """Store why an article could not be placed: it stays stored with its records, in no
    near-duplicate pair, story or fused event (until it is analysed again)."""
    row = db.execute("SELECT origin, pipeline_version FROM articles WHERE id = ?",
                     (article_id,)).fetchone()
    if row is None:
        return None
    message = " ".join(str(exc).split())[:300]
    skip = Skip(reason=f"placement error: {type(exc).__name__}: {message}", code=PLACEMENT_SKIP,
                origin=row[0], article_id=article_id)
    db.execute("INSERT OR REPLACE INTO skips (article_id, origin, code, reason, pipeline_version, "
               "at) VALUES (?,?,?,?,?,?)",
               (article_id, skip.origin, skip.code, skip.reason, row[1],
                datetime.now(UTC).isoformat(timespec="seconds")))
    return skip


def unplaced_message(db: sqlite3.Connection) -> str | None:
    """What to tell a reader of stories or fused events while stored articles wait to be
    placed (an ingest running, or one stopped before its end): None when none waits."""
    n = db.execute("SELECT COUNT(*) FROM story_pending").fetchone()[0]
    if not n:
        return None
    return (f"{n} article{'s' if n != 1 else ''} not yet placed into stories: run "
            "`eventwire ingest` (any path; the same files again will do) to place "
            f"{'them' if n != 1 else 'it'}, or wait for a running ingest to end; until then "
            "stories and fused events leave them out")


def stored_report(db: sqlite3.Connection, article_id: str) -> Report | None:
    """An analysed article's report as placing needs it (article, actors, events in their
    stored order), read back from the store; None when it is not stored analysed."""
    row = db.execute("SELECT id, text, source, source_id, url, title, published, timezone, "
                     "timezone_basis, language, author, origin, format, pipeline_json "
                     "FROM articles WHERE id = ? AND status = 'analysed'",
                     (article_id,)).fetchone()
    if row is None:
        return None
    article = Article(**{k: row[k] for k in row.keys() if k != "pipeline_json"})
    actors = tuple(record_from_dict(Actor, json.loads(r[0])) for r in db.execute(
        "SELECT json FROM actors WHERE article_id = ? ORDER BY rowid", (article_id,)))
    events = tuple(record_from_dict(Event, event_record(r)) for r in db.execute(
        f"SELECT {EVENT_RECORD_SQL} FROM events e WHERE e.article_id = ? ORDER BY e.n",
        (article_id,)))
    places = tuple(record_from_dict(Place, json.loads(r[0])) for r in db.execute(
        "SELECT json FROM places WHERE article_id = ? ORDER BY position", (article_id,)))
    pipeline = record_from_dict(PipelineInfo, json.loads(row["pipeline_json"]))
    return Report(article, pipeline, actors=actors, events=events, places=places)


# -- actors linked across articles ----------------------------------------------------------

def linked(db: sqlite3.Connection, report: Report) -> Report:
    """The report as placing compares it: each actor the article names without a country or
    actor code ("Jeyhun Bayramov" with no title) given the country (and code, sector) that
    every other stored article published within :data:`WINDOW_DAYS` of it resolves the same
    actor to ("Azerbaijani Foreign Minister Jeyhun Bayramov"), when they all agree. The same
    actor is the same actor id; a one-word name ("Phumtham", "Ararat": what a report calls a
    person by after its first mention, or a name cut short) is also the person whose full
    name starts with it. Used for stories and fused events only: the stored records keep
    what the article itself says."""
    day = publication_day(report.article.published)
    todo = sorted({a.id for a in report.actors if not a.country and not a.code}
                  | {r.actor for e in report.events for r in (*e.source, *e.target)
                     if not r.country and not r.code})
    if day is None or not todo:
        return report
    first = (date.fromisoformat(day) - timedelta(days=WINDOW_DAYS)).isoformat()
    last = (date.fromisoformat(day) + timedelta(days=WINDOW_DAYS)).isoformat()
    people = sorted({a.id for a in report.actors if a.id.startswith("person:")}
                    | {r.actor for e in report.events for r in (*e.source, *e.target)
                       if r.actor.startswith("person:")})
    found: dict[str, tuple[str, str | None, str | None]] = {}
    for actor in todo:
        resolved = _resolved(db, actor, report.article.id, first, last,
                             [p for p in people if p != actor])
        if resolved is not None:
            found[actor] = resolved
    if not found:
        return report

    def ref(r: ActorRef) -> ActorRef:
        if r.country or r.code or r.actor not in found:
            return r
        country, code, sector = found[r.actor]
        return replace(r, country=country, code=code, sector=sector)

    def person(a: Actor) -> Actor:
        if a.country or a.code or a.id not in found:
            return a
        country, code, sector = found[a.id]
        return replace(a, country=country, code=code, sector=sector)

    events = tuple(replace(e, source=tuple(map(ref, e.source)), target=tuple(map(ref, e.target)))
                   for e in report.events)
    return replace(report, actors=tuple(map(person, report.actors)), events=events)


def _resolved(db: sqlite3.Connection, actor: str, article_id: str, first: str,
              last: str, people: list[str] | None = None
              ) -> tuple[str, str | None, str | None] | None:
    """The one country (with the code and sector, when those agree too) other articles
    published between the days ``first`` and ``last`` give ``actor``; None when none does or
    they disagree. ``people``: the other persons the article names. A one-word organisation
    ("Ararat" as the parser read it) is taken for a person named in full elsewhere only in
    articles that also name one of those persons (the same talks told twice): a one-word
    organisation is more often what it says ("Chad", "Jordan" read as ORG) than a person."""
    kind, _, slug = actor.partition(":")
    same = ["ac.actor_id = ?"]
    params: list[str] = [actor]
    if slug and "-" not in slug and (kind == "person" or (kind == "org" and people)):
        same.append("ac.actor_id GLOB ?")
        params.append("person:" + slug.replace("[", "").replace("*", "").replace("?", "") + "-*")
    rows: set[tuple[str, str | None, str | None]] = set()
    for condition, param in zip(same, params, strict=True):
        extra: list[str] = []
        if kind == "org" and condition.endswith("GLOB ?"):
            extra = list(people or ())
            condition += (" AND ac.article_id IN (SELECT article_id FROM actors WHERE actor_id "
                          f"IN ({','.join('?' * len(extra))}))")
        rows.update(tuple(r) for r in db.execute(
            f"SELECT ac.country, ac.code, ac.sector FROM actors ac JOIN articles a "
            f"ON a.id = ac.article_id WHERE {condition} AND ac.country IS NOT NULL "
            f"AND ac.article_id != ? AND substr(a.published, 1, 10) BETWEEN ? AND ?",
            (param, *extra, article_id, first, last)))
    countries = {r[0] for r in rows}
    if len(countries) != 1:
        return None
    codes = {r[1] for r in rows}
    sectors = {r[2] for r in rows}
    return (next(iter(countries)), codes.pop() if len(codes) == 1 else None,
            sectors.pop() if len(sectors) == 1 else None)
