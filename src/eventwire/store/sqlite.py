"""SQLite store: one file, WAL mode, one transaction per article (kill -9 safe)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eventwire.datevalues import date_start
from eventwire.errors import NotFoundError, RecordError, StoreError
from eventwire.models import Article, Report, Skip
from eventwire.store import placing
from eventwire.store.batch import Deferred
from eventwire.store.records import split_record
from eventwire.store.schema import EVENT_INSERT, MIGRATIONS
from eventwire.store.serial import record_json


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    """The record's JSON text: ``record_dict`` written compactly, non-ASCII kept
    (:func:`eventwire.store.serial.record_json`: the same bytes, mostly from orjson)."""
    return record_json(value)


class Store:
    def __init__(self, path: str | Path, *, shared: bool = False, create: bool = True) -> None:
        """``shared``: the connection may be handed to another thread (used by one at a time).
        ``create``: make the store (and its folder) when missing; otherwise a missing store
        is a StoreError (queries must not create empty stores from a typo)."""
        self.path = Path(path)
        self._unplaced: dict[str, Report] = {}  # saved unplaced by this process, by article id
        if not create and not self.path.exists():
            raise StoreError(f"no store at {self.path}: check --db, or create one with "
                             "`eventwire ingest FILE...` or `eventwire demo`")
        try:
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path), isolation_level=None, timeout=30,
                                      check_same_thread=not shared)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}; check the path "
                             "and its permissions, or pass another --db") from exc
        self.db.row_factory = sqlite3.Row
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            # the batch writer's scratch tables in memory; a page cache that holds the
            # count tables' and indexes' hot pages (SQLite's default is 2 MB)
            self.db.execute("PRAGMA temp_store=MEMORY")
            self.db.execute("PRAGMA cache_size=-32768")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            if "not a database" in str(exc) or isinstance(exc, sqlite3.IntegrityError):
                raise StoreError(f"{self.path} is not an eventwire store ({exc}): pass the "
                                 "path of a store with --db, or a new file name to create "
                                 "one") from exc
            raise StoreError(f"cannot open store {self.path}: {exc}; check the file and its "
                             "permissions, or pass another --db") from exc

    @classmethod
    def open_readonly(cls, path: str | Path) -> Store:
        """Open an existing store read-only (SQLite ``mode=ro``; for servers): nothing is
        created or migrated, and any write fails. The connection may move between threads."""
        store = cls.__new__(cls)
        store.path = Path(path)
        store._unplaced = {}
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
        try:
            row = self.db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        except sqlite3.OperationalError:  # a new store: no migrations table yet
            return 0
        return row[0] or 0

    def migrate(self) -> None:
        """Bring the schema up to date. Migrations run in one exclusive transaction that
        re-reads the version, so any number of processes may open a new store at once: the
        first migrates, the others wait and find nothing left to do."""
        known = max(v for v, _ in MIGRATIONS)
        if self._check_version(self.schema_version(), known):
            return
        self.db.execute("BEGIN EXCLUSIVE")
        try:
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                            "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
            current = self.schema_version()
            if not self._check_version(current, known):
                for version, sql in MIGRATIONS:
                    if version > current and callable(sql):
                        sql(self.db)
                    elif version > current:
                        for statement in _statements(sql):
                            self.db.execute(statement)
                    if version > current:
                        self.db.execute("INSERT INTO schema_migrations VALUES (?, ?)",
                                        (version, _now()))
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _check_version(self, current: int, known: int) -> bool:
        """True when the store is up to date; an error when it is newer than this code."""
        if current > known:
            raise StoreError(f"store {self.path} has schema version {current}, newer than this "
                             f"eventwire ({known}): upgrade eventwire")
        return current == known

    # -- writing ---------------------------------------------------------------------------

    def article_version(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT pipeline_version FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
        return row[0] if row else None

    def has_skip(self, article_id: str, code: str) -> bool:
        return self.db.execute("SELECT 1 FROM skips WHERE article_id = ? AND code = ?",
                               (article_id, code)).fetchone() is not None

    def save(self, report: Report, *, place: bool = True) -> None:
        """Replace everything stored for the report's article, atomically; ``place=False``:
        leave it waiting for :meth:`place_pending` (see :meth:`save_many`)."""
        with self.transaction() as db:
            _save(db, report, place=place)

    def save_many(self, reports: Iterable[Report],
                  rejected: Callable[[Report, Exception], Report] | None = None,
                  *, place: bool = True) -> list[Report]:
        """Store the reports in one transaction (each replacing what is stored for its
        article), as :meth:`save` one after the other would; returns the reports as stored.
        ``place=False``: store the analysed articles unplaced, waiting for
        :meth:`place_pending` (an ingest run places its articles at its end, in publication
        order: store/placing.py).

        A report the store rejects (:data:`REJECTED`: a bug in one article's records) is
        rolled back alone, to its savepoint, and ``rejected(report, error)`` is stored in its
        place; without ``rejected`` the error propagates and nothing of the batch is stored.
        After a crash every committed article is complete: a batch is stored whole or not at
        all, and the articles of a lost batch are simply new again to the next ingest."""
        stored = []
        with self.transaction() as db:
            deferred = Deferred.start(db)
            for report in reports:
                db.execute("SAVEPOINT report")
                mark = deferred.mark()
                try:
                    _save(db, report, deferred, place)
                except REJECTED as exc:
                    db.execute("ROLLBACK TO report")
                    db.execute("RELEASE report")
                    deferred.reset(mark)
                    if rejected is None:
                        raise
                    report = rejected(report, exc)
                    _save(db, report, deferred, place)
                else:
                    db.execute("RELEASE report")
                stored.append(report)
            deferred.finish(db)
        if not place:  # committed: keep what placing needs, up to a bound
            for report in stored:
                if report.skip is None and len(self._unplaced) < placing.HELD_MAX:
                    self._unplaced[report.article.id] = placing.held(report)
        return stored

    def place_pending(self, progress: Callable[[int], None] | None = None,
                      failed: Callable[[Skip], None] | None = None) -> int:
        """Place the stored articles waiting for it (this run's and any an earlier run left)
        into near-duplicates, stories and fused events, in publication order; returns how
        many were placed; ``failed``: told of each article that could not be placed (stored
        as a skip, code ``placement``, with its reason)."""
        try:
            return placing.place_pending(self.db, self.transaction, self._unplaced, progress,
                                         failed)
        finally:
            self._unplaced.clear()


# errors that mean one report's records do not fit the store (not a failing store)
REJECTED = (sqlite3.IntegrityError, ValueError, TypeError, AttributeError)


def _save(db: sqlite3.Connection, report: Report, deferred: Deferred | None = None,
          place: bool = True) -> None:
    """Store one report; ``deferred``: the batch that keeps the events' lookup rows (else the
    triggers do); ``place``: place it into stories and fused events now (else mark it as
    waiting, store/placing.py)."""
    if report.skip is not None and not report.article.text:
        _insert_skip(db, report.skip, report.pipeline.version)
        return
    if deferred is not None and deferred.irregular(report.article.id,
                                                   [e.id for e in report.events]):
        deferred.pause(db)
        _save(db, report, place=place)
        deferred.resume(db)
        return
    if report.skip is None:  # its records are dated, counted and weeked by it
        _check_published(report.article)
    db.execute("DELETE FROM articles WHERE id = ?", (report.article.id,))
    db.execute("DELETE FROM skips WHERE article_id = ?", (report.article.id,))
    _insert_article(db, report)
    if report.skip is not None:
        _insert_skip(db, report.skip, report.pipeline.version)
    else:
        _insert_records(db, report, deferred)
        if place:
            placing.place(db, report)
        else:
            placing.unplace(db, report.article.id)


def _statements(sql: str) -> list[str]:
    out, buf = [], []
    for line in sql.strip().splitlines():
        buf.append(line)
        joined = "\n".join(buf)
        if line.rstrip().endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    return out


def _check_published(article: Article) -> None:
    """The store sorts, counts and weeks articles by their ISO 8601 publication instant; the
    readers normalise dates, a report built by hand must too."""
    published = article.published
    if published is None:
        return
    try:
        datetime.fromisoformat(published)
        well_formed = len(published) >= 10 and published[4] == "-" and published[7] == "-"
    except ValueError:
        well_formed = False
    if not well_formed:
        raise RecordError(
            f"article {article.id}: publication date {published!r} is not ISO 8601; give it as "
            "YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM] (e.g. 2025-03-01T08:00:00+00:00), "
            "or leave it empty")


def _insert_article(db: sqlite3.Connection, report: Report) -> None:
    a: Article = report.article
    db.execute(
        "INSERT INTO articles (id, source, source_id, url, title, published, timezone, "
        "timezone_assumed, timezone_basis, language, author, origin, format, text, status, "
        "pipeline_version, pipeline_json, warnings_json, ingested_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (a.id, a.source, a.source_id, a.url, a.title, a.published, a.timezone,
         int(a.timezone_basis != "input"), a.timezone_basis, a.language, a.author, a.origin,
         a.format, a.text, "skipped" if report.skip else "analysed", report.pipeline.version,
         _json(report.pipeline), _json(list(report.warnings)), _now()),
    )


def _insert_skip(db: sqlite3.Connection, skip: Skip, version: str) -> None:
    db.execute("INSERT OR REPLACE INTO skips (article_id, origin, code, reason, pipeline_version, "
               "at) VALUES (?,?,?,?,?,?)",
               (skip.article_id, skip.origin, skip.code, skip.reason, version, _now()))


def _insert_records(db: sqlite3.Connection, report: Report,
                    deferred: Deferred | None = None) -> None:
    aid, text = report.article.id, report.article.text
    db.executemany("INSERT INTO actors VALUES (?,?,?,?,?,?,?,?,?)",
                   [(aid, actor.id, actor.name, actor.kind, actor.country, actor.sector,
                     actor.role, actor.code, _json(actor)) for actor in report.actors])
    db.executemany("INSERT OR IGNORE INTO mentions VALUES (?,?,?,?,?)",
                   [(aid, actor.id, m.start, m.end, m.text)
                    for actor in report.actors for m in actor.mentions])
    # an event id stored before (by another article: this article's events went with it)
    # is replaced, its row deleted first so the delete triggers take its lookup rows away;
    # a new id (nearly always) costs no delete
    # (a report that repeats an event id replaces its own first row, as it always did)
    stored = _stored_ids(db, [e.id for e in report.events])
    for event in report.events:
        if event.id in stored:
            db.execute("DELETE FROM events WHERE id = ?", (event.id,))  # fires the triggers
        stored.add(event.id)
        _insert_event(db, aid, text, event, report.article.published)
    if deferred is not None:
        deferred.add(aid, [e.id for e in report.events])
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


def _stored_ids(db: sqlite3.Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        found.update(r[0] for r in db.execute(
            f"SELECT id FROM events WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    return found


def _insert_event(db: sqlite3.Connection, aid: str, text: str, e: Any,
                  published: str | None = None) -> None:
    """The event's row (its id not stored: see _insert_records): its indexed columns and the
    compact rest of its record (store/records.py); the lookup tables (actor keys, dyads,
    sentence index, counts) are kept by triggers (store/schema.py) or the batch
    (store/batch.py). The sentence is cut from the article."""
    date = e.date
    start = date_start(date.value) if date else None
    columns, rest = split_record(e)
    db.execute(EVENT_INSERT, (None, *columns, aid, start, start or (published or "")[:10], rest))


MIN_ID_PREFIX = 7  # "a" and six hex digits


def require_article(db: sqlite3.Connection, article_id: str) -> sqlite3.Row:
    """The article with this id, or the one article whose id starts with it (at least
    :data:`MIN_ID_PREFIX` characters, compared literally)."""
    hint = "list ids with `eventwire events` or `eventwire articles`"
    row = db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is not None:
        return row
    if len(article_id) < MIN_ID_PREFIX:
        raise NotFoundError(f"no article {article_id!r} in the store: give a whole article id "
                            f"or at least its first {MIN_ID_PREFIX} characters; {hint}")
    rows = db.execute("SELECT * FROM articles WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 2",
                      (len(article_id), article_id)).fetchall()
    if not rows:
        raise NotFoundError(f"no article {article_id!r} in the store: {hint}")
    if len(rows) > 1:
        raise NotFoundError(f"{article_id!r} is the start of several article ids "
                            f"({rows[0]['id']}, {rows[1]['id']}, ...): give more characters")
    return rows[0]
