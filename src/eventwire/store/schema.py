"""Schema migrations, applied in order; ``schema_migrations`` records which ran."""

from __future__ import annotations

from typing import Any

from eventwire.store.records import EVENT_COLUMNS

# a migration is SQL, or a function of the connection for what SQL cannot do (migration 6)
MIGRATIONS: tuple[tuple[int, Any], ...] = (
    (1, """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source TEXT, source_id TEXT, url TEXT, title TEXT,
    published TEXT, timezone TEXT, timezone_assumed INTEGER NOT NULL DEFAULT 0,
    language TEXT, author TEXT, origin TEXT, format TEXT,
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('analysed', 'skipped')),
    pipeline_version TEXT NOT NULL,
    pipeline_json TEXT NOT NULL,
    warnings_json TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', \
content_rowid='rowid');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TABLE actors (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    country TEXT, sector TEXT, role TEXT, code TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (article_id, actor_id)
);
CREATE INDEX actors_actor ON actors(actor_id);
CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (article_id, actor_id, start, "end")
);
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    plover TEXT NOT NULL, cameo TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL,
    mode TEXT, negated INTEGER NOT NULL, modality TEXT NOT NULL,
    date_value TEXT, date_precision TEXT, date_basis TEXT,
    place_name TEXT, place_country TEXT,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, sentence TEXT NOT NULL,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type ON events(plover, cameo);
CREATE INDEX events_date ON events(date_value);
CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    position INTEGER NOT NULL,
    actor_id TEXT NOT NULL, name TEXT NOT NULL, country TEXT, sector TEXT,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_actors_country ON event_actors(country, role);
CREATE INDEX event_actors_actor ON event_actors(actor_id, role);
CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    speaker_actor TEXT, speaker_name TEXT,
    json TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL, value TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (article_id, start, "end")
);
CREATE TABLE places (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, name TEXT NOT NULL, country TEXT, precision TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE TABLE skips (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL, origin TEXT, code TEXT NOT NULL, reason TEXT NOT NULL,
    pipeline_version TEXT NOT NULL, at TEXT NOT NULL,
    UNIQUE (article_id, code)
);
"""),
    (2, """
ALTER TABLE events ADD COLUMN date_start TEXT;
UPDATE events SET date_start = substr(date_value, 1, 10) WHERE date_precision = 'day';
CREATE INDEX events_date_start ON events(date_start);
"""),
    (3, """
ALTER TABLE articles ADD COLUMN timezone_basis TEXT NOT NULL DEFAULT 'default';
UPDATE articles SET timezone_basis = 'input' WHERE timezone_assumed = 0;
UPDATE articles SET timezone_basis = 'outlet'
    WHERE timezone_assumed = 1 AND timezone IS NOT NULL AND timezone != 'UTC';
"""),
)


# -- migration 4: a store that answers at tens of millions of events ----------------------------
# Events keep their columns and record JSON but no copy of the evidence sentence (it is cut from
# the article text by offsets), and gain a stored sort date (the event's first day, else the
# publication day, else ''). Lookup tables keyed for the hot queries are maintained by
# triggers from the record itself, so every writer (ingest, `lake load`, migrations) keeps them
# right:
#   actor_events (key, sort_date, event)      --actor: key = actor id or ISO country, either side
#   dyads (source, target, sort_date, event)  --pair and dyad timelines, directed
#   events_fts                                --search over evidence sentences (contentless)
#   counts, type_counts, pair_counts, actor_index   summary, `actors` and actor-name resolution

def _side_keys(row: str, side: str, col: str = "json") -> str:
    """SQL for the lookup keys of one side of an event: each actor id and each country code."""
    return (f"SELECT json_extract(value, '$.actor') AS k FROM json_each({row}.{col}, '$.{side}') "
            f"UNION SELECT json_extract(value, '$.country') FROM json_each({row}.{col}, "
            f"'$.{side}') WHERE json_extract(value, '$.country') IS NOT NULL")


def _side_countries(row: str, side: str, col: str = "json") -> str:
    return (f"SELECT DISTINCT json_extract(value, '$.country') AS c FROM json_each({row}.{col}, "
            f"'$.{side}') WHERE json_extract(value, '$.country') IS NOT NULL")


def _actor_ids(row: str, col: str = "json") -> str:
    return (f"SELECT json_extract(value, '$.actor') AS id, "
            f"json_extract(value, '$.name') AS name, "
            f"json_extract(value, '$.country') AS country, "
            f"json_extract(value, '$.sector') AS sector "
            f"FROM json_each({row}.{col}, '$.source') UNION "
            f"SELECT json_extract(value, '$.actor'), json_extract(value, '$.name'), "
            f"json_extract(value, '$.country'), json_extract(value, '$.sector') "
            f"FROM json_each({row}.{col}, '$.target')")


def _sentence(text: str, row: str) -> str:
    return f"substr({text}, {row}.sentence_start + 1, {row}.sentence_end - {row}.sentence_start)"


# -- the date-ordered sentence index (migration 16) ---------------------------------------------
# events_fts_dated holds each event's evidence sentence under rowid = day * 2**FTS_SHIFT + n:
# ``day`` is the sort date as the integer YYYYMMDD (0 for an undated event, FTS_MISFIT for a
# sort date not shaped YYYY-MM-DD), ``n`` the events row. Ordered by rowid, the matches of a
# text search come day by day in sort-date order (store/search.py), so the first page of a term
# in most sentences is read from its first days, not from all its matches. The day is a
# monotone function of the sort date's text, so within a day only the event ids need sorting.
FTS_SHIFT = 36  # n below 2**36 (68.7 billion events); the largest rowid stays below 2**63
FTS_MASK = (1 << FTS_SHIFT) - 1
FTS_MISFIT = 100_000_000  # above every YYYYMMDD
_DAY_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"


def fts_day(sort_date: str) -> str:
    """SQL: the rowid day of sort date expression ``sort_date``."""
    return (f"(CASE WHEN {sort_date} = '' THEN 0 WHEN {sort_date} GLOB '{_DAY_GLOB}' THEN "
            f"CAST(substr({sort_date}, 1, 4) || substr({sort_date}, 6, 2) || "
            f"substr({sort_date}, 9, 2) AS INTEGER) ELSE {FTS_MISFIT} END)")


def fts_rowid(sort_date: str, n: str) -> str:
    """SQL: the events_fts_dated rowid of the event with sort date ``sort_date`` and row
    ``n`` (SQL expressions)."""
    return f"({fts_day(sort_date)} * {1 << FTS_SHIFT} + {n})"


def day_of(sort_date: str) -> int:
    """:func:`fts_day` in Python (writers that build rows outside SQL)."""
    if sort_date == "":
        return 0
    if (len(sort_date) == 10 and sort_date[4] == "-" and sort_date[7] == "-"
            and all(c in "0123456789" for c in sort_date[:4] + sort_date[5:7] + sort_date[8:])):
        return int(sort_date[:4] + sort_date[5:7] + sort_date[8:])
    return FTS_MISFIT


def dated_rowid(sort_date: str, n: int) -> int:
    """:func:`fts_rowid` in Python."""
    return (day_of(sort_date) << FTS_SHIFT) + n


