"""Time expressions: the temporal tagger over the text, anchored at publication (local zone)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from eventwire.datevalues import plausible_publication, unknown_publication_warning
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
        day_only = len(published) == 10
        moment = datetime.fromisoformat(published + "T12:00:00" if day_only else published)
    except ValueError:
        return None
    if not plausible_publication(moment):  # 0001-01-01, 9999-12-31: placeholders, unknown
        return None
    if day_only:
        return moment.replace(tzinfo=zone)
    # In the outlet's own zone when we know it; else as written (its offset is the best guess).
    return moment.astimezone(zone) if document.article.timezone else moment


def find_times(document: Document) -> None:
    anchor = publication_anchor(document)
    if anchor is None:
        document.warnings.append(unknown_publication_warning(document.article.published))
        refs = absolute_times(document.nlp_text, doc=document.doc)
    else:
        refs = tag_times(document.nlp_text, anchor, doc=document.doc)
    document.times = refs


TIMES = Stage("times", needs=("doc",), adds=("times",), run=find_times)
