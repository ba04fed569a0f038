"""Toponym resolution: candidate spans → ``Place`` records (never a guess)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from eventwire.geo.context import GeoContext, build_focus
from eventwire.geo.cues import cue_in_text, split_cue
from eventwire.geo.dateline import dateline_entry
from eventwire.geo.entry import Entry
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.names import mention_key
from eventwire.geo.scoring import Query, choose
from eventwire.models import Place

LABELS = frozenset({"GPE", "LOC", "FAC"})
Mention = tuple[int, int, str, str]  # start, end, text, spaCy label


def lookup(gazetteer: Gazetteer, mention: Mention, text: str) -> tuple[Query, list[Entry]]:
    """The query for a mention and its candidates; a trailing cue word ("Washington
    state") is dropped from the name when the full span is unknown."""
    start, end, span, _ = mention
    if gazetteer.is_never_a_place(span):
        return Query(mention_key(span)), []
    key, cue = mention_key(span), cue_in_text(text, start, end)
    found = gazetteer.candidates(span)
    if not found:
        head, span_cue = split_cue(key)
        if span_cue:
            key, cue, found = head, span_cue, gazetteer.candidates(head)
    return Query(key, cue), found


def _others(chosen: Sequence[Entry | None], skip: int) -> Iterable[Entry | None]:
    return (entry for i, entry in enumerate(chosen) if i != skip)


def resolve_places(mentions: Iterable[Mention], gazetteer: Gazetteer,
                   context: GeoContext | None = None) -> list[Place]:
    """Places for the mentions that name a known place, in mention order.

    Two passes: each mention is first ranked with the caller's context and the
    dateline; then again with the places the other mentions resolved to, so "Georgia"
    next to "Atlanta" is the US state and next to "Tbilisi" the country.
    """
    context = context or GeoContext()
    spans = [m for m in mentions if m[3] in LABELS or not m[3]]
    looked = [lookup(gazetteer, m, context.text) for m in spans]
    anchor = dateline_entry(context.dateline, gazetteer, context)
    base = build_focus(context, gazetteer, [anchor])
    first = [choose(found, query, base) for query, found in looked]
    places = []
    for i, (mention, (query, found)) in enumerate(zip(spans, looked, strict=True)):
        focus = build_focus(context, gazetteer, [anchor, *_others(first, i)])
        entry = choose(found, query, focus)
        if entry is not None:
            places.append(entry.to_place(mention[0], mention[1], "text"))
    return places