def _event_triggers(col: str = "json", fts: str = "events_fts") -> str:
    """The lookup-table triggers on events; ``col`` holds the record's actor refs (``json``
    up to migration 5, ``rest`` from migration 6), ``fts`` the sentence index (``events_fts``,
    rowid = n, up to migration 15; ``events_fts_dated``, rowid = :func:`fts_rowid`, from 16)."""
    new_rowid, e_rowid = ("new.n", "e.n") if fts == "events_fts" else (
        fts_rowid("new.sort_date", "new.n"), fts_rowid("e.sort_date", "e.n"))
    keys_either = f"{_side_keys('new', 'source', col)} UNION {_side_keys('new', 'target', col)}"
    old_keys_either = (f"{_side_keys('old', 'source', col)} UNION "
                       f"{_side_keys('old', 'target', col)}")
    return f"""
CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
    INSERT OR IGNORE INTO actor_events (key, sort_date, event, negated)
        SELECT k, new.sort_date, new.id, new.negated FROM ({keys_either}) WHERE k IS NOT NULL;
    INSERT OR IGNORE INTO dyads (source, target, sort_date, event, negated)
        SELECT s.k, t.k, new.sort_date, new.id, new.negated
        FROM ({_side_keys('new', 'source', col)}) s, ({_side_keys('new', 'target', col)}) t
        WHERE s.k IS NOT NULL AND t.k IS NOT NULL;
    INSERT INTO {fts} (rowid, sentence) SELECT {new_rowid}, {_sentence('a.text', 'new')}
        FROM articles a WHERE a.id = new.article_id;
    UPDATE counts SET n = n + 1 WHERE name = 'events';
    UPDATE counts SET n = n + new.negated WHERE name = 'negated_events';
    INSERT INTO type_counts (plover, n) SELECT new.plover, 1 WHERE new.negated = 0
        ON CONFLICT (plover) DO UPDATE SET n = n + 1;
    INSERT INTO pair_counts (source, target, n)
        SELECT s.c, t.c, 1 FROM ({_side_countries('new', 'source', col)}) s,
        ({_side_countries('new', 'target', col)}) t WHERE new.negated = 0 AND s.c != t.c
        ON CONFLICT (source, target) DO UPDATE SET n = n + 1;
    INSERT INTO actor_index (actor_id, name, kind, country, sector, events)
        SELECT id, name, 'unknown', country, sector, 1 FROM ({_actor_ids('new', col)})
        WHERE new.negated = 0 AND id IS NOT NULL
        ON CONFLICT (actor_id) DO UPDATE SET events = events + 1;
END;
CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
    DELETE FROM actor_events WHERE key IN ({old_keys_either}) AND sort_date = old.sort_date
        AND event = old.id;
    DELETE FROM dyads WHERE source IN ({_side_keys('old', 'source', col)})
        AND target IN ({_side_keys('old', 'target', col)}) AND sort_date = old.sort_date
        AND event = old.id;
    UPDATE counts SET n = n - 1 WHERE name = 'events';
    UPDATE counts SET n = n - old.negated WHERE name = 'negated_events';
    UPDATE type_counts SET n = n - 1 WHERE plover = old.plover AND old.negated = 0;
    UPDATE pair_counts SET n = n - 1 WHERE old.negated = 0 AND (source, target) IN (
        SELECT s.c, t.c FROM ({_side_countries('old', 'source', col)}) s,
        ({_side_countries('old', 'target', col)}) t WHERE s.c != t.c);
    UPDATE actor_index SET events = events - 1 WHERE old.negated = 0
        AND actor_id IN (SELECT id FROM ({_actor_ids('old', col)}));
END;
CREATE TRIGGER articles_bd_events BEFORE DELETE ON articles BEGIN
    INSERT INTO {fts} ({fts}, rowid, sentence)
        SELECT 'delete', {e_rowid}, {_sentence('old.text', 'e')} FROM events e
        WHERE e.article_id = old.id;
END;
"""


def actor_upsert(indent: str) -> str:
    """How an actor's ``actor_index`` row takes one more article's record of it: the trigger on
    ``actors`` and the batch writer (store/batch.py) write it alike. One more article; an actor
    still of kind 'unknown' takes the newer name, role, code, sector, country and kind. Its
    lines after the first start with ``indent``."""
    return "ON CONFLICT (actor_id) DO UPDATE SET articles = articles + 1,\n" + ",\n".join(
        f"{indent}{c} = CASE WHEN kind = 'unknown' THEN excluded.{c} ELSE {c} END"
        for c in ("name", "role", "code", "sector", "country", "kind")) + ";"


def _count_triggers() -> str:
    out = []
    for table, name in (("articles", "articles"), ("quotes", "quotes"), ("skips", "skips")):
        out.append(f"""
CREATE TRIGGER {table}_count_ai AFTER INSERT ON {table} BEGIN
    UPDATE counts SET n = n + 1 WHERE name = '{name}';
END;
CREATE TRIGGER {table}_count_ad AFTER DELETE ON {table} BEGIN
    UPDATE counts SET n = n - 1 WHERE name = '{name}';
END;""")
    out.append(f"""
CREATE TRIGGER actors_index_ai AFTER INSERT ON actors BEGIN
    INSERT INTO actor_index (actor_id, name, kind, country, sector, role, code, articles)
        VALUES (new.actor_id, new.name, new.kind, new.country, new.sector, new.role, new.code, 1)
        {actor_upsert("        ")}
END;
CREATE TRIGGER actors_index_ad AFTER DELETE ON actors BEGIN
    UPDATE actor_index SET articles = articles - 1 WHERE actor_id = old.actor_id;
END;
CREATE TRIGGER mentions_index_ai AFTER INSERT ON mentions BEGIN
    UPDATE actor_index SET mentions = mentions + 1 WHERE actor_id = new.actor_id;
END;
CREATE TRIGGER mentions_index_ad AFTER DELETE ON mentions BEGIN
    UPDATE actor_index SET mentions = mentions - 1 WHERE actor_id = old.actor_id;
END;""")
    return "\n".join(out)


