"""SQLite store: one file, WAL mode, one transaction per article (kill -9 safe)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eventwire.datevalues import date_start
from eventwire.errors import NotFoundError, StoreError
from eventwire.models import Article, Report, Skip, record_dict
from eventwire.store.schema import MIGRATIONS


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(record_dict(value), ensure_ascii=False, separators=(",", ":"))


class Store:
    def __init__(self, path: str | Path, *, shared: bool = False) -> None:
        """``shared``: the connection may be handed to another thread (used by one at a time)."""
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path), isolation_level=None, timeout=30,
                                      check_same_thread=not shared)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}; check the path "
                             "and its permissions, or pass another --db") from exc
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    @classmethod
    def open_readonly(cls, path: str | Path) -> Store:
        """Open an existing store read-only (SQLite ``mode=ro``; for servers): nothing is
        created or migrated, and any write fails. The connection may move between threads."""
        store = cls.__new__(cls)
        store.path = Path(path)
        if not store.path.is_file():
            raise StoreError(f"no store at {store.path}: create one with `eventwire demo` or "
                             "`eventwire ingest PATH`, or pass --db FILE")
        try:
            store.db = sqlite3.connect(f"{store.path.resolve().as_uri()}?mode=ro", uri=True,
                                       isolation_level=None, check_same_thread=False)
            store.db.row_factory = sqlite3.Row
            row = store.db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read store {store.path}: {exc}; is it an eventwire "
                             "store? Pass another --db") from exc
        known = max(v for v, _ in MIGRATIONS)
        if (row[0] or 0) != known:
            raise StoreError(f"store {store.path} has schema version {row[0]}, this eventwire "
                             f"reads version {known}: open it once with `eventwire summary` "
                             "to migrate it, or upgrade eventwire")
        return store

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def schema_version(self) -> int:
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                        "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        row = self.db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return row[0] or 0

    def migrate(self) -> None:
        current = self.schema_version()
        known = max(v for v, _ in MIGRATIONS)
        if current > known:
            raise StoreError(f"store {self.path} has schema version {current}, newer than this "
                             f"eventwire ({known}): upgrade eventwire")
        for version, sql in MIGRATIONS:
            if version > current:
                with self.transaction() as db:
                    for statement in _statements(sql):
                        db.execute(statement)
                    db.execute("INSERT INTO schema_migrations VALUES (?, ?)", (version, _now()))

    # -- writing ---------------------------------------------------------------------------

    def article_version(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT pipeline_version FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
        return row[0] if row else None

    def has_skip(self, article_id: str, code: str) -> bool:
        return self.db.execute("SELECT 1 FROM skips WHERE article_id = ? AND code = ?",
                               (article_id, code)).fetchone() is not None

    def save(self, report: Report) -> None:
        """Replace everything stored for the report's article, atomically."""
        with self.transaction() as db:
            if report.skip is not None and not report.article.text:
                _insert_skip(db, report.skip, report.pipeline.version)
                return
            db.execute("DELETE FROM articles WHERE id = ?", (report.article.id,))
            db.execute("DELETE FROM skips WHERE article_id = ?", (report.article.id,))
            _insert_article(db, report)
            if report.skip is not None:
                _insert_skip(db, report.skip, report.pipeline.version)
            else:
                _insert_records(db, report)


def _statements(sql: str) -> list[str]:
    out, buf = [], []
    for line in sql.strip().splitlines():
        buf.append(line)
        joined = "\n".join(buf)
        if line.rstrip().endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    return out


def _insert_article(db: sqlite3.Connection, report: Report) -> None:
    a: Article = report.article
    db.execute(
        "INSERT INTO articles (id, source, source_id, url, title, published, timezone, "
        "timezone_assumed, language, author, origin, format, text, status, pipeline_version, "
        "pipeline_json, warnings_json, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (a.id, a.source, a.source_id, a.url, a.title, a.published, a.timezone,
         int(a.timezone_assumed), a.language, a.author, a.origin, a.format, a.text,
         "skipped" if report.skip else "analysed", report.pipeline.version,
         _json(report.pipeline), _json(list(report.warnings)), _now()),
    )


def _insert_skip(db: sqlite3.Connection, skip: Skip, version: str) -> None:
    db.execute("INSERT OR REPLACE INTO skips (article_id, origin, code, reason, pipeline_version, "
               "at) VALUES (?,?,?,?,?,?)",
               (skip.article_id, skip.origin, skip.code, skip.reason, version, _now()))


def _insert_records(db: sqlite3.Connection, report: Report) -> None:
    aid, text = report.article.id, report.article.text
    for actor in report.actors:
        db.execute("INSERT INTO actors VALUES (?,?,?,?,?,?,?,?,?)",
                   (aid, actor.id, actor.name, actor.kind, actor.country, actor.sector,
                    actor.role, actor.code, _json(actor)))
        db.executemany("INSERT OR IGNORE INTO mentions VALUES (?,?,?,?,?)",
                       [(aid, actor.id, m.start, m.end, m.text) for m in actor.mentions])
    for event in report.events:
        _insert_event(db, aid, text, event, report.article.published)
    for q in report.quotes:
        speaker = q.speaker
        db.execute("INSERT OR REPLACE INTO quotes VALUES (?,?,?,?,?,?,?,?,?)",
                   (q.id, aid, q.kind, q.start, q.end, q.text,
                    speaker.actor if speaker else None, speaker.name if speaker else None,
                    _json(q)))
    db.executemany("INSERT OR REPLACE INTO times VALUES (?,?,?,?,?,?)",
                   [(aid, t.start, t.end, t.type, t.value, _json(t)) for t in report.times])
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?)",
                   [(aid, i, p.name, p.country, p.precision, _json(p))
                    for i, p in enumerate(report.places)])


def _insert_event(db: sqlite3.Connection, aid: str, text: str, e: Any,
                  published: str | None = None) -> None:
    """The event's row and its actors; the lookup tables (actor keys, dyads, sentence index,
    counts) are kept by triggers (store/schema.py). The sentence is cut from the article."""
    sent, trig = e.evidence.sentence, e.evidence.trigger
    date, place = e.date, e.place
    start = date_start(date.value) if date else None
    db.execute("DELETE FROM events WHERE id = ?", (e.id,))  # fires the lookup-table triggers
    db.execute(
        "INSERT INTO events (id, article_id, plover, cameo, quad_class, goldstein, mode, "
        "negated, modality, date_value, date_precision, date_basis, place_name, place_country, "
        "sentence_start, sentence_end, trigger_start, trigger_end, trigger_text, json, "
        "date_start, sort_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (e.id, aid, e.plover, e.cameo, e.quad_class, e.goldstein, e.mode, int(e.negated),
         e.modality, date.value if date else None, date.precision if date else None,
         date.basis if date else None, place.name if place else None,
         place.country if place else None, sent.start, sent.end, trig.start, trig.end,
         trig.text, _json(e), start, start or (published or "")[:10]),
    )
    rows = [(e.id, role, i, r.actor, r.name, r.country, r.sector)
            for role, refs in (("source", e.source), ("target", e.target))
            for i, r in enumerate(refs)]
    db.executemany("INSERT INTO event_actors VALUES (?,?,?,?,?,?,?)", rows)


def require_article(db: sqlite3.Connection, article_id: str) -> sqlite3.Row:
    row = db.execute("SELECT * FROM articles WHERE id = ? OR id LIKE ?",
                     (article_id, article_id + "%")).fetchone()
    if row is None:
        raise NotFoundError(f"no article {article_id!r} in the store: list ids with "
                            "`eventwire events` or `eventwire articles`")
    return row
