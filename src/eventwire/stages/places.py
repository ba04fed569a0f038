"""Places: toponyms resolved against the offline gazetteer, in the article's context."""

from __future__ import annotations

from collections import Counter

from eventwire.document import Document
from eventwire.geo import Gazetteer, GeoContext, place_for_dateline, resolve_places
from eventwire.pipeline import Stage
from eventwire.sources import SourceTable

LABELS = ("GPE", "LOC", "FAC")


def geo_context(document: Document, sources: SourceTable) -> GeoContext:
    countries: Counter[str] = Counter()
    for mention in document.mentions:
        actor = document.actors.get(mention.actor)
        if actor is not None and actor.country:
            countries[actor.country] += 1
    source = sources.lookup(document.article.source)
    return GeoContext(countries=dict(countries),
                      dateline=document.dateline.text if document.dateline else None,
                      source_country=source.country if source else None, text=document.text)


def find_places(document: Document, gazetteer: Gazetteer, sources: SourceTable) -> None:
    assert document.doc is not None
    spans = [(e.start_char, e.end_char, e.text, e.label_) for e in document.doc.ents
             if e.label_ in LABELS]
    context = geo_context(document, sources)
    document.places = resolve_places(spans, gazetteer, context)
    if document.dateline is not None:
        found = place_for_dateline(document.dateline.text, gazetteer, context)
        if found is not None:
            start, end = document.dateline.start, document.dateline.end
            document.places.insert(0, type(found)(**{**found.__dict__, "start": start, "end": end}))


def make_place_stage(gazetteer: Gazetteer, sources: SourceTable) -> Stage:
    def run(document: Document) -> None:
        find_places(document, gazetteer, sources)

    return Stage("places", needs=("article", "doc", "actors", "mentions", "dateline"),
                 adds=("places",), run=run)