MIGRATION_4 = f"""
ALTER TABLE events RENAME TO events_v2;
CREATE TABLE events (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    plover TEXT NOT NULL, cameo TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL,
    mode TEXT, negated INTEGER NOT NULL, modality TEXT NOT NULL,
    date_value TEXT, date_precision TEXT, date_basis TEXT,
    place_name TEXT, place_country TEXT,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
    json TEXT NOT NULL,
    date_start TEXT,
    sort_date TEXT NOT NULL
);
DROP INDEX IF EXISTS events_article;
DROP INDEX IF EXISTS events_type;
DROP INDEX IF EXISTS events_date;
DROP INDEX IF EXISTS events_date_start;
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_sort ON events(sort_date, id);
CREATE INDEX events_type ON events(plover, sort_date, id);
CREATE TABLE actor_events (
    key TEXT NOT NULL, sort_date TEXT NOT NULL, event TEXT NOT NULL, negated INTEGER NOT NULL,
    PRIMARY KEY (key, sort_date, event)
) WITHOUT ROWID;
CREATE TABLE dyads (
    source TEXT NOT NULL, target TEXT NOT NULL, sort_date TEXT NOT NULL, event TEXT NOT NULL,
    negated INTEGER NOT NULL,
    PRIMARY KEY (source, target, sort_date, event)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE events_fts USING fts5(sentence, content='', columnsize=0);
CREATE TABLE counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE type_counts (plover TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE pair_counts (
    source TEXT NOT NULL, target TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (source, target)
) WITHOUT ROWID;
CREATE TABLE actor_index (
    actor_id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
    country TEXT, sector TEXT, role TEXT, code TEXT,
    articles INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0,
    events INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX actor_index_mentions ON actor_index(mentions DESC, name);
CREATE INDEX actor_index_code ON actor_index(code);
INSERT INTO counts (name, n) SELECT 'articles', COUNT(*) FROM articles;
INSERT INTO counts (name, n) SELECT 'quotes', COUNT(*) FROM quotes;
INSERT INTO counts (name, n) SELECT 'skips', COUNT(*) FROM skips;
INSERT INTO counts (name, n) VALUES ('events', 0);
INSERT INTO counts (name, n) VALUES ('negated_events', 0);
INSERT INTO actor_index (actor_id, name, kind, country, sector, role, code, articles)
    SELECT actor_id, name, kind, country, sector, role, code, COUNT(*) FROM actors
    GROUP BY actor_id;
UPDATE actor_index SET mentions = (SELECT COUNT(*) FROM mentions m
    WHERE m.actor_id = actor_index.actor_id);
{_event_triggers()}
{_count_triggers()}
INSERT INTO events (id, article_id, plover, cameo, quad_class, goldstein, mode, negated,
    modality, date_value, date_precision, date_basis, place_name, place_country, sentence_start,
    sentence_end, trigger_start, trigger_end, trigger_text, json, date_start, sort_date)
    SELECT e.id, e.article_id, e.plover, e.cameo, e.quad_class, e.goldstein, e.mode, e.negated,
           e.modality, e.date_value, e.date_precision, e.date_basis, e.place_name,
           e.place_country, e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end,
           e.trigger_text, e.json, e.date_start,
           COALESCE(e.date_start, substr(a.published, 1, 10), '')
    FROM events_v2 e JOIN articles a ON a.id = e.article_id ORDER BY e.rowid;
CREATE TABLE event_actors_v3 (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    position INTEGER NOT NULL,
    actor_id TEXT NOT NULL, name TEXT NOT NULL, country TEXT, sector TEXT,
    PRIMARY KEY (event_id, role, position)
);
INSERT INTO event_actors_v3 SELECT * FROM event_actors;
DROP TABLE event_actors;
DROP TABLE events_v2;
ALTER TABLE event_actors_v3 RENAME TO event_actors;
CREATE INDEX event_actors_country ON event_actors(country, role);
CREATE INDEX event_actors_actor ON event_actors(actor_id, role);
"""

MIGRATIONS = (*MIGRATIONS, (4, MIGRATION_4))


# -- bulk loading ---------------------------------------------------------------------------------
# Per-row triggers cost ~1 ms an event; a bulk load (the scale benchmark, large imports) drops
# the event trigger, inserts events and event_actors, then fills the lookup tables set-wise,
# sorted, from the actor refs of the records (migration 6: the ``rest`` column).

BULK_FILL = f"""
CREATE TEMP TABLE bulk_refs AS
    SELECT e.id AS event_id, s.role AS role, r.value ->> 'actor' AS actor_id,
           r.value ->> 'name' AS name, r.value ->> 'country' AS country,
           r.value ->> 'sector' AS sector
    FROM events e, (SELECT 'source' AS role UNION ALL SELECT 'target') s,
         json_each(e.rest, '$.' || s.role) r
    WHERE e.n > :n0;
CREATE TEMP TABLE bulk_keys AS
    SELECT event_id, role, actor_id AS k FROM bulk_refs
    UNION SELECT event_id, role, country FROM bulk_refs WHERE country IS NOT NULL;
INSERT OR IGNORE INTO actor_events (key, sort_date, event, negated)
    SELECT DISTINCT k.k, e.sort_date, e.id, e.negated FROM bulk_keys k
    JOIN events e ON e.id = k.event_id ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO dyads (source, target, sort_date, event, negated)
    SELECT DISTINCT s.k, t.k, e.sort_date, e.id, e.negated FROM bulk_keys s
    JOIN bulk_keys t ON t.event_id = s.event_id AND t.role = 'target'
    JOIN events e ON e.id = s.event_id WHERE s.role = 'source' ORDER BY 1, 2, 3, 4;
INSERT INTO events_fts_dated (rowid, sentence)
    SELECT {fts_rowid('e.sort_date', 'e.n')}, {_sentence('a.text', 'e')}
    FROM events e JOIN articles a ON a.id = e.article_id WHERE e.n > :n0 ORDER BY 1;
UPDATE counts SET n = n + (SELECT COUNT(*) FROM events WHERE n > :n0) WHERE name = 'events';
UPDATE counts SET n = n + (SELECT COUNT(*) FROM events WHERE n > :n0 AND negated = 1)
    WHERE name = 'negated_events';
INSERT INTO type_counts (plover, n)
    SELECT plover, COUNT(*) FROM events WHERE n > :n0 AND negated = 0 GROUP BY plover
    ON CONFLICT (plover) DO UPDATE SET n = n + excluded.n;
INSERT INTO pair_counts (source, target, n)
    SELECT source, target, COUNT(*) FROM (
        SELECT DISTINCT s.event_id, s.country AS source, t.country AS target
        FROM bulk_refs s JOIN bulk_refs t ON t.event_id = s.event_id
            AND t.role = 'target'
        JOIN events e ON e.id = s.event_id
        WHERE e.negated = 0 AND s.role = 'source' AND s.country IS NOT NULL
            AND t.country IS NOT NULL AND s.country != t.country)
    WHERE TRUE GROUP BY source, target
    ON CONFLICT (source, target) DO UPDATE SET n = n + excluded.n;
INSERT INTO actor_index (actor_id, name, kind, country, sector, events)
    SELECT ea.actor_id, MIN(ea.name), 'unknown', MIN(ea.country), MIN(ea.sector),
           COUNT(DISTINCT ea.event_id)
    FROM bulk_refs ea JOIN events e ON e.id = ea.event_id
    WHERE e.negated = 0 GROUP BY ea.actor_id
    ON CONFLICT (actor_id) DO UPDATE SET events = events + excluded.events;
DROP TABLE bulk_keys;
DROP TABLE bulk_refs;
"""


def bulk_events_begin(db: Any) -> int:
    """Drop the per-event trigger for a bulk load; returns the rowid to fill lookups from."""
    db.execute("DROP TRIGGER IF EXISTS events_ai")
    db.execute("DROP TRIGGER IF EXISTS events_timeline_ai")
    db.execute("DROP TRIGGER IF EXISTS events_partners_ai")
    return int(db.execute("SELECT COALESCE(MAX(n), 0) FROM events").fetchone()[0])


def bulk_events_end(db: Any, n0: int) -> None:
    """Fill the lookup tables for events after rowid ``n0`` and restore the trigger."""
    for statement in _split(BULK_FILL):
        db.execute(statement, {"n0": n0})
    for statement in _split(timeline_fill(n0)):
        db.execute(statement)
    events_ai, timeline_ai = deferrable_event_triggers()  # as migration 12 left them
    db.execute(events_ai)
    db.execute(timeline_ai)
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'partner_counts'").fetchone():
        for statement in _split(partner_fill(n0)):  # migration 11 and later
            db.execute(statement)
        db.execute(deferrable_partner_trigger())  # as migration 12 left it


def _split(sql: str) -> list[str]:
    import sqlite3

    out, buf = [], []
    for line in sql.strip().splitlines():
        buf.append(line)
        if line.rstrip().endswith(";") and sqlite3.complete_statement("\n".join(buf)):
            out.append("\n".join(buf))
            buf = []
    return out


