"""The events' lookup rows kept once per batch instead of by a trigger per event.

:meth:`eventwire.store.Store.save_many` stores many articles in one transaction. While it does,
a row in ``batch_writing`` makes the per-event insert triggers (events_ai, events_timeline_ai,
migration 12) stand aside, and :class:`Deferred` brings everything they keep up to date for the
batch's events with a few set-wise statements: the actor keys (actor_events), directed pairs
(dyads), the evidence-sentence index (events_fts_dated), the counts (events, negated events, per
type, per country pair), the events count of the actor index and the timeline counts. The
result is the triggers' result, row for row (tests/test_store_batch.py compares whole stores):

- counts add up, so adding a batch's counts at once is adding them one by one;
- actor_events and dyads are INSERT OR IGNORE sets, events_fts_dated a set of (rowid,
  sentence);
- actor_index rows an event creates (an actor no actors row named yet) take the first ref in
  storing order, as the trigger's first insert did; rows of the actors table override them
  exactly as before, whatever the order, since they override only 'unknown' kinds.

The delete triggers stay. A report that would delete rows still pending in this batch (its
article or one of its event ids stored earlier in the batch, or an event id it repeats itself)
is stored after a flush with the triggers on (:meth:`Deferred.pause`), exactly as Store.save
stores it. A report rolled back to its savepoint takes its pending rows with it
(:meth:`Deferred.mark`/``reset``).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from functools import cache

from eventwire.store.schema import (
    EDGE_COLUMNS,
    ME_KEY,
    TIMELINE_COLUMNS,
    TIMELINE_GRAINS,
    _roles_x,
    _split,
    _timeline_period,
    actor_upsert,
    fts_rowid,
    partner_fill,
)

# the batch's events: article ids as a JSON array in :ids
_EVENTS = "SELECT value FROM json_each(:ids)"

_REFS = f"""
CREATE TEMP TABLE IF NOT EXISTS batch_refs (
    n INTEGER NOT NULL, role TEXT NOT NULL, actor TEXT, name TEXT, country TEXT, sector TEXT);
CREATE TEMP TABLE IF NOT EXISTS batch_keys (n INTEGER NOT NULL, role TEXT NOT NULL, k TEXT);
DELETE FROM temp.batch_refs;
DELETE FROM temp.batch_keys;
INSERT INTO temp.batch_refs (n, role, actor, name, country, sector)
    SELECT e.n, s.role, json_extract(r.value, '$.actor'), json_extract(r.value, '$.name'),
           json_extract(r.value, '$.country'), json_extract(r.value, '$.sector')
    FROM events e, (SELECT 'source' AS role UNION ALL SELECT 'target') s,
         json_each(e.rest, '$.' || s.role) r
    WHERE e.article_id IN ({_EVENTS});
INSERT INTO temp.batch_keys (n, role, k)
    SELECT n, role, actor FROM temp.batch_refs WHERE actor IS NOT NULL
    UNION SELECT n, role, country FROM temp.batch_refs WHERE country IS NOT NULL;
"""

_ACTORS = f"""
INSERT INTO actor_index (actor_id, name, kind, country, sector, role, code, articles)
    SELECT actor_id, name, kind, country, sector, role, code, 1 FROM actors
    WHERE article_id IN ({_EVENTS}) ORDER BY rowid
    {actor_upsert("    ")}
UPDATE actor_index SET mentions = mentions + m.c
    FROM (SELECT actor_id, COUNT(*) AS c FROM mentions WHERE article_id IN ({_EVENTS})
          GROUP BY actor_id) m
    WHERE actor_index.actor_id = m.actor_id;
"""

_LOOKUPS = f"""
INSERT OR IGNORE INTO actor_events (key, sort_date, event, negated)
    SELECT DISTINCT k.k, e.sort_date, e.id, e.negated FROM temp.batch_keys k
    JOIN events e ON e.n = k.n ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO dyads (source, target, sort_date, event, negated)
    SELECT DISTINCT s.k, t.k, e.sort_date, e.id, e.negated FROM temp.batch_keys s
    JOIN temp.batch_keys t ON t.n = s.n AND t.role = 'target'
    JOIN events e ON e.n = s.n WHERE s.role = 'source' ORDER BY 1, 2, 3, 4;
