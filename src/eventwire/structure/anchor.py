"""The publication anchor: when the article was published, in the outlet's own zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from eventwire.datevalues import plausible_publication
from eventwire.models import Article


def publication_anchor(article: Article) -> datetime | None:
    """Publication datetime in the outlet's zone (a date alone counts as noon local)."""
    published = article.published
    if not published:
        return None
    zone = ZoneInfo(article.timezone or "UTC")
    try:
        day_only = len(published) == 10
        moment = datetime.fromisoformat(published + "T12:00:00" if day_only else published)
    except ValueError:
        return None
    if not plausible_publication(moment):  # 0001-01-01, 9999-12-31: placeholders, unknown
        return None
    if day_only:
        return moment.replace(tzinfo=zone)
    # In the outlet's own zone when we know it; else as written (its offset is the best guess).
    return moment.astimezone(zone) if article.timezone else moment
