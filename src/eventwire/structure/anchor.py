"""The publication anchor: when the article was published, in the outlet's own zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from eventwire.models import Article


def publication_anchor(article: Article) -> datetime | None:
    """Publication datetime in the outlet's zone (a date alone counts as noon local)."""
    published = article.published
    if not published:
        return None
    zone = ZoneInfo(article.timezone or "UTC")
    try:
        if len(published) == 10:
            return datetime.fromisoformat(published + "T12:00:00").replace(tzinfo=zone)
        moment = datetime.fromisoformat(published)
    except ValueError:
        return None
    # In the outlet's own zone when we know it; else as written (its offset is the best guess).
    return moment.astimezone(zone) if article.timezone else moment
