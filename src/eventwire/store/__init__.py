"""The embedded store: SQLite in WAL mode, explicit schema and migrations, FTS5 over text."""

from eventwire.store.sqlite import Store

__all__ = ["Store"]
