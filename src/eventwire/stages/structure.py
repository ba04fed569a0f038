"""Structure: paragraphs, the dateline ("TEHRAN –", kept out of the first sentence), quoted
segments and the publication anchor, computed once for every later stage
(:mod:`eventwire.structure`)."""

from __future__ import annotations

from eventwire.document import Document
from eventwire.pipeline import Stage
from eventwire.structure.anchor import publication_anchor
from eventwire.structure.layout import find_dateline, paragraphs
from eventwire.structure.marks import find_segments


def add_structure(document: Document) -> None:
    text = document.text
    document.paragraphs = paragraphs(text)
    found = find_dateline(text, document.paragraphs)
    blanked = text
    if found:
        start, end, place = found
        document.dateline = document.span(start, start + len(place))
        blanked = text[:start] + " " * (end - start) + text[end:]
    document.nlp_text = blanked
    document.segments = find_segments(text, document.paragraphs)
    document.anchor = publication_anchor(document.article)


def make_structure_stage() -> Stage:
    return Stage("structure", needs=("article",),
                 adds=("paragraphs", "dateline", "nlp_text", "segments", "anchor"),
                 run=add_structure)
