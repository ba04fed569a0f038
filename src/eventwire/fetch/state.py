"""What the last fetch of each URL said: ETag and Last-Modified, for conditional GETs.

A small SQLite file beside the store (``eventwire.fetch.sqlite`` for ``eventwire.db``), so
any number of fetch runs can share it. A URL's validators are remembered only after what was
fetched from it has been stored, so a run that dies in between fetches the page again.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

SCHEMA = """CREATE TABLE IF NOT EXISTS fetched (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    status INTEGER NOT NULL,
    checked_at TEXT NOT NULL
)"""


def state_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.stem + ".fetch.sqlite")


class FetchState:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path, timeout=30)
        with self.db:
            self.db.execute(SCHEMA)

    def validators(self, url: str) -> dict[str, str]:
        """The conditional headers for the next GET of ``url`` (none when never fetched)."""
        row = self.db.execute("SELECT etag, last_modified FROM fetched WHERE url = ?",
                              (url,)).fetchone()
        headers = {}
        if row and row[0]:
            headers["If-None-Match"] = row[0]
        if row and row[1]:
            headers["If-Modified-Since"] = row[1]
        return headers

    def remember(self, url: str, status: int, etag: str | None,
                 last_modified: str | None) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db:
            if status == 304:  # the stored validators still hold
                self.db.execute("UPDATE fetched SET status = 304, checked_at = ? WHERE url = ?",
                                (now, url))
                return
            self.db.execute(
                "INSERT INTO fetched (url, etag, last_modified, status, checked_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, status = excluded.status, "
                "checked_at = excluded.checked_at", (url, etag, last_modified, status, now))

    def rows(self) -> list[tuple[str, str | None, str | None, int]]:
        return self.db.execute("SELECT url, etag, last_modified, status FROM fetched "
                               "ORDER BY url").fetchall()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> FetchState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