INSERT INTO events_fts_dated (rowid, sentence)
    SELECT {fts_rowid('e.sort_date', 'e.n')},
           substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE e.article_id IN ({_EVENTS}) ORDER BY 1;
UPDATE counts SET n = n + (SELECT COUNT(*) FROM events WHERE article_id IN ({_EVENTS}))
    WHERE name = 'events';
UPDATE counts SET n = n + (SELECT COALESCE(SUM(negated), 0) FROM events
    WHERE article_id IN ({_EVENTS})) WHERE name = 'negated_events';
INSERT INTO type_counts (plover, n)
    SELECT plover, COUNT(*) FROM events WHERE article_id IN ({_EVENTS}) AND negated = 0
    GROUP BY plover
    ON CONFLICT (plover) DO UPDATE SET n = n + excluded.n;
INSERT INTO pair_counts (source, target, n)
    SELECT s.c, t.c, COUNT(*)
    FROM (SELECT DISTINCT n, country AS c FROM temp.batch_refs
          WHERE role = 'source' AND country IS NOT NULL) s
    JOIN (SELECT DISTINCT n, country AS c FROM temp.batch_refs
          WHERE role = 'target' AND country IS NOT NULL) t ON t.n = s.n AND t.c != s.c
    JOIN events e ON e.n = s.n WHERE e.negated = 0 GROUP BY 1, 2
    ON CONFLICT (source, target) DO UPDATE SET n = n + excluded.n;
INSERT INTO actor_index (actor_id, name, kind, country, sector, events)
    SELECT r.actor, r.name, 'unknown', r.country, r.sector, 1
    FROM (SELECT DISTINCT n, actor, name, country, sector FROM temp.batch_refs) r
    JOIN events e ON e.n = r.n WHERE e.negated = 0 AND r.actor IS NOT NULL
    ORDER BY r.n, r.actor, r.name, r.country, r.sector
    ON CONFLICT (actor_id) DO UPDATE SET events = events + 1;
"""

_TIMELINE = f"""
INSERT INTO timeline_counts ({TIMELINE_COLUMNS}, n)
    SELECT g.grain, x.k, {_timeline_period('e.sort_date')}, e.quad_class, e.plover, e.negated,
           COUNT(*)
    FROM (SELECT n, '' AS k FROM events WHERE article_id IN ({_EVENTS})
          UNION ALL SELECT DISTINCT n, k FROM temp.batch_keys
          UNION ALL SELECT s.n, s.k || char(31) || t.k FROM temp.batch_keys s
              JOIN temp.batch_keys t ON t.n = s.n AND t.role = 'target'
              WHERE s.role = 'source') x
    JOIN events e ON e.n = x.n, {TIMELINE_GRAINS} g
    WHERE e.sort_date != '' GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ({TIMELINE_COLUMNS}) DO UPDATE SET n = n + excluded.n;
"""


def _partners() -> str:
    """partner_counts and role_counts as migration 11's fill counts them (integer sums), for
    the batch's events; edge_counts one row per event and key in storing order, so the
    Goldstein sums add up in the trigger's order (floating point: the same bits)."""
    fill = partner_fill(0)
    assert fill.count("e.n > 0") == 5
    fill = fill.replace("e.n > 0", f"e.article_id IN ({_EVENTS})")
    counts = fill[:fill.index("CREATE TEMP TABLE edge_rows")]
    keys = (f"SELECT e.n AS n, '' AS k FROM events e WHERE e.article_id IN ({_EVENTS}) UNION "
            f"SELECT e.n, {ME_KEY} FROM events e, {_roles_x('e')} "
            f"WHERE e.article_id IN ({_EVENTS}) AND {ME_KEY} IS NOT NULL")
    edges = fill[fill.index("CREATE TEMP TABLE edge_rows"):fill.index("INSERT INTO edge_counts")]
    # one temp table for every batch of the connection (its own name: the bulk fill creates
    # and drops edge_rows), emptied, not created and dropped per batch: a schema change makes
    # SQLite prepare every cached statement (and the triggers they fire) again
    assert edges.startswith("CREATE TEMP TABLE edge_rows AS\n")
    edges = ("CREATE TEMP TABLE IF NOT EXISTS batch_edge_rows (n, s, t, m);\n"
             "DELETE FROM temp.batch_edge_rows;\n"
             "INSERT INTO temp.batch_edge_rows (n, s, t, m)\n"
             + edges[len("CREATE TEMP TABLE edge_rows AS\n"):])
    return counts + edges + f"""
INSERT INTO edge_counts ({EDGE_COLUMNS}, n, goldstein_sum, goldstein_n)
    SELECT k.k, x.s, x.t, e.quad_class, e.negated, 1,
           COALESCE(e.goldstein * x.m, 0), IIF(e.goldstein IS NULL, 0, x.m)
    FROM temp.batch_edge_rows x JOIN ({keys}) k ON k.n = x.n JOIN events e ON e.n = x.n
    ORDER BY x.n
    ON CONFLICT ({EDGE_COLUMNS}) DO UPDATE SET n = n + 1,
        goldstein_sum = goldstein_sum + excluded.goldstein_sum,
        goldstein_n = goldstein_n + excluded.goldstein_n;
"""


