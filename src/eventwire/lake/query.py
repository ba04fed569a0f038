"""Reading the lake through DuckDB: the same filters, pages and rows as the store's queries."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import duckdb

from eventwire.errors import ConfigError, NotFoundError
from eventwire.lake.index import AGGREGATES, INDEX, aggregates_fresh, fresh
from eventwire.lake.schema import MANIFEST, SCHEMAS, TABLES
from eventwire.models import PLOVER_TYPES
from eventwire.store.placing import PLACEMENT_SKIP
from eventwire.store.queries import (
    EventFilter,
    Page,
    _until,
    decode_cursor,
    encode_cursor,
    encode_quote_cursor,
    quote_after,
    span_where,
)

FTS_SYNTAX = re.compile(r'["*()]|\b(AND|OR|NOT|NEAR)\b')


class Lake:
    """A DuckDB connection with one view per lake table (``events``, ``actors``, ...)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not (self.path / MANIFEST).exists():
            raise NotFoundError(f"no eventwire lake at {self.path}: write one with "
                                "`eventwire ingest --lake DIR PATH...`")
        self.db = duckdb.connect()
        self.db.execute("SET enable_object_cache = true")  # keep Parquet footers between queries
        for table in TABLES:
            files = sorted((self.path / table).glob("month=*/*.parquet"))
            if files:
                glob = str(self.path / table / "month=*" / "*.parquet").replace("'", "''")
                self.db.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{glob}', "
                                "hive_partitioning = true, union_by_name = true)")
            else:  # an empty table with the right columns
                empty = SCHEMAS[table].empty_table()
                self.db.register(f"{table}_empty", empty)
                self.db.execute(f"CREATE VIEW {table} AS SELECT *, NULL::VARCHAR AS month "
                                f"FROM {table}_empty")

        self.indexed = fresh(self.path)
        # each month's events files, for reading a page's rows from the months that hold them
        self.month_files: dict[str, list[str]] = {}
        for path in sorted((self.path / "events").glob("month=*/*.parquet")):
            self.month_files.setdefault(path.parent.name[len("month="):], []).append(str(path))
        # (month, lowest sort date, highest sort date) of each month partition
        self.months: list[tuple[str, str, str]] = []
        self.word_index = False
        if self.indexed:
            for name in ("dyads", "actor_events", "words"):
                found = self.path / INDEX / f"{name}.parquet"
                if not found.exists():  # an index built before the word index
                    continue
                path = str(found).replace("'", "''")
                self.db.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{path}')")
                self.word_index = self.word_index or name == "words"
            months = self.path / INDEX / "months.parquet"
            if months.exists():
                path = str(months).replace("'", "''")
                self.months = [tuple(r) for r in self.db.execute(
                    f"SELECT month, lo, hi FROM read_parquet('{path}')").fetchall()]
        # the summary's counts, written at compaction; small, so loaded into memory
        self.aggregated = aggregates_fresh(self.path)
        if self.aggregated:
            for name in AGGREGATES:
                path = str(self.path / INDEX / f"{name}.parquet").replace("'", "''")
                self.db.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet('{path}')")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Lake:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.db.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def sql(self, query: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """An analyst's SQL over the lake's views; DuckDB's own errors become ConfigErrors."""
        try:
            cur = self.db.execute(query)
        except duckdb.Error as exc:
            raise ConfigError(f"SQL error: {exc}") from exc
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()

    # -- actors -----------------------------------------------------------------------------

    @functools.cached_property
    def keys(self) -> frozenset[str]:
        """Every actor id and country code on either side of an event (one scan, kept)."""
        rows = self.db.execute("SELECT DISTINCT k FROM (SELECT unnest(list_concat(source_keys, "
                               "target_keys)) AS k FROM events)").fetchall()
        return frozenset(r[0] for r in rows)

    def _is_key(self, value: str) -> bool:
        """Whether ``value`` is an actor id or country code of some event: one pruned lookup
        in the compacted lake's key index, else the set of every key (one scan, kept)."""
        if self.indexed:
            return self.db.execute("SELECT 1 FROM actor_events WHERE key = ? LIMIT 1",
                                   [value]).fetchone() is not None
        return value in self.keys

    def resolve_actor(self, value: str, cap: int = 500) -> list[str]:
        """As :func:`eventwire.store.queries.resolve_actor`: an exact actor id or country code,
        else actors with that code, else actors whose name contains the string."""
        value = value.strip()
        if not value:
            return []
        for candidate in dict.fromkeys([value, value.upper()] if len(value) == 3 else [value]):
            if self._is_key(candidate):
                return [candidate]
        for clause, arg in (("upper(code) = ?", value.upper()),
                            ("name ILIKE ?", f"%{value.replace('%', '').replace('_', '')}%")):
            found = [r[0] for r in self.db.execute(
                f"SELECT actor_id FROM actors WHERE {clause} GROUP BY actor_id "
                "ORDER BY COUNT(*) DESC, actor_id LIMIT ?", [arg, cap]).fetchall()]
            if found:
                return found
        return []

    # -- events -----------------------------------------------------------------------------

    def event_page(self, f: EventFilter) -> Page:
        """One page of events, ordered and filtered exactly as the store's ``event_page``:
        through the lookup indexes when the lake is compacted (by actor keys when the filter
        is on actors and dates only, by words for a first page of --search), else by scanning
        ``events``."""
        if self.indexed and (f.pair or f.actor) and not (
                f.type or f.search or f.facts_only or f.min_confidence is not None):
            return self._indexed_page(f)
        found = self._scan_where(f)
        if found is None:
            return Page([], None)
        where, params = found
        if (f.search and f.limit is not None and self.word_index
                and (words := index_words(f.search))):
            return self._word_page(f, words, where, params)
        sql = (f"SELECT record, sort_date, id, article_id, source_outlet, published, sentence "
               f"FROM events WHERE {' AND '.join(where)}")
        order = " DESC" if f.newest_first else ""
        if f.limit is not None and self.months:
            rows = self._by_months(sql, params, f)
        else:
            sql += f" ORDER BY sort_date{order}, id{order}"
            if f.limit is not None:
                sql += f" LIMIT {int(f.limit) + 1}"
            rows = self.db.execute(sql, params).fetchall()
        return self._page(rows, f)

    def _page(self, rows: list[Any], f: EventFilter) -> Page:
        """A page from rows (record, sort_date, id, article_id, outlet, published, sentence)
        in page order, at most ``f.limit + 1`` of them."""
        more = f.limit is not None and len(rows) > f.limit
        rows = rows[:f.limit] if f.limit is not None else rows
        out = []
        for record, _sort, _id, article_id, outlet, published, sentence in rows:
            data = json.loads(record)
            data.update(article_id=article_id, source_outlet=outlet, published=published,
                        sentence=sentence.strip())
            out.append(data)
        return Page(out, encode_cursor(rows[-1][1], rows[-1][2]) if more else None)

    def _scan_where(self, f: EventFilter) -> tuple[list[str], list[Any]] | None:
        """The conditions of ``f`` on the ``events`` view; None when no event can match."""
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if f.pair:
            sources, targets = self.resolve_actor(f.pair[0]), self.resolve_actor(f.pair[1])
            if not sources or not targets:
                return None
            where.append("list_has_any(source_keys, ?) AND list_has_any(target_keys, ?)")
            params += [sources, targets]
        if f.actor:
            keys = self.resolve_actor(f.actor)
            if not keys:
                return None
            where.append("(list_has_any(source_keys, ?) OR list_has_any(target_keys, ?))")
            params += [keys, keys]
        if not f.include_negated:
            where.append("NOT negated")
        if f.facts_only:
            where.append("modality IN ('asserted', 'reported') AND date_start IS NOT NULL")
        if f.since:
            where.append("sort_date >= ?")
            params.append(f.since)
        if f.until:
            where.append("sort_date <= ?")
            params.append(_until(f.until))
        if f.type:
            kind = f.type.upper()
            if kind.isdigit():
                where.append("starts_with(cameo, ?)")
                params.append(kind)
            elif kind in PLOVER_TYPES:
                where.append("plover = ?")
                params.append(kind)
            else:
                raise ConfigError(f"unknown event type {f.type!r}: use a PLOVER type "
                                  f"({', '.join(PLOVER_TYPES)}) or a CAMEO code such as 163")
        if f.min_confidence is not None:  # written before confidence existed: 1.0
            where.append("COALESCE(confidence, 1.0) >= ?")
            params.append(f.min_confidence)
        if f.search:
            where.append("regexp_matches(sentence, ?)")
            params.append(phrase_pattern(f.search))
        if f.cursor:
            where.append(f"(sort_date, id) {'<' if f.newest_first else '>'} (?, ?)")
            params += list(decode_cursor(f.cursor))
        return where, params

    def _by_months(self, sql: str, params: list[Any], f: EventFilter) -> list[Any]:
        """The first ``f.limit + 1`` rows of ``sql`` in page order, reading month partitions
        in the order of their sort dates (oldest first, or newest first) and stopping once no
        month left can hold a row before the last one kept: a first page reads the months it
        needs, not the whole lake."""
        assert f.limit is not None
        want = int(f.limit) + 1
        since = f.since or ""
        until = _until(f.until) if f.until else None
        after = decode_cursor(f.cursor)[0] if f.cursor else None
        months = [m for m in self.months
                  if m[2] >= since and (until is None or m[1] <= until)
                  and (after is None or (m[1] <= after if f.newest_first else m[2] >= after))]
        if f.newest_first:
            months.sort(key=lambda m: m[2], reverse=True)
        else:
            months.sort(key=lambda m: m[1])
        order = " DESC" if f.newest_first else ""
        kept: list[Any] = []
        step, i = 1, 0
        while i < len(months):
            batch = months[i:i + step]
            i += step
            step *= 2
            marks = ", ".join("?" * len(batch))
            found = self.db.execute(
                f"{sql} AND month IN ({marks}) ORDER BY sort_date{order}, id{order} "
                f"LIMIT {want}", params + [m[0] for m in batch]).fetchall()
            kept = sorted(kept + found, key=lambda r: (r[1], r[2]), reverse=f.newest_first)
            kept = kept[:want]
            if len(kept) == want and i < len(months):
                last, nxt = kept[-1][1], months[i]
                if (last > nxt[2]) if f.newest_first else (last < nxt[1]):
                    break
        return kept

    def _indexed_page(self, f: EventFilter) -> Page:
        """A page by actor keys: its (sort date, id, month) keys from ``dyads`` or
        ``actor_events`` (only the row groups of the keys asked for), then its rows."""
        where: list[str] = []
        params: list[Any] = []
        if f.pair:
            sources, targets = self.resolve_actor(f.pair[0]), self.resolve_actor(f.pair[1])
            if not sources or not targets:
                return Page([], None)
            table = "dyads"
            where += [_in("source", sources), _in("target", targets)]
            params += [*sources, *targets]
            if f.actor:
                keys = self.resolve_actor(f.actor)
                if not keys:
                    return Page([], None)
                where.append(f"id IN (SELECT id FROM actor_events WHERE {_in('key', keys)})")
                params += keys
        else:
            keys = self.resolve_actor(f.actor or "")
            if not keys:
                return Page([], None)
            table = "actor_events"
            where.append(_in("key", keys))
            params += keys
        keys_found = self._keys(table, where, params, f, None if f.limit is None
                                else int(f.limit) + 1)
        rows = self._rows_of(keys_found, ["TRUE"], [])
        return self._page(rows, f)

    def _keys(self, table: str, where: list[str], params: list[Any], f: EventFilter,
              limit: int | None, after: tuple[str, str] | None = None) -> list[Any]:
        """(sort_date, id, month) of the index rows matching ``where`` and ``f``'s dates,
        negation and cursor (or ``after``), in page order, at most ``limit``."""
        where, params = list(where), list(params)
        span_where(where, params, include_negated=f.include_negated, since=f.since,
                   until=f.until, asserted="NOT negated")
        start = after or (decode_cursor(f.cursor) if f.cursor else None)
        if start:
            where.append(f"(sort_date, id) {'<' if f.newest_first else '>'} (?, ?)")
            params += list(start)
        order = " DESC" if f.newest_first else ""
        sql = (f"SELECT DISTINCT sort_date, id, month FROM {table} WHERE {' AND '.join(where)} "
               f"ORDER BY sort_date{order}, id{order}")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.db.execute(sql, params).fetchall()

    def _rows_of(self, keys: list[Any], where: list[str], params: list[Any]) -> list[Any]:
        """The events rows of ``keys`` (sort_date, id, month) that also meet ``where``, in the
        keys' order: each month's files read with that month's date range and ids, so DuckDB
        opens only the row groups whose date statistics can hold them."""
        by_month: dict[str, list[tuple[str, str]]] = {}
        for sort_date, event_id, month in keys:
            by_month.setdefault(month, []).append((sort_date, event_id))
        parts: list[str] = []
        args: list[Any] = []
        cond = " AND ".join(where)
        for month, items in by_month.items():
            files = self.month_files.get(month)
            if not files:
                continue
            listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
            dates = [d for d, _ in items]
            parts.append(
                "SELECT record, sort_date, id, article_id, source_outlet, published, sentence "
                f"FROM read_parquet([{listed}], union_by_name = true) "
                f"WHERE sort_date BETWEEN ? AND ? AND {_in('id', items)} AND {cond}")
            args += [min(dates), max(dates), *(i for _, i in items), *params]
        if not parts:
            return []
        found = {r[2]: r for r in self.db.execute(" UNION ALL ".join(parts), args).fetchall()}
        return [found[i] for _, i, _ in keys if i in found]

    def _word_page(self, f: EventFilter, words: list[str], where: list[str],
                   params: list[Any]) -> Page:
        """A --search page through ``words``: candidates are the events whose sentence holds
        every word (index rows in page order, a growing batch at a time); each candidate's row
        must then meet the whole filter (the phrase itself, actors, type...), as a scan does."""
        assert f.limit is not None
        want = int(f.limit) + 1
        cand = " INTERSECT ".join(
            "SELECT sort_date, id, month, negated FROM words WHERE word = ?" for _ in words)
        table = f"({cand}) AS candidates"
        kept: list[Any] = []
        after: tuple[str, str] | None = None
        batch = max(2 * want, 64)
        while True:
            keys = self._keys(table, ["TRUE"], list(words), f, batch, after)
            kept += self._rows_of(keys, where, params)
            if len(kept) >= want or len(keys) < batch:
                break
            after = (keys[-1][0], keys[-1][1])
            batch *= 4
        return self._page(kept[:want], f)

    def events(self, f: EventFilter) -> list[dict[str, Any]]:
        return self.event_page(f).rows

    def dyad_timeline(self, source: str, target: str, interval: str = "week",
                      since: str | None = None, until: str | None = None,
                      include_negated: bool = False) -> list[dict[str, Any]]:
        sources, targets = self.resolve_actor(source), self.resolve_actor(target)
        if not sources or not targets:
            return []
        bucket = {"week": "strftime(date_trunc('week', CAST(sort_date AS DATE)), '%Y-%m-%d')",
                  "month": "substr(sort_date, 1, 7)", "year": "substr(sort_date, 1, 4)"}
        if interval not in bucket:
            raise ConfigError(f"unknown interval {interval!r}: use week, month or year")
        if self.indexed:
            table = "dyads"
            where = [_in("source", sources), _in("target", targets), "sort_date != ''"]
            count = "COUNT(DISTINCT id)"
        else:
            table = "events"
            where = ["list_has_any(source_keys, ?)", "list_has_any(target_keys, ?)",
                     "sort_date != ''"]
            count = "COUNT(*)"
        params: list[Any] = [*sources, *targets] if self.indexed else [sources, targets]
        if not include_negated:
            where.append("NOT negated")
        if since:
            where.append("sort_date >= ?")
            params.append(since)
        if until:
            where.append("sort_date <= ?")
            params.append(_until(until))
        return self.rows(f"SELECT {bucket[interval]} AS period, {count} AS events FROM {table} "
                         f"WHERE {' AND '.join(where)} GROUP BY 1 ORDER BY 1", params)

    def top_dyads(self, limit: int = 20) -> list[dict[str, Any]]:
        if self.aggregated:
            return self.rows("SELECT source, target, n AS events FROM pair_counts "
                             "ORDER BY n DESC, source, target LIMIT ?", [limit])
        return self.rows(
            "SELECT s AS source, t AS target, COUNT(*) AS events FROM ("
            "SELECT DISTINCT id, unnest(source_countries) AS s, tc FROM ("
            "SELECT id, source_countries, unnest(target_countries) AS tc FROM events "
            "WHERE NOT negated)) x(id, s, t) WHERE s != t "
            "GROUP BY 1, 2 ORDER BY events DESC, source, target LIMIT ?", [limit])

    # -- the other commands -------------------------------------------------------------------

    def quotes(self, speaker: str | None = None, about: str | None = None,
               search: str | None = None, limit: int | None = None,
               cursor: str | None = None) -> list[dict[str, Any]]:
        return self.quote_page(speaker, about, search, limit, cursor).rows

    def quote_page(self, speaker: str | None = None, about: str | None = None,
                   search: str | None = None, limit: int | None = None,
                   cursor: str | None = None) -> Page:
        """As :func:`eventwire.store.queries.quote_page` (same order, rows and cursors)."""
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if speaker:
            where.append("(speaker_name ILIKE ? OR speaker_actor = ? OR speaker_actor IN "
                         "(SELECT actor_id FROM actors WHERE name ILIKE ?))")
            params += [f"%{speaker}%", speaker, f"%{speaker}%"]
        if about:
            where.append("EXISTS (SELECT 1 FROM mentions m JOIN actors ac ON ac.article_id = "
                         "m.article_id AND ac.actor_id = m.actor_id WHERE m.article_id = "
                         "q.article_id AND m.start >= q.start AND m.\"end\" <= q.\"end\" AND "
                         "(ac.country = ? OR ac.actor_id = ? OR ac.name ILIKE ?))")
            params += [about.upper(), about, f"%{about}%"]
        if search:
            where.append("q.text ILIKE ?")
            params.append(f"%{search}%")
        if cursor:
            clause, values = quote_after(cursor, False, "COALESCE(published, '')",
                                         "article_id", "start", "id")
            where.append(clause)
            params += values
        sql = (f"SELECT record, article_id, source_outlet, published, start, id FROM quotes q "
               f"WHERE {' AND '.join(where)} "
               f"ORDER BY COALESCE(published, ''), article_id, start, id")
        if limit:
            sql += f" LIMIT {int(limit) + 1}"
        found = self.db.execute(sql, params).fetchall()
        more = bool(limit) and len(found) > (limit or 0)
        found = found[:limit] if limit else found
        out = []
        for record, article_id, outlet, published, _start, _id in found:
            data = json.loads(record)
            data.update(article_id=article_id, source_outlet=outlet, published=published)
            out.append(data)
        last = found[-1] if more else None
        return Page(out, encode_quote_cursor(last[3], last[1], last[4], last[5])
                    if last else None)

    def actors(self, limit: int | None = None) -> list[dict[str, Any]]:
        sql = """
        WITH a AS (SELECT actor_id, any_value(name ORDER BY article_id) AS name,
                          any_value(kind ORDER BY article_id) AS kind,
                          any_value(country ORDER BY article_id) AS country,
                          any_value(sector ORDER BY article_id) AS sector,
                          any_value(role ORDER BY article_id) AS role,
                          COUNT(DISTINCT article_id) AS articles
                   FROM actors GROUP BY actor_id),
             m AS (SELECT actor_id, COUNT(*) AS mentions FROM mentions GROUP BY actor_id),
             e AS (SELECT actor_id, COUNT(DISTINCT id) AS events FROM (
                       SELECT id, unnest(list_concat(source_actors, target_actors)) AS actor_id
                       FROM events WHERE NOT negated) GROUP BY actor_id)
        SELECT a.actor_id AS id, a.name, a.kind, a.country, a.sector, a.role, a.articles,
               COALESCE(m.mentions, 0) AS mentions, COALESCE(e.events, 0) AS events
        FROM a LEFT JOIN m USING (actor_id) LEFT JOIN e USING (actor_id)
        ORDER BY mentions DESC, a.name"""
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self.rows(sql)

    def skips(self) -> list[dict[str, Any]]:
        return self.rows("SELECT s.article_id, s.origin, s.code, s.reason FROM skips s "
                         "ORDER BY s.origin, s.article_id")

    def summary(self, top: int = 5) -> dict[str, Any]:
        def one(sql: str) -> Any:
            row = self.db.execute(sql).fetchone()
            assert row is not None  # an aggregate always gives one row
            return row[0]

        if self.aggregated:
            found = dict(self.db.execute("SELECT name, n FROM counts").fetchall())
            counts = {name: found[name] for name in ("articles", "events", "quotes", "skips",
                                                     "negated_events", "actors")}
            types = self.db.execute("SELECT plover, n FROM type_counts "
                                    "ORDER BY n DESC, plover").fetchall()
            return _unplaced_apart({"counts": counts, "top_pairs": self.top_dyads(top),
                                    "types": dict(types), "skips": self.skips()})
        # as in the store: a skipped input with no text is a skip, not an article
        counts = {"articles": one("SELECT COUNT(*) FROM articles WHERE status = 'analysed' "
                                  "OR COALESCE(text, '') != ''"),
                  "events": one("SELECT COUNT(*) FROM events"),
                  "quotes": one("SELECT COUNT(*) FROM quotes"),
                  "skips": one("SELECT COUNT(*) FROM skips"),
                  "negated_events": one("SELECT COUNT(*) FROM events WHERE negated"),
                  "actors": one("SELECT COUNT(DISTINCT actor_id) FROM actors")}
        types = self.db.execute("SELECT plover, COUNT(*) AS n FROM events WHERE NOT negated "
                                "GROUP BY plover ORDER BY n DESC, plover").fetchall()
        return _unplaced_apart({"counts": counts, "top_pairs": self.top_dyads(top),
                                "types": dict(types), "skips": self.skips()})


