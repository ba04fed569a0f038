"""Long articles are analysed in chunks, with offsets into the whole article intact.

spaCy refuses texts over 1,000,000 characters, and the parse and the later stages cost far
more than linearly in an article's length (250 KB: 36 s and 1.4 GB in one piece). An article
longer than ``Settings.chunk_chars`` is cut at paragraph boundaries into chunks of at most
that size. Each chunk is analysed as a document whose text is the whole article with
everything before the chunk blanked to spaces and nothing after it: every offset and every
content-derived id is the one the whole article would give, and the blanks cost nothing
(spaCy makes one whitespace token of them). Chunks run one after another, so memory is
bounded by the chunk size, not the article's; the reports are merged.

What is lost at a chunk boundary: a pronoun or description whose antecedent is in an earlier
chunk, and a quotation running across paragraphs at the cut.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from eventwire.models import Actor, Article, Place, Report


def chunk_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) spans covering ``text``, each at most ``size`` characters, cut after a
    line break (a paragraph end) when one is in the second half of the span, else after a
    sentence end, else at a space."""
    bounds, start = [], 0
    while len(text) - start > size:
        low, limit = start + size // 2, start + size
        cut = text.rfind("\n", low, limit) + 1
        if cut <= 0:
            cut = text.rfind(". ", low, limit) + 2
        if cut <= 1:
            cut = text.rfind(" ", low, limit) + 1
        if cut <= 0:
            cut = limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def chunk_article(article: Article, start: int, end: int) -> Article:
    """The article up to ``end`` with everything before ``start`` blanked (same offsets)."""
    text = article.text
    blanked = " " * start + text[start:end]
    if start > 0 and text[start - 1] == "\n":
        blanked = blanked[:start - 1] + "\n" + blanked[start:]  # the chunk starts a paragraph
    return replace(article, text=blanked)


def merge_reports(article: Article, parts: Iterable[Report]) -> Report:
    """One report for the whole article from the reports of its chunks."""
    parts = list(parts)
    actors: dict[str, Actor] = {}
    for part in parts:
        for actor in part.actors:
            known = actors.get(actor.id)
            actors[actor.id] = actor if known is None else _merge_actor(known, actor)
    places: dict[tuple[object, ...], Place] = {}
    for part in parts:
        for place in part.places:
            places.setdefault((place.name, place.start, place.end, place.basis), place)
    warnings = list(dict.fromkeys(w for part in parts for w in part.warnings))
    return Report(
        article=article, pipeline=parts[0].pipeline,
        actors=tuple(sorted(actors.values(), key=lambda a: a.mentions[0].start
                            if a.mentions else -1)),
        events=tuple(sorted((e for p in parts for e in p.events),
                            key=lambda e: e.evidence.trigger.start)),
        quotes=tuple(sorted((q for p in parts for q in p.quotes), key=lambda q: q.start)),
        times=tuple(sorted((t for p in parts for t in p.times), key=lambda t: t.start)),
        places=tuple(sorted(places.values(), key=lambda p: (p.start or -1, p.name))),
        warnings=tuple(warnings),
    )


def _merge_actor(first: Actor, later: Actor) -> Actor:
    """The same actor seen in two chunks: its mentions in both; attributes first seen win."""
    mentions = tuple(sorted(set(first.mentions) | set(later.mentions),
                            key=lambda s: (s.start, s.end)))
    filled = {name: getattr(later, name) for name in ("country", "sector", "role", "code")
              if getattr(first, name) is None and getattr(later, name) is not None}
    return replace(first, mentions=mentions, **filled)
