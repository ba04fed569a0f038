"""Places: toponyms resolved against the offline gazetteer, in the article's context."""

from __future__ import annotations

from collections import Counter

from eventwire.document import Document
from eventwire.geo import GeoContext, resolve_places
from eventwire.pipeline import Stage

LABELS = ("GPE", "LOC", "FAC")


def geo_context(document: Document) -> GeoContext:
    countries: Counter[str] = Counter()
    for mention in document.mentions:
        actor = document.actors.get(mention.actor)
        if actor is not None and actor.country:
            countries[actor.country] += 1
    source = document.resources.sources.lookup(document.article.source)
    return GeoContext(countries=dict(countries),
                      dateline=document.dateline.text if document.dateline else None,
                      source_country=source.country if source else None, text=document.text)


def find_places(document: Document) -> None:
    assert document.doc is not None
    spans = [(e.start_char, e.end_char, e.text, e.label_) for e in document.doc.ents
             if e.label_ in LABELS]
    context = geo_context(document)
    document.places = resolve_places(spans, document.resources.gazetteer, context)
    if document.dateline is not None:
        from eventwire.geo import place_for_dateline

        found = place_for_dateline(document.dateline.text, document.resources.gazetteer, context)
        if found is not None:
            start, end = document.dateline.start, document.dateline.end
            document.places.insert(0, type(found)(**{**found.__dict__, "start": start, "end": end}))


PLACES = Stage("places", needs=("doc", "actors"), adds=("places",), run=find_places)
