"""Time expressions: the temporal tagger over the text, anchored at publication (local zone)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from eventwire.document import Document
from eventwire.pipeline import Stage
from eventwire.timex import absolute_times, tag_times


def publication_anchor(document: Document) -> datetime | None:
    """Publication datetime in the outlet's zone (a date alone counts as noon local)."""
    published = document.article.published
    if not published:
        return None
    zone = ZoneInfo(document.article.timezone or "UTC")
    try:
        if len(published) == 10:
            return datetime.fromisoformat(published + "T12:00:00").replace(tzinfo=zone)
        moment = datetime.fromisoformat(published)
    except ValueError:
        return None
    # In the outlet's own zone when we know it; else as written (its offset is the best guess).
    return moment.astimezone(zone) if document.article.timezone else moment


def find_times(document: Document) -> None:
    anchor = publication_anchor(document)
    if anchor is None:
        document.warnings.append("no publication date: relative dates are not resolved")
        refs = absolute_times(document.nlp_text, doc=document.doc)
    else:
        refs = tag_times(document.nlp_text, anchor, doc=document.doc)
    document.times = refs


TIMES = Stage("times", needs=("doc",), adds=("times",), run=find_times)
