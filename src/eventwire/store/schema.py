"""Schema migrations, applied in order; ``schema_migrations`` records which ran."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str], ...] = (
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