# -- migration 5: near-duplicate articles (issue 15) ----------------------------------------------
# Each analysed article's MinHash signature (eventwire.dedup) in storing order (``n``), its LSH
# band keys for candidate lookup, and, for a near-duplicate, the earliest stored article it
# copies. Rows outlive re-analysis of the same text, so the original stays the original.
MIGRATION_5 = """
CREATE TABLE fingerprints (
    n INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    signature BLOB NOT NULL
);
CREATE TABLE lsh_bands (
    band INTEGER NOT NULL, key INTEGER NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (band, key, n)
) WITHOUT ROWID;
CREATE TABLE near_duplicates (
    article_id TEXT PRIMARY KEY,
    original_id TEXT NOT NULL,
    similarity REAL NOT NULL
);
CREATE INDEX near_duplicates_original ON near_duplicates(original_id);
INSERT INTO counts (name, n) VALUES ('near_duplicates', 0);
CREATE TRIGGER near_duplicates_count_ai AFTER INSERT ON near_duplicates BEGIN
    UPDATE counts SET n = n + 1 WHERE name = 'near_duplicates';
END;
CREATE TRIGGER near_duplicates_count_ad AFTER DELETE ON near_duplicates BEGIN
    UPDATE counts SET n = n - 1 WHERE name = 'near_duplicates';
END;
"""

MIGRATIONS = (*MIGRATIONS, (5, MIGRATION_5))


# -- migration 6: each event stored once ---------------------------------------------------------
# The events row keeps the columns queries filter and sort on; the record's other values go to
# ``rest``, a compact JSON remainder (store/records.py: no column-held values, no defaults),
# from which `show`, `events`, exports and the API rebuild exactly the record_dict of the event.
# The copies are gone: the ``json`` column (the whole record again), the unused date and mode
# columns, and the ``event_actors`` table, now a view over the records' actor refs.
EVENT_ACTORS_VIEW = """
CREATE VIEW event_actors AS
    SELECT e.id AS event_id, s.role AS role, CAST(r.key AS INTEGER) AS position,
           r.value ->> 'actor' AS actor_id, r.value ->> 'name' AS name,
           r.value ->> 'country' AS country, r.value ->> 'sector' AS sector
    FROM events e, (SELECT 'source' AS role UNION ALL SELECT 'target') s,
         json_each(e.rest, '$.' || s.role) r;
"""

EVENTS_V6 = """
CREATE TABLE events_v6 (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    plover TEXT NOT NULL, cameo TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL,
    negated INTEGER NOT NULL, modality TEXT NOT NULL,
    place_name TEXT, place_country TEXT,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
    date_start TEXT,
    sort_date TEXT NOT NULL,
    rest TEXT NOT NULL
);
"""