_PARTNERS = _partners()


@dataclass
class Deferred:
    """The articles whose events wait for their lookup rows, in storing order."""

    lookups: bool  # events_ai stands aside (else it is not there: a bulk load fills later)
    timeline: bool  # events_timeline_ai stands aside
    actors: bool  # actors_index_ai and mentions_index_ai stand aside
    partners: bool = False  # events_partners_ai stands aside
    articles: list[str] = field(default_factory=list)
    events: set[str] = field(default_factory=set)

    @classmethod
    def start(cls, db: sqlite3.Connection) -> Deferred:
        """Make the event triggers there are stand aside for this transaction."""
        names = {r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN "
            "('events_ai', 'events_timeline_ai', 'events_partners_ai', 'actors_index_ai', "
            "'mentions_index_ai')")}
        deferred = cls("events_ai" in names, "events_timeline_ai" in names,
                       "actors_index_ai" in names and "mentions_index_ai" in names,
                       "events_partners_ai" in names)
        if names:
            db.execute("INSERT INTO batch_writing (id) VALUES (1)")
        return deferred

    def finish(self, db: sqlite3.Connection) -> None:
        self.flush(db)
        if self.lookups or self.timeline or self.actors or self.partners:
            db.execute("DELETE FROM batch_writing")

    def add(self, article_id: str, event_ids: list[str]) -> None:
        """The article's records (actors, mentions, events) are stored and wait."""
        self.articles.append(article_id)
        self.events.update(event_ids)

    def irregular(self, article_id: str, event_ids: list[str]) -> bool:
        """The report replaces rows pending in this batch, or repeats an event id itself:
        such a report is stored with the triggers (:meth:`pause`), as Store.save stores it."""
        return (article_id in self.articles or len(set(event_ids)) < len(event_ids)
                or any(e in self.events for e in event_ids))

    def pause(self, db: sqlite3.Connection) -> None:
        """Flush, and let the triggers keep the lookups until :meth:`resume`."""
        self.flush(db)
        if self.lookups or self.timeline or self.actors or self.partners:
            db.execute("DELETE FROM batch_writing")

    def resume(self, db: sqlite3.Connection) -> None:
        if self.lookups or self.timeline or self.actors or self.partners:
            db.execute("INSERT INTO batch_writing (id) VALUES (1)")

    def mark(self) -> tuple[list[str], set[str]]:
        return list(self.articles), set(self.events)

    def reset(self, mark: tuple[list[str], set[str]]) -> None:
        self.articles, self.events = list(mark[0]), set(mark[1])

    def flush(self, db: sqlite3.Connection) -> None:
        if not self.articles:
            return
        params = {"ids": json.dumps(self.articles)}
        parts = ((_ACTORS, self.actors), (_REFS, self.lookups or self.timeline),
                 (_LOOKUPS, self.lookups), (_TIMELINE, self.timeline),
                 (_PARTNERS, self.partners))
        for part, wanted in parts:
            for statement in _statements(part) if wanted else ():
                db.execute(statement, params)
        self.articles, self.events = [], set()


@cache
def _statements(sql: str) -> tuple[str, ...]:
    return tuple(_split(sql))
