"""Fetching news over HTTP: polite GETs (client), conditional-GET state (state) and the
`eventwire fetch` run that stores what feeds and pages hold (run)."""

from eventwire.fetch.client import Fetcher, FetchPolicy, NotModified, Page
from eventwire.fetch.state import FetchState, state_path

__all__ = ["FetchPolicy", "FetchState", "Fetcher", "NotModified", "Page", "state_path"]
