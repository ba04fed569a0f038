"""The Parquet lake: reports as typed Parquet tables partitioned by publication month, written
by `eventwire ingest --lake` (local or Ray), read through DuckDB, loadable into the store."""

from eventwire.lake.schema import LAKE_VERSION, TABLES

__all__ = ["LAKE_VERSION", "TABLES"]
