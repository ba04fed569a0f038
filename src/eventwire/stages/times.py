"""Time expressions: the temporal tagger over the text, anchored at publication (local zone)."""

from __future__ import annotations

from eventwire.datevalues import unknown_publication_warning
from eventwire.document import Document
from eventwire.pipeline import Stage
from eventwire.timex import absolute_times, tag_times


def find_times(document: Document) -> None:
    # the parse stage made document.doc from document.nlp_text: no need to check it
    anchor = document.anchor
    if anchor is None:
        document.warnings.append(unknown_publication_warning(document.article.published))
        refs = absolute_times(document.nlp_text, doc=document.doc, trust_doc=True)
    else:
        refs = tag_times(document.nlp_text, anchor, doc=document.doc, trust_doc=True)
    document.times = refs


def make_time_stage() -> Stage:
    return Stage("times", needs=("nlp_text", "doc", "anchor"), adds=("times", "warnings"),
                 run=find_times)