def _unplaced_apart(summary: dict[str, Any]) -> dict[str, Any]:
    """As the store's summary: an article analysed and stored whose placement into stories
    failed (store/placing.py PLACEMENT_SKIP) is listed and counted as "unplaced", not as a
    skipped input."""
    every = summary["skips"]
    unplaced = [s for s in every if s["code"] == PLACEMENT_SKIP]
    summary["counts"]["skips"] -= len(unplaced)
    summary["counts"]["unplaced"] = len(unplaced)
    summary["skips"] = [s for s in every if s["code"] != PLACEMENT_SKIP]
    summary["unplaced"] = unplaced
    return summary


def _in(column: str, values: list[Any]) -> str:
    """``column IN (?, ...)``, one parameter a value: DuckDB prunes row groups by their
    statistics on it (it cannot with ``list_contains(?, column)``)."""
    return f"{column} IN ({', '.join('?' * len(values))})"


INDEX_WORD = re.compile(r"[0-9a-z_]+")


def index_words(search: str) -> list[str] | None:
    """The words of a plain --search as the word index holds them (lower-cased RE2 ``\\w``
    runs), or None when the index cannot answer it (a word outside ASCII: scanned instead)."""
    words = [w.lower() for w in re.findall(r"\w+", search)]
    if not words or not all(INDEX_WORD.fullmatch(w) for w in words):
        return None
    return list(dict.fromkeys(words))


def phrase_pattern(search: str) -> str:
    """The regular expression matching a plain word or phrase as the store's FTS does: whole
    words, any case, any punctuation or space between them."""
    if FTS_SYNTAX.search(search):
        raise ConfigError(f"--search {search!r}: the lake matches plain words and phrases; "
                          "FTS5 operators (quotes, AND/OR/NOT, NEAR, *) work on the store")
    words = re.findall(r"\w+", search)
    if not words:
        raise ConfigError(f"--search {search!r} has no words to look for")
    return "(?i)\\b" + "\\W+".join(re.escape(w) for w in words) + "\\b"
