"""Lookup indexes of the lake, as the store's: ``_index/dyads.parquet`` (source, target,
sort_date, id, month, negated), ``_index/actor_events.parquet`` (key, sort_date, id, month,
negated) and ``_index/words.parquet`` (word, sort_date, id, month, negated: each lower-cased
word of an event's evidence sentence), sorted by key then date in small row groups, so DuckDB
reads only the row groups of one key (their min/max statistics). A page takes its keys from an
index and then reads those events' rows from their month partitions, whose files compaction
sorts by date in small row groups (lake/query.py).

`eventwire lake compact` builds them; they record the events files they were built from and are
used only while those are exactly the lake's events files (otherwise queries scan events).

Compaction also writes the summary's aggregates, as the store's maintained counts:
``_index/counts.parquet`` (name, n), ``_index/type_counts.parquet`` (plover, n) and
``_index/pair_counts.parquet`` (source, target, n); they record every table's files and are used
only while those are unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

INDEX = "_index"
ROW_GROUP = 16_384
# the words of a sentence as the lake's --search matches them (RE2 \w runs, any case)
WORDS = r"list_distinct(regexp_extract_all(lower(e.sentence), '\w+'))"


def events_files(lake: Path) -> list[list[Any]]:
    return [[str(p.relative_to(lake)), p.stat().st_size]
            for p in sorted((lake / "events").glob("month=*/*.parquet"))]


# the summary's aggregates: (file, query over the lake's views)
AGGREGATES = {
    "counts": """
        SELECT 'articles' AS name, COUNT(*) AS n FROM articles
            WHERE status = 'analysed' OR COALESCE(text, '') != ''
        UNION ALL SELECT 'events', COUNT(*) FROM events
        UNION ALL SELECT 'quotes', COUNT(*) FROM quotes
        UNION ALL SELECT 'skips', COUNT(*) FROM skips
        UNION ALL SELECT 'negated_events', COUNT(*) FROM events WHERE negated
        UNION ALL SELECT 'actors', COUNT(DISTINCT actor_id) FROM actors""",
    "type_counts": "SELECT plover, COUNT(*) AS n FROM events WHERE NOT negated GROUP BY plover",
    "pair_counts": """
        SELECT s AS source, t AS target, COUNT(*) AS n FROM (
            SELECT DISTINCT id, unnest(source_countries) AS s, tc FROM (
                SELECT id, source_countries, unnest(target_countries) AS tc FROM events
                WHERE NOT negated)) x(id, s, t)
        WHERE s != t GROUP BY 1, 2""",
}


def all_files(lake: Path) -> list[list[Any]]:
    return [[str(p.relative_to(lake)), p.stat().st_size]
            for p in sorted(lake.glob("*/month=*/*.parquet"))]


def build_index(lake: Path, db: Any) -> None:
    """Write the index files from the lake's ``events`` view on the DuckDB connection ``db``."""
    folder = lake / INDEX
    folder.mkdir(exist_ok=True)
    # keys are distinct within a side (lake/schema.py), so a side's cross product is too
    sides = {"dyads": ("SELECT s.k AS source, t.k AS target, e.sort_date, e.id, e.month, "
                       "e.negated FROM events e, unnest(e.source_keys) AS s(k), "
                       "unnest(e.target_keys) AS t(k) ORDER BY source, target, sort_date, id"),
             "actor_events": ("SELECT k.k AS key, e.sort_date, e.id, e.month, e.negated "
                              "FROM events e, unnest(list_distinct(list_concat(e.source_keys, "
                              "e.target_keys))) AS k(k) ORDER BY key, sort_date, id"),
             "words": (f"SELECT w.w AS word, e.sort_date, e.id, e.month, e.negated FROM "
                       f"events e, unnest({WORDS}) AS w(w) ORDER BY word, sort_date, id")}
    for name, sql in sides.items():
        tmp = folder / f"{name}.tmp"
        db.execute(f"COPY ({sql}) TO '{str(tmp).replace(chr(39), chr(39) * 2)}' "
                   f"(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {ROW_GROUP})")
        tmp.replace(folder / f"{name}.parquet")
    # each month partition's range of sort dates: scans visit only the months that can hold
    # the page (lake/query.py)
    tmp = folder / "months.tmp"
    db.execute("COPY (SELECT month, MIN(sort_date) AS lo, MAX(sort_date) AS hi, COUNT(*) AS n "
               f"FROM events GROUP BY month ORDER BY month) TO "
               f"'{str(tmp).replace(chr(39), chr(39) * 2)}' (FORMAT parquet)")
    tmp.replace(folder / "months.parquet")
    for name, sql in AGGREGATES.items():
        tmp = folder / f"{name}.tmp"
        db.execute(f"COPY ({sql}) TO '{str(tmp).replace(chr(39), chr(39) * 2)}' "
                   "(FORMAT parquet)")
        tmp.replace(folder / f"{name}.parquet")
    (folder / "index.json").write_text(json.dumps({"events_files": events_files(lake),
                                                   "files": all_files(lake)}) + "\n", "utf-8")


def fresh(lake: Path) -> bool:
    """True when the index was built from exactly the lake's current events files."""
    meta = lake / INDEX / "index.json"
    if not meta.exists():
        return False
    try:
        built = json.loads(meta.read_text("utf-8"))["events_files"]
    except (ValueError, KeyError):
        return False
    return bool(built == events_files(lake))


def aggregates_fresh(lake: Path) -> bool:
    """True when the summary's aggregates were built from exactly the lake's current files."""
    meta = lake / INDEX / "index.json"
    if not meta.exists():
        return False
    try:
        built = json.loads(meta.read_text("utf-8"))["files"]
    except (ValueError, KeyError):
        return False
    return bool(built == all_files(lake)) and all(
        (lake / INDEX / f"{name}.parquet").exists() for name in AGGREGATES)