EVENT_INSERT = (
    "INSERT INTO events (n, id, plover, cameo, quad_class, goldstein, negated, modality, "
    "sentence_start, sentence_end, trigger_start, trigger_end, trigger_text, place_name, "
    "place_country, article_id, date_start, sort_date, rest) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


def migrate_6(db: Any) -> None:
    """Rebuild events with the compact remainder (row numbers kept, so the sentence index,
    dyads and actor keys stay valid untouched) and drop the event_actors copy."""
    import json

    from eventwire.store.records import split_event

    for name in ("events_ai", "events_ad", "articles_bd_events"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in _split(EVENTS_V6):
        db.execute(statement)
    insert = EVENT_INSERT.replace("INTO events ", "INTO events_v6 ")
    names = ", ".join(c for c, _, _ in EVENT_COLUMNS)
    cur = db.execute(f"SELECT n, json, article_id, date_start, sort_date, {names} FROM events "
                     "ORDER BY n")
    while True:
        rows = cur.fetchmany(5000)
        if not rows:
            break
        out = []
        for n, record, article_id, start, sort_date, *old in rows:
            columns, rest = split_event(_with_columns(json.loads(record), old))
            out.append((n, *columns, article_id, start, sort_date, rest))
        db.executemany(insert, out)
    db.execute("DROP TABLE event_actors")
    db.execute("DROP TABLE events")
    db.execute("ALTER TABLE events_v6 RENAME TO events")
    for statement in _split(EVENT_INDEXES + EVENT_ACTORS_VIEW + _event_triggers("rest")):
        db.execute(statement)


def _with_columns(data: dict[str, Any], old: list[Any]) -> dict[str, Any]:
    """A stored event's JSON without keys the model no longer has, values it lacks (stores
    before migration 4 kept some only in columns) taken from its old columns."""
    import dataclasses

    from eventwire.models import Event

    names = {f.name for f in dataclasses.fields(Event)}
    data = {k: v for k, v in data.items() if k in names}
    for (_column, path, kind), value in zip(EVENT_COLUMNS, old, strict=True):
        parent = data
        for key in path[:-1]:
            if key == "place" and not isinstance(parent.get(key), dict):
                break
            parent = parent.setdefault(key, {})
        else:
            if path[-1] not in parent:
                parent[path[-1]] = bool(value) if kind is bool and value is not None else value
    return data


EVENT_INDEXES = """
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_sort ON events(sort_date, id);
CREATE INDEX events_type ON events(plover, sort_date, id);
"""

MIGRATIONS = (*MIGRATIONS, (6, migrate_6))


# -- migration 7: maintained timeline counts (issue 14) -------------------------------------------
# Events per (key, period, QuadClass, PLOVER type, negated) at two grains, day ('d': the sort
# date) and month ('m'), so a timeline of a country with 100k+ events reads a few thousand
# count rows instead of every event. ``key`` is '' (every event), a lookup key of either side
# (an actor id or ISO country code, as in actor_events) or a directed pair of keys
# ``source || char(31) || target`` (as in dyads). Events without a sort date are not counted
# (timelines leave them out). Maintained by triggers of its own beside events_ai/events_ad, and
# set-wise by bulk loads. A later migration that rebuilds the events table must create the
# triggers again (_timeline_triggers).

def _timeline_keys(row: str) -> str:
    """SQL for the timeline count keys of event ``row``: '', each side key, each pair."""
    source, target = _side_keys(row, "source", "rest"), _side_keys(row, "target", "rest")
    return (f"SELECT '' AS k UNION {source} UNION {target} UNION "
            f"SELECT s.k || char(31) || t.k FROM ({source}) s, ({target}) t "
            f"WHERE s.k IS NOT NULL AND t.k IS NOT NULL")


TIMELINE_GRAINS = "(SELECT 'd' AS grain UNION ALL SELECT 'm')"
TIMELINE_COLUMNS = "grain, key, period, quad_class, plover, negated"


def _timeline_period(date: str) -> str:
    return f"CASE g.grain WHEN 'd' THEN {date} ELSE substr({date}, 1, 7) END"


def _timeline_triggers() -> str:
    return f"""
CREATE TRIGGER events_timeline_ai AFTER INSERT ON events WHEN new.sort_date != '' BEGIN
    INSERT INTO timeline_counts ({TIMELINE_COLUMNS}, n)
        SELECT g.grain, k.k, {_timeline_period('new.sort_date')}, new.quad_class, new.plover,
               new.negated, 1
        FROM ({_timeline_keys('new')}) k, {TIMELINE_GRAINS} g WHERE k.k IS NOT NULL
        ON CONFLICT ({TIMELINE_COLUMNS}) DO UPDATE SET n = n + 1;
END;
{TIMELINE_AD}"""


# one UPDATE per grain: an OR over the grains made SQLite scan the whole table (migration 12)
TIMELINE_AD = "CREATE TRIGGER events_timeline_ad AFTER DELETE ON events " \
    "WHEN old.sort_date != '' BEGIN\n" + "".join(
        f"    UPDATE timeline_counts SET n = n - 1 WHERE grain = '{grain}' "
        f"AND key IN (SELECT k FROM ({_timeline_keys('old')}) WHERE k IS NOT NULL) "
        f"AND period = {period} AND quad_class = old.quad_class AND plover = old.plover "
        f"AND negated = old.negated;\n"
        for grain, period in (("d", "old.sort_date"), ("m", "substr(old.sort_date, 1, 7)"))
    ) + "END;\n"


def timeline_fill(n0: int) -> str:
    """SQL filling timeline_counts set-wise for the events after rowid ``n0`` (from the
    records' actor refs, as the triggers read them)."""
    n0 = int(n0)
    return f"""
CREATE TEMP TABLE timeline_keys AS
    SELECT DISTINCT event, role, k FROM (
        SELECT e.id AS event, s.role AS role, r.value ->> 'actor' AS k
        FROM events e, (SELECT 'source' AS role UNION ALL SELECT 'target') s,
             json_each(e.rest, '$.' || s.role) r WHERE e.n > {n0}
        UNION ALL SELECT e.id, s.role, r.value ->> 'country'
        FROM events e, (SELECT 'source' AS role UNION ALL SELECT 'target') s,
             json_each(e.rest, '$.' || s.role) r WHERE e.n > {n0}) WHERE k IS NOT NULL;
INSERT INTO timeline_counts ({TIMELINE_COLUMNS}, n)
    SELECT g.grain, x.k, {_timeline_period('e.sort_date')}, e.quad_class, e.plover, e.negated,
           COUNT(*)
    FROM (SELECT e.id AS event, '' AS k FROM events e WHERE e.n > {n0}
          UNION ALL SELECT DISTINCT event, k FROM timeline_keys
          UNION ALL SELECT s.event, s.k || char(31) || t.k FROM timeline_keys s
              JOIN timeline_keys t ON t.event = s.event AND t.role = 'target'
              WHERE s.role = 'source') x
    JOIN events e ON e.id = x.event, {TIMELINE_GRAINS} g
    WHERE e.sort_date != '' GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ({TIMELINE_COLUMNS}) DO UPDATE SET n = n + excluded.n;
DROP TABLE timeline_keys;
"""


MIGRATION_7 = f"""
CREATE TABLE timeline_counts (
    grain TEXT NOT NULL, key TEXT NOT NULL, period TEXT NOT NULL,
    quad_class INTEGER NOT NULL, plover TEXT NOT NULL, negated INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY ({TIMELINE_COLUMNS})
) WITHOUT ROWID;
{timeline_fill(0)}
{_timeline_triggers()}
"""

MIGRATIONS = (*MIGRATIONS, (7, MIGRATION_7))


# -- migration 8: actors listed by events (issue 14) ---------------------------------------------
# The web API lists actors by number of events; this index serves each page without a sort.
MIGRATION_8 = """
CREATE INDEX actor_index_events ON actor_index(events DESC, actor_id);
"""

MIGRATIONS = (*MIGRATIONS, (8, MIGRATION_8))


# -- migration 9: story clusters (issue 15) ------------------------------------------------------
# Articles are grouped into stories as they are stored (store/stories.py): ``story_articles``
# holds each analysed article's story in storing order, ``story_clusters`` each story's profile
# (summed content-word weights and event signatures of its articles), ``story_keys`` the
# selective keys (heavy content words, event signatures) by publication day that find the
# candidate stories of a new article with one indexed lookup, and ``term_df`` the document
# frequency of content words (for idf). Articles stored before this migration become stories of
# their own (with their near-duplicates) with an empty profile.
MIGRATION_9 = """
CREATE TABLE story_clusters (
    id TEXT PRIMARY KEY,
    first_article TEXT NOT NULL,
    title TEXT,
    first_published TEXT,
    articles INTEGER NOT NULL,
    profile TEXT NOT NULL
);
CREATE INDEX story_clusters_published ON story_clusters(first_published, id);
CREATE TABLE story_articles (
    n INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    story_id TEXT NOT NULL,
    basis TEXT NOT NULL CHECK (basis IN ('first', 'copy', 'similar')),
    score REAL NOT NULL
);
CREATE INDEX story_articles_story ON story_articles(story_id, n);
CREATE TABLE story_keys (
    key TEXT NOT NULL, day TEXT NOT NULL, story_id TEXT NOT NULL,
    PRIMARY KEY (key, day, story_id)
) WITHOUT ROWID;
CREATE TABLE term_df (term TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO story_articles (article_id, story_id, basis, score)
    SELECT a.id, 's' || substr(COALESCE(d.original_id, a.id), 2),
           CASE WHEN d.original_id IS NULL THEN 'first' ELSE 'copy' END,
           COALESCE(d.similarity, 1.0)
    FROM articles a LEFT JOIN fingerprints f ON f.article_id = a.id
    LEFT JOIN near_duplicates d ON d.article_id = a.id
    WHERE a.status = 'analysed' ORDER BY f.n IS NULL, f.n, a.id;
INSERT INTO story_clusters (id, first_article, title, first_published, articles, profile)
    SELECT s.story_id, a.id, a.title, a.published, s.k, '{}'
    FROM (SELECT story_id, MIN(n) AS n, COUNT(*) AS k FROM story_articles GROUP BY story_id) s
    JOIN story_articles f ON f.n = s.n JOIN articles a ON a.id = f.article_id;
INSERT INTO counts (name, n) SELECT 'story_articles', COUNT(*) FROM story_articles;
CREATE TRIGGER story_articles_count_ai AFTER INSERT ON story_articles BEGIN
    UPDATE counts SET n = n + 1 WHERE name = 'story_articles';
END;
CREATE TRIGGER story_articles_count_ad AFTER DELETE ON story_articles BEGIN
    UPDATE counts SET n = n - 1 WHERE name = 'story_articles';
END;
"""

MIGRATIONS = (*MIGRATIONS, (9, MIGRATION_9))


# -- migration 10: fused events (issue 15) -------------------------------------------------------
# Events of different articles that are one real-world event (store/fused.py): each fused
# event keeps the record of its first mention (the representative the same-event test compares
# with), its kind (background or current, dated or not, asserted or not) and its sort date;
# ``fused_keys`` finds candidates by type and actor key; ``fused_members`` maps every stored
# event to its fused event. Events stored before this migration are not fused until their
# article is stored again (`ingest --reprocess`).
MIGRATION_10 = """
CREATE TABLE fused_events (
    id TEXT PRIMARY KEY,
    plover TEXT NOT NULL, cameo TEXT NOT NULL,
    sort_date TEXT NOT NULL,
    background INTEGER NOT NULL, dated INTEGER NOT NULL, asserted INTEGER NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX fused_events_sort ON fused_events(sort_date, id);
CREATE TABLE fused_keys (
    plover TEXT NOT NULL, key TEXT NOT NULL, role TEXT NOT NULL, fused_id TEXT NOT NULL,
    PRIMARY KEY (plover, key, role, fused_id)
) WITHOUT ROWID;
CREATE INDEX fused_keys_key ON fused_keys(key, role);
CREATE TABLE fused_members (
    event_id TEXT PRIMARY KEY,
    fused_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    mentions INTEGER NOT NULL
);
CREATE INDEX fused_members_fused ON fused_members(fused_id);
CREATE INDEX fused_members_article ON fused_members(article_id);
"""

MIGRATIONS = (*MIGRATIONS, (10, MIGRATION_10))


# -- migration 11: maintained partner, role and edge counts; a covering index for text search ----
# (issue 14) The actor page, the partner timeline and the network of a country with 100k+
# events read these instead of expanding every event's actor refs (event_actors is a view over
# the records since migration 6):
#   partner_counts (grain, key, period, partner, name, quad_class, negated, n)
#       events per lookup key (an actor id or ISO country of either side, as actor_events) and
#       partner on the other side: ``partner`` is the partner's country, else its actor id
#       ('' if neither), ``name`` is '' for a country and the partner's name otherwise (the
#       partner timeline groups country-less partners by name). Grains: 'd' (the sort date),
#       'm' (its month), 't' (all time, period '', events without a date too).
#   role_counts (key, role, negated, n)      events per lookup key and the side it is on
#   edge_counts (key, source, target, quad_class, negated, n, goldstein_sum, goldstein_n)
#       country-level network edges (source country -> a different target country) of the
#       events of each lookup key ('' for every event); goldstein_sum/_n add the event's score
#       once per pair of refs, as the network's mean over its actor refs does.
# Kept by triggers beside events_ai/_ad (one INSERT ... SELECT per table per event, reading the
# record's ``rest`` once) and filled set-wise by bulk loads and the migration.
# events_search (n, negated, sort_date, id) lets a text search order its FTS matches by date
# without reading each matching events row.

def _roles_x(row: str) -> str:
    """Each actor ref ``me`` of event ``row`` with each of its lookup keys ``k`` (its actor
    id, its country) and its side ``r.role`` (``r.other`` is the other side)."""
    return (f"(SELECT 'source' AS role, 'target' AS other UNION ALL "
            f"SELECT 'target', 'source') r, json_each({row}.rest, '$.' || r.role) me, "
            f"(SELECT 'actor' AS f UNION ALL SELECT 'country') f")


ME_KEY = "CASE f.f WHEN 'actor' THEN me.value ->> 'actor' ELSE me.value ->> 'country' END"
PARTNER = ("COALESCE(o.value ->> 'country', o.value ->> 'actor', '')",
           "CASE WHEN o.value ->> 'country' IS NULL THEN COALESCE(o.value ->> 'name', '') "
           "ELSE '' END")


def _partner_rows(row: str) -> str:
    return (f"SELECT DISTINCT {ME_KEY} AS k, {PARTNER[0]} AS p, {PARTNER[1]} AS nm "
            f"FROM {_roles_x(row)}, json_each({row}.rest, '$.' || r.other) o "
            f"WHERE {ME_KEY} IS NOT NULL")


def _role_rows(row: str) -> str:
    return (f"SELECT DISTINCT {ME_KEY} AS k, r.role AS role FROM {_roles_x(row)} "
            f"WHERE {ME_KEY} IS NOT NULL")


def _edge_rows(row: str) -> str:
    """Country edges of event ``row`` with the number of ref pairs behind each."""
    return (f"SELECT s.value ->> 'country' AS s, t.value ->> 'country' AS t, COUNT(*) AS m "
            f"FROM json_each({row}.rest, '$.source') s, json_each({row}.rest, '$.target') t "
            f"WHERE s.value ->> 'country' IS NOT NULL AND t.value ->> 'country' IS NOT NULL "
            f"AND s.value ->> 'country' != t.value ->> 'country' GROUP BY 1, 2")


PARTNER_GRAINS = ("(SELECT 'd' AS grain UNION ALL SELECT 'w' UNION ALL SELECT 'm' "
                  "UNION ALL SELECT 't')")
PARTNER_COLUMNS = "grain, key, period, partner, name, quad_class, negated"
EDGE_COLUMNS = "key, source, target, quad_class, negated"


def _partner_period(date: str) -> str:
    return (f"CASE g.grain WHEN 'd' THEN {date} WHEN 'w' THEN {_monday(date)} "
            f"WHEN 'm' THEN substr({date}, 1, 7) ELSE '' END")


def _monday(date: str) -> str:
    return f"date({date}, '-6 days', 'weekday 1')"


def _partner_quad(row: str) -> str:
    """QuadClass is kept for all-time counts (the actor profile) only: 0 in day and month
    rows (migration 13), so a big actor's partner timeline reads a quarter of the rows."""
    return f"CASE g.grain WHEN 't' THEN {row}.quad_class ELSE 0 END"


def _partner_triggers() -> str:
    keys = f"SELECT '' AS k UNION {_side_keys('new', 'source', 'rest')} UNION " \
           f"{_side_keys('new', 'target', 'rest')}"
    old_keys = f"SELECT '' AS k UNION {_side_keys('old', 'source', 'rest')} UNION " \
               f"{_side_keys('old', 'target', 'rest')}"
    per_grain = " ".join(
        f"UPDATE partner_counts SET n = n - 1 WHERE grain = '{grain}' AND period = {period} "
        f"AND (key, partner, name) IN (SELECT k, p, nm FROM ({_partner_rows('old')})) "
        f"AND quad_class = {quad} AND negated = old.negated{cond};"
        for grain, period, quad, cond in (
            ("d", "old.sort_date", "0", " AND old.sort_date != ''"),
            ("w", _monday("old.sort_date"), "0", " AND old.sort_date != ''"),
            ("m", "substr(old.sort_date, 1, 7)", "0", " AND old.sort_date != ''"),
            ("t", "''", "old.quad_class", "")))
    return f"""
CREATE TRIGGER events_partners_ai AFTER INSERT ON events BEGIN
    INSERT INTO partner_counts ({PARTNER_COLUMNS}, n)
        SELECT g.grain, x.k, {_partner_period('new.sort_date')}, x.p, x.nm,
               {_partner_quad('new')},
               new.negated, 1
        FROM ({_partner_rows('new')}) x, {PARTNER_GRAINS} g
        WHERE g.grain = 't' OR new.sort_date != ''
        ON CONFLICT ({PARTNER_COLUMNS}) DO UPDATE SET n = n + 1;
    INSERT INTO role_counts (key, role, negated, n)
        SELECT x.k, x.role, new.negated, 1 FROM ({_role_rows('new')}) x WHERE TRUE
        ON CONFLICT (key, role, negated) DO UPDATE SET n = n + 1;
    INSERT INTO edge_counts ({EDGE_COLUMNS}, n, goldstein_sum, goldstein_n)
        SELECT k.k, x.s, x.t, new.quad_class, new.negated, 1,
               COALESCE(new.goldstein * x.m, 0), IIF(new.goldstein IS NULL, 0, x.m)
        FROM ({keys}) k, ({_edge_rows('new')}) x WHERE k.k IS NOT NULL
        ON CONFLICT ({EDGE_COLUMNS}) DO UPDATE SET n = n + 1,
            goldstein_sum = goldstein_sum + excluded.goldstein_sum,
            goldstein_n = goldstein_n + excluded.goldstein_n;
END;
CREATE TRIGGER events_partners_ad AFTER DELETE ON events BEGIN
    {per_grain}
    UPDATE role_counts SET n = n - 1 WHERE (key, role) IN (SELECT k, role FROM
        ({_role_rows('old')})) AND negated = old.negated;
    UPDATE edge_counts SET n = n - 1,
        goldstein_sum = goldstein_sum - COALESCE(old.goldstein * x.m, 0),
        goldstein_n = goldstein_n - IIF(old.goldstein IS NULL, 0, x.m)
        FROM ({_edge_rows('old')}) x
        WHERE edge_counts.key IN (SELECT k FROM ({old_keys}) WHERE k IS NOT NULL)
        AND edge_counts.source = x.s AND edge_counts.target = x.t
        AND edge_counts.quad_class = old.quad_class AND edge_counts.negated = old.negated;
END;
"""


def partner_fill(n0: int) -> str:
    """SQL filling partner_counts, role_counts and edge_counts set-wise for the events after
    rowid ``n0``."""
    n0 = int(n0)
    keys = (f"SELECT e.n AS n, '' AS k FROM events e WHERE e.n > {n0} UNION "
            f"SELECT e.n, {ME_KEY} FROM events e, {_roles_x('e')} "
            f"WHERE e.n > {n0} AND {ME_KEY} IS NOT NULL")
    return f"""
INSERT INTO partner_counts ({PARTNER_COLUMNS}, n)
    SELECT g.grain, x.k, {_partner_period('e.sort_date')}, x.p, x.nm, {_partner_quad('e')},
           e.negated,
           COUNT(*)
    FROM (SELECT DISTINCT e.n AS n, {ME_KEY} AS k, {PARTNER[0]} AS p, {PARTNER[1]} AS nm
          FROM events e, {_roles_x('e')}, json_each(e.rest, '$.' || r.other) o
          WHERE e.n > {n0} AND {ME_KEY} IS NOT NULL) x
    JOIN events e ON e.n = x.n, {PARTNER_GRAINS} g
    WHERE g.grain = 't' OR e.sort_date != '' GROUP BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT ({PARTNER_COLUMNS}) DO UPDATE SET n = n + excluded.n;
INSERT INTO role_counts (key, role, negated, n)
    SELECT x.k, x.role, e.negated, COUNT(*)
    FROM (SELECT DISTINCT e.n AS n, {ME_KEY} AS k, r.role AS role FROM events e,
          {_roles_x('e')} WHERE e.n > {n0} AND {ME_KEY} IS NOT NULL) x
    JOIN events e ON e.n = x.n GROUP BY 1, 2, 3
    ON CONFLICT (key, role, negated) DO UPDATE SET n = n + excluded.n;
CREATE TEMP TABLE edge_rows AS
    SELECT e.n AS n, s.value ->> 'country' AS s, t.value ->> 'country' AS t, COUNT(*) AS m
    FROM events e, json_each(e.rest, '$.source') s, json_each(e.rest, '$.target') t
    WHERE e.n > {n0} AND s.value ->> 'country' IS NOT NULL
      AND t.value ->> 'country' IS NOT NULL AND s.value ->> 'country' != t.value ->> 'country'
    GROUP BY 1, 2, 3;
INSERT INTO edge_counts ({EDGE_COLUMNS}, n, goldstein_sum, goldstein_n)
    SELECT k.k, x.s, x.t, e.quad_class, e.negated, COUNT(*),
           TOTAL(e.goldstein * x.m), SUM(IIF(e.goldstein IS NULL, 0, x.m))
    FROM edge_rows x JOIN ({keys}) k ON k.n = x.n JOIN events e ON e.n = x.n
    GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT ({EDGE_COLUMNS}) DO UPDATE SET n = n + excluded.n,
        goldstein_sum = goldstein_sum + excluded.goldstein_sum,
        goldstein_n = goldstein_n + excluded.goldstein_n;
DROP TABLE edge_rows;
"""


PARTNER_TABLES = f"""
CREATE TABLE partner_counts (
    grain TEXT NOT NULL, key TEXT NOT NULL, period TEXT NOT NULL,
    partner TEXT NOT NULL, name TEXT NOT NULL,
    quad_class INTEGER NOT NULL, negated INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY ({PARTNER_COLUMNS})
) WITHOUT ROWID;
CREATE TABLE role_counts (
    key TEXT NOT NULL, role TEXT NOT NULL, negated INTEGER NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (key, role, negated)
) WITHOUT ROWID;
CREATE TABLE edge_counts (
    key TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
    quad_class INTEGER NOT NULL, negated INTEGER NOT NULL,
    n INTEGER NOT NULL, goldstein_sum REAL NOT NULL, goldstein_n INTEGER NOT NULL,
    PRIMARY KEY ({EDGE_COLUMNS})
) WITHOUT ROWID;
"""

MIGRATION_11 = f"""
CREATE INDEX events_search ON events(n, negated, sort_date, id);
{PARTNER_TABLES}
{partner_fill(0)}
{_partner_triggers()}
"""

MIGRATIONS = (*MIGRATIONS, (11, MIGRATION_11))


# -- migration 12: lookups kept per batch (ingest throughput) -------------------------------------
# The per-row triggers (events_ai, events_timeline_ai, events_partners_ai, actors_index_ai,
# mentions_index_ai) cost over a millisecond an event. A batch writer (Store.save_many) marks
# its transaction by a row in ``batch_writing``; while the row is there these triggers stand
# aside and the writer brings actor_events, dyads, events_fts, the counts, actor_index,
# partner/role/edge counts and timeline_counts up to date
# set-wise, once per batch (store/batch.py: the same rows and counts as the triggers). Every
# other writer (Store.save, bulk loads, a sqlite3 shell) keeps the triggers. The row is removed
# before the batch commits, so no other connection ever sees it.
DEFER = "NOT EXISTS (SELECT 1 FROM batch_writing)"


def deferrable_event_triggers(fts: str = "events_fts_dated") -> list[str]:
    """CREATE TRIGGER statements of events_ai and events_timeline_ai that stand aside while a
    batch writer keeps the lookups itself (``fts``: the sentence index they write, as in
    :func:`_event_triggers`)."""
    events_ai = _event_triggers("rest", fts)
    events_ai = events_ai[:events_ai.index("END;") + 4].replace(
        "AFTER INSERT ON events BEGIN", f"AFTER INSERT ON events WHEN {DEFER} BEGIN")
    timeline_ai = _timeline_triggers()
    timeline_ai = timeline_ai[:timeline_ai.index("END;") + 4].replace(
        "WHEN new.sort_date != '' BEGIN", f"WHEN new.sort_date != '' AND {DEFER} BEGIN")
    assert DEFER in events_ai and DEFER in timeline_ai
    return [events_ai.strip(), timeline_ai.strip()]


def deferrable_actor_triggers() -> list[str]:
    """actors_index_ai and mentions_index_ai, standing aside for a batch writer."""
    out = []
    for statement in _split(_count_triggers()):
        for table in ("actors", "mentions"):
            head = f"CREATE TRIGGER {table}_index_ai AFTER INSERT ON {table} BEGIN"
            if statement.strip().startswith(head):
                out.append(statement.strip().replace(
                    head, head.replace(" BEGIN", f" WHEN {DEFER} BEGIN")))
    assert len(out) == 2
    return out


def deferrable_partner_trigger() -> str:
    """events_partners_ai (migration 11), standing aside for a batch writer."""
    trigger = _partner_triggers()
    trigger = trigger[:trigger.index("END;") + 4].strip()
    head = "CREATE TRIGGER events_partners_ai AFTER INSERT ON events BEGIN"
    assert trigger.startswith(head)
    return trigger.replace(head, head.replace(" BEGIN", f" WHEN {DEFER} BEGIN"))


def migrate_12(db: Any) -> None:
    db.execute("CREATE TABLE batch_writing (id INTEGER PRIMARY KEY)")
    for name in ("events_ai", "events_timeline_ai", "events_partners_ai", "actors_index_ai",
                 "mentions_index_ai"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in (deferrable_event_triggers("events_fts") + [deferrable_partner_trigger()]
                      + deferrable_actor_triggers()):
        db.execute(statement)


MIGRATIONS = (*MIGRATIONS, (12, migrate_12))



def _partner_triggers_deferrable() -> str:
    """events_partners_ai standing aside for a batch writer (migration 12), and
    events_partners_ad."""
    trigger = _partner_triggers()
    return deferrable_partner_trigger() + "\n" + trigger[trigger.index("END;") + 4:]


# -- migration 13: deleting an event no longer scans timeline_counts -----------------------------
MIGRATION_13 = "DROP TRIGGER IF EXISTS events_timeline_ad;\n" + TIMELINE_AD

MIGRATIONS = (*MIGRATIONS, (13, MIGRATION_13))


# -- migration 14: partner counts keyed by partner before period ---------------------------------
# A partner timeline reads its top partners' rows only (partner before period in the key), and
# day and month rows no longer split by QuadClass (quad_class 0; all-time rows keep it).
PARTNER_KEY_14 = "grain, key, partner, name, period, quad_class, negated"
MIGRATION_14 = f"""
DROP TRIGGER IF EXISTS events_partners_ai;
DROP TRIGGER IF EXISTS events_partners_ad;
ALTER TABLE partner_counts RENAME TO partner_counts_v11;
CREATE TABLE partner_counts (
    grain TEXT NOT NULL, key TEXT NOT NULL, partner TEXT NOT NULL, name TEXT NOT NULL,
    period TEXT NOT NULL, quad_class INTEGER NOT NULL, negated INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY ({PARTNER_KEY_14})
) WITHOUT ROWID;
INSERT INTO partner_counts ({PARTNER_KEY_14}, n)
    SELECT grain, key, partner, name, period, IIF(grain = 't', quad_class, 0), negated, SUM(n)
    FROM partner_counts_v11 WHERE n != 0 GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7;
DROP TABLE partner_counts_v11;
{_partner_triggers_deferrable()}
"""

MIGRATIONS = (*MIGRATIONS, (14, MIGRATION_14))


# -- migration 15: partner counts per week -------------------------------------------------------
# Weekly rows ('w', period = the Monday), summed from the day rows (a store that ran migration 11
# with this code has them already: they are summed again), so a big actor's weekly
# partner timeline reads ~500 rows per partner instead of ~3,650 day rows.
MIGRATION_15 = f"""
DROP TRIGGER IF EXISTS events_partners_ai;
DROP TRIGGER IF EXISTS events_partners_ad;
DELETE FROM partner_counts WHERE grain = 'w';
INSERT INTO partner_counts ({PARTNER_KEY_14}, n)
    SELECT 'w', key, partner, name, {_monday('period')}, quad_class, negated, SUM(n)
    FROM partner_counts WHERE grain = 'd' AND n != 0 GROUP BY 1, 2, 3, 4, 5, 6, 7;
{_partner_triggers_deferrable()}
"""

MIGRATIONS = (*MIGRATIONS, (15, MIGRATION_15))


# -- migration 16: the sentence index in date order (issue 14) -----------------------------------
# events_fts (rowid = n) becomes events_fts_dated (rowid = fts_rowid: day, then n), so a text
# search reads its first page from the first days of its matches (store/search.py). The
# triggers that write it (events_ai, articles_bd_events) are made again for the new table;
# events_ad never wrote it.
def fts_fill(n0: int = 0) -> str:
    """SQL filling events_fts_dated for the events after row ``n0``, in rowid order (FTS5
    writes a segment each time a rowid is lower than the one before)."""
    return (f"INSERT INTO events_fts_dated (rowid, sentence) "
            f"SELECT {fts_rowid('e.sort_date', 'e.n')}, {_sentence('a.text', 'e')} "
            f"FROM events e JOIN articles a ON a.id = e.article_id WHERE e.n > {int(n0)} "
            f"ORDER BY 1")


def migrate_16(db: Any) -> None:
    for name in ("events_ai", "articles_bd_events"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    db.execute("CREATE VIRTUAL TABLE events_fts_dated USING fts5(sentence, content='', "
               "columnsize=0)")
    db.execute(fts_fill(0))
    db.execute("DROP TABLE events_fts")
    triggers = _split(_event_triggers("rest", "events_fts_dated"))
    bd = [t for t in triggers if t.strip().startswith("CREATE TRIGGER articles_bd_events ")]
    assert len(bd) == 1
    db.execute(deferrable_event_triggers()[0])
    db.execute(bd[0])


MIGRATIONS = (*MIGRATIONS, (16, migrate_16))


# -- migration 17: a deleted event takes its sentence out of the index ---------------------------
# articles_bd_events takes the sentences of an article's events out when the article goes (its
# events go with it, by cascade: the article is no longer there when their delete triggers
# run). An event deleted by itself (replaced by an event of the same id: another article's, or
# a report that gives an id twice) left its sentence indexed; when the new event took the old
# row number, a search for a word of the old sentence found the new event. events_fts_ad takes
# the sentence out while its article is there; the index is rebuilt once to drop what stayed.
EVENTS_FTS_AD = f"""CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN
    INSERT INTO events_fts_dated (events_fts_dated, rowid, sentence)
        SELECT 'delete', {fts_rowid('old.sort_date', 'old.n')}, {_sentence('a.text', 'old')}
        FROM articles a WHERE a.id = old.article_id;
END"""


def migrate_17(db: Any) -> None:
    db.execute(EVENTS_FTS_AD)
    db.execute("INSERT INTO events_fts_dated (events_fts_dated) VALUES ('delete-all')")
    db.execute(fts_fill(0))


MIGRATIONS = (*MIGRATIONS, (17, migrate_17))


# An ingest run stores its articles unplaced and places them into near-duplicates, stories and
# fused events at its end, in publication order (store/placing.py); ``story_pending`` marks
# the stored articles still waiting (a run that stopped early leaves them to the next).
MIGRATION_18 = """
CREATE TABLE story_pending (article_id TEXT PRIMARY KEY) WITHOUT ROWID;
"""

MIGRATIONS = (*MIGRATIONS, (18, MIGRATION_18))


# -- migration 19: why the original is the original ---------------------------------------------
# Each near-duplicate pair keeps the basis its original was chosen on (eventwire.originals):
# 'earlier' (publication times), 'contains' (its body holds the copy's), 'stored' (stored first,
# nothing else told). Pairs recorded before were the earliest stored: each gets the basis the
# rule gives it where the rule agrees, else 'stored' (the pair is kept as it was).
def migrate_19(db: Any) -> None:
    from eventwire.models import Article
    from eventwire.originals import original_first

    db.execute("ALTER TABLE near_duplicates ADD COLUMN basis TEXT NOT NULL DEFAULT 'stored' "
               "CHECK (basis IN ('earlier', 'contains', 'stored'))")
    rows = db.execute(
        "SELECT d.article_id, o.id, o.text, o.title, o.published, o.timezone_basis, c.text, "
        "c.title, c.published, c.timezone_basis, o.source, o.timezone, c.source, c.timezone "
        "FROM near_duplicates d "
        "JOIN articles o ON o.id = d.original_id JOIN articles c ON c.id = d.article_id"
    ).fetchall()
    for r in rows:
        # with their outlets and zones: two times of one outlet differ exactly (review F2)
        original = Article(r[1], r[2], title=r[3], published=r[4], timezone_basis=r[5],
                           source=r[10], timezone=r[11])
        copy = Article(r[0], r[6], title=r[7], published=r[8], timezone_basis=r[9],
                       source=r[12], timezone=r[13])
        first, basis = original_first(original, copy)
        if first and basis != "stored":
            db.execute("UPDATE near_duplicates SET basis = ? WHERE article_id = ?",
                       (basis, r[0]))


MIGRATIONS = (*MIGRATIONS, (19, migrate_19))
