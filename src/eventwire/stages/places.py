"""Places: toponyms found (NER spans and beyond) and resolved against the offline
gazetteer, in the article's context. The logic lives in :mod:`eventwire.geo`."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.attrs import IDX, POS
from spacy.parts_of_speech import PROPN as PROPN_ID  # type: ignore[import-not-found]
from spacy.tokens import Doc

from eventwire.document import Document
from eventwire.geo import Gazetteer, GeoContext, place_for_dateline
from eventwire.geo.area import area_places
from eventwire.geo.dateline import dateline_parts
from eventwire.geo.discourse import agree_senses, repeat_mentions, river_repeats
from eventwire.geo.names import mention_key
from eventwire.geo.other_names import other_names
from eventwire.geo.recognise import NER_PLACE, evident_countries, find_mentions
from eventwire.geo.resolve import read_places
from eventwire.geo.unknown import unknown_places
from eventwire.pipeline import Stage
from eventwire.sources import SourceTable

# mentions that repeat an actor named elsewhere ("they") or take their country from a
# place beside them ("12,000 customers in ... Lebanon"): no evidence of their own
DERIVED_MENTIONS = frozenset({"pronoun", "first_person", "group"})


def geo_context(document: Document, sources: SourceTable) -> GeoContext:
    countries: Counter[str] = Counter()
    named_by: dict[str, set[str]] = {}
    for mention in document.mentions:
        actor = document.actors.get(mention.actor)
        if actor is not None and actor.country:
            countries[actor.country] += 1
            if mention.how not in DERIVED_MENTIONS:
                named_by.setdefault(actor.country, set()).add(mention_key(mention.text))
    source = sources.lookup(document.article.source)
    return GeoContext(countries=dict(countries),
                      named_by={c: frozenset(keys) for c, keys in named_by.items()},
                      dateline=document.dateline.text if document.dateline else None,
                      source_country=source.country if source else None, text=document.text)


def proper_noun_starts(doc: Doc) -> frozenset[int]:
    """Character offsets of the tokens tagged PROPN (read as one array, no Token objects)."""
    table = doc.to_array([POS, IDX])
    return frozenset(int(i) for i in table[table[:, 0] == PROPN_ID, 1])


# a clause verb below a noun describes the noun ("Salt Creek, which runs past Norwich"): the
# clause of the noun holds it
NOUN_CLAUSES = frozenset({"relcl", "acl"})


def clause_head(doc: Doc, offsets: Sequence[int], offset: int) -> int:
    """The token index of the verb heading the clause that holds the token at character
    ``offset`` (``offsets``: the tokens' character offsets; the root when no verb is above
    it); clauses on a noun belong to the noun's."""
    token = doc[max(bisect_right(offsets, offset) - 1, 0)]
    # spaCy makes a new Token object on every .head: compare indices (an identity test never
    # stops at a root that is no verb, and the loop would run forever)
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in NOUN_CLAUSES:
            return token.i
    return token.i


def find_places(document: Document, gazetteer: Gazetteer, sources: SourceTable) -> None:
    assert document.doc is not None
    parsed = document.nlp_text or document.text  # the doc's text: e.text without rebuilding it
    ents = [(e.start_char, e.end_char, parsed[e.start_char:e.end_char], e.label_)
            for e in document.doc.ents]
    doc = document.doc
    starts: list[frozenset[int]] = []

    def proper(offset: int) -> bool:  # read the tags only if some name needs them
        if not starts:
            starts.append(proper_noun_starts(doc))
        return offset in starts[0]

    parts = dateline_parts(document.dateline.start, document.dateline.text) \
        if document.dateline is not None else []
    mentions = find_mentions(document.text, ents, gazetteer, proper=proper, dateline=parts)
    context = geo_context(document, sources)
    # countries the local names leave no doubt about count as the article's, though it
    # never names them (US county news, an Irish weekly)
    evident = evident_countries([*(m for m in mentions if m[3] in NER_PLACE), *parts], gazetteer)
    if evident:  # two names or more vouch for these: no one name's own evidence
        context = replace(context, countries={**{c: 1 for c in evident}, **context.countries},
                          named_by={c: keys for c, keys in context.named_by.items()
                                    if c not in evident})
    head = None
    if document.dateline is not None:
        head = parts[0] if parts else None
        # the dateline's state or country is read once, as the dateline's ("ATLANTA,
        # Ga. —": "Ga." is also found in the text as an abbreviation)
        mentions = [m for m in mentions
                    if not any(p[0] < m[1] and m[0] < p[1] for p in parts[1:])] + parts[1:]
    document.places, body = read_places(mentions, gazetteer, context)
    if document.dateline is not None:
        found = place_for_dateline(document.dateline.text, gazetteer, context, body)
        if found is not None:
            start, end = (head[0], head[1]) if head else (document.dateline.start,
                                                          document.dateline.end)
            document.places.insert(0, replace(found, start=start, end=end))
    document.places = agree_senses(document.text, document.places)
    repeats = repeat_mentions(document.text, document.places, ents)
    area = area_places(document.text, mentions, [*document.places, *repeats], gazetteer,
                       [e[2] for e in ents if e[3] == "PERSON"])
    if area:  # their other mentions too
        repeats += area + repeat_mentions(document.text, [*document.places, *repeats, *area],
                                          ents)
    known = river_repeats(document.text, [*document.places, *repeats])
    # a name the article shows is a person, a body, a speaker or a fragment of a longer
    # name is no unknown place (one sense per discourse; see geo.other_names)
    others = other_names(document.text, ents, document.actors, document.mentions)
    sentences: list[list[int]] = []

    def sentence_starts() -> list[int]:  # read from the parse only if a name needs them
        if not sentences:
            sentences.append([s.start_char for s in doc.sents])
        return sentences[0]

    offsets: list[list[int]] = []

    def clause_of(offset: int) -> int:  # token offsets read once, only if a name needs them
        if not offsets:
            offsets.append([t.idx for t in doc])
        return clause_head(doc, offsets[0], offset)

    unknown = unknown_places(document.text, mentions, known, sentence_starts, gazetteer,
                             clause_of, others)
    if repeats or unknown:
        document.places = sorted([*known, *unknown],
                                 key=lambda p: (p.start is None, p.start or 0))
    document.places = river_repeats(document.text, document.places)


def make_place_stage(gazetteer: Gazetteer, sources: SourceTable) -> Stage:
    def run(document: Document) -> None:
        find_places(document, gazetteer, sources)

    return Stage("places", needs=("article", "doc", "actors", "mentions", "dateline"),
                 adds=("places",), run=run)
