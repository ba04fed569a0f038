"""A canonical text dump of an eventwire store, to compare two stores' contents.

Every row of every table (sorted; time stamps of storing blanked), the schema, and the full-text
indexes by their logical content (each term's documents, columns and offsets, read through
``fts5vocab``) rather than their internal b-tree pages, which depend on how many transactions
wrote them. Two stores holding the same records give the same dump:

    python -m eventwire.store.dump A.db > a.txt; python -m eventwire.store.dump B.db > b.txt
    diff a.txt b.txt

(tests/test_store_batch.py compares stores written one article per transaction and in batches.)
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

# columns that hold the time of storing, not stored content
STAMPS = {("articles", "ingested_at"), ("skips", "at"), ("schema_migrations", "applied_at")}


def dump(path: str | Path) -> Iterator[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                       "ORDER BY type, name").fetchall()
    fts = [name for kind, name, _, sql in rows
           if kind == "table" and sql and "USING fts5" in sql]
    shadow = tuple(f"{name}_" for name in fts)
    for kind, name, _, sql in rows:
        yield f"-- {kind} {name}: {sql}"
    for kind, name, _, _sql in rows:
        if kind != "table" or name in fts or name.startswith(shadow) or name.startswith(
                "sqlite_"):
            continue
        columns = [r[1] for r in con.execute(f"PRAGMA table_info({name})")]
        select = ", ".join("''" if (name, c) in STAMPS else f'"{c}"' for c in columns)
        yield f"-- rows of {name} ({', '.join(columns)})"
        for row in sorted(con.execute(f"SELECT {select} FROM {name}").fetchall(), key=repr):
            yield repr(row)
    for name in fts:
        vocab = sqlite3.connect("file::memory:", uri=True)
        vocab.execute(f"ATTACH DATABASE 'file:{path}?mode=ro' AS s")
        vocab.execute(f"CREATE VIRTUAL TABLE temp.v USING fts5vocab(s, {name}, instance)")
        yield f"-- full-text index {name} (term, row, column, offset)"
        for row in vocab.execute("SELECT term, doc, col, offset FROM temp.v "
                                 "ORDER BY term, doc, col, offset"):
            yield repr(row)
        vocab.close()
    con.close()


def main() -> None:
    for line in dump(sys.argv[1]):
        print(line)


if __name__ == "__main__":
    main()
