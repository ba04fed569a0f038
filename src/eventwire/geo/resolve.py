"""Toponym resolution: candidate spans → ``Place`` records (never a guess).

Evidence read from the text, strongest first:

* a US state abbreviation stands for that state ("Va.");
* a container named next to the place restricts it: "Gainesville, Va.", "Yakima,
  Washington", "Maiduguri, the capital of Borno state", "El Fasher in North Darfur",
  "Uttar Pradesh's Barabanki district" (the container itself is read as the state,
  region or country that holds one of the place's candidates);
* a demonym with a place word: "Salisbury, the English city", "the Lebanese city of
  Tripoli";
* cue words ("Washington state", "Gaza city"), then the article's focus, the dateline's
  country and population and feature-class priors (:mod:`eventwire.geo.scoring`).

Every place carries ``resolution``: the evidence for its choice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from eventwire.geo.context import Focus, GeoContext, build_focus, without_own_name
from eventwire.geo.cues import cue_in_text, split_cue
from eventwire.geo.dateline import dateline_entry, split_dateline
from eventwire.geo.entry import Entry
from eventwire.geo.feature_reading import FEATURE_NAME, feature_candidates
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.names import mention_key
from eventwire.geo.reaches import has_reaches, reach
from eventwire.geo.recognise import (
    NER_PLACE,
    RECOGNISED,
    abbreviation_country,
    plural_division,
    state_name,
)
from eventwire.geo.scoring import (
    Query,
    choose,
    confident,
    distance_km,
    explain,
    proximity_bonus,
    score,
)
from eventwire.models import Place

LABELS = NER_PLACE | frozenset(RECOGNISED) | {"DATELINE"}
Mention = tuple[int, int, str, str]  # start, end, text, label
AREAS = frozenset({"country", "region"})
# Text between an inner place and its container: ", " / ", the capital of " / " in the "
_INNER_OUTER = re.compile(
    r"^(?:,\s*|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:of|in)\s+(?:the\s+)?|"
    r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|"
    r"western|occupied|neighbouring|neighboring)\w*\s+)?)$", re.I)
_OUTER_INNER = re.compile(r"^['’]s\s+(?:[a-z]+\s+)?$")  # "Maryland's Eastern Shore"
_PLACE_NOUNS = (r"city|town|village|port|capital|region|province|island|county|district|"
                r"state|suburb|resort|border town")
_ORIENT = r"(?:(?:north|south|east|west|central)\w*\s+)?"


def lookup(gazetteer: Gazetteer, mention: Mention, text: str) -> tuple[Query, list[Entry]]:
    """The query for a mention and its candidates; a trailing cue word ("Washington
    state") is dropped from the name when the full span is unknown; a US state
    abbreviation looks up its state."""
    start, end, span, _ = mention
    state = state_name(span.strip())
    if state is not None:
        country = abbreviation_country(span.strip())
        found = [e for e in gazetteer.candidates(state) if e.country == country
                 and (e.precision == "region" or state.endswith("D.C."))]
        kind = "province" if country == "CAN" else "US state"
        return Query(mention_key(state), "region" if found and found[0].precision == "region"
                     else None, note=f"{kind} abbreviation {span.strip()}"), found
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


def contains(outer: Entry, inner: Entry) -> bool:
    """Whether ``outer`` (a country or region) holds ``inner``."""
    if outer.precision == "country":
        return bool(outer.country) and inner.country == outer.country
    if outer.precision != "region" or inner.country != outer.country or not outer.country:
        return False
    if outer.admin1 and inner.admin1:
        return inner.admin1 == outer.admin1 and inner is not outer
    return False


# the words between two names of a list: ", " / " and " / ", and " / " or "
_LISTED = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$")


def _in_list(spans: Sequence[Mention], text: str, i: int, j: int,
             looked: Sequence[tuple[Query, list[Entry]]]) -> bool:
    """The pair i, j (adjacent, joined by a comma) is part of a list of areas: a name
    listed after j ("Oregon, Ohio and Washington"), or an area's name listed before i
    ("California, Oregon, Ohio"; not the towns of "Marietta and Cambridge, Ohio")."""
    before = i > 0 and bool(_LISTED.match(text[spans[i - 1][1]:spans[i][0]])) \
        and _area_name(looked[i - 1][1], looked[i - 1][0].key)
    after = j + 1 < len(spans) and _LISTED.match(text[spans[j][1]:spans[j + 1][0]])
    return bool(before or after)


def _area_name(found: Sequence[Entry], key: str) -> bool:
    return any(e.precision in AREAS and e.lookup_keys[0] == key for e in found)


def coordinated(spans: Sequence[Mention], text: str) -> list[list[int]]:
    """Groups of two or more adjacent mentions joined as a list ("California, Oregon and
    Washington")."""
    groups: list[list[int]] = []
    for i in range(1, len(spans)):
        if not _LISTED.match(text[spans[i - 1][1]:spans[i][0]]):
            continue
        if groups and groups[-1][-1] == i - 1:
            groups[-1].append(i)
        else:
            groups.append([i - 1, i])
    return groups


def containers(spans: Sequence[Mention], text: str,
               looked: Sequence[tuple[Query, list[Entry]]] = ()) -> dict[int, tuple[int, str]]:
    """inner mention index → (outer mention index, the words that say so). In a list,
    "Oregon, Ohio" is two states, not the town of Oregon in Ohio: a comma pair whose
    inner name is itself a region's or country's own name is no container when the list
    goes on, unless the outer is a state abbreviation ("Washington, Pa.")."""
    pairs: dict[int, tuple[int, str]] = {}
    for i, (_, end, _, _) in enumerate(spans[:-1]):
        j = i + 1
        gap = text[end:spans[j][0]]
        listed = looked and gap.strip() == "," and state_name(spans[j][2].strip()) is None \
            and _area_name(looked[i][1], looked[i][0].key) and _in_list(spans, text, i, j, looked)
        if listed:
            continue
        if len(gap) <= 40 and _INNER_OUTER.match(gap):
            pairs[i] = (j, f"{spans[i][2]}{gap}{spans[j][2]}")
        elif _OUTER_INNER.match(gap):
            pairs[j] = (i, f"{spans[i][2]}{gap}{spans[j][2]}")
    return pairs


def _division_abroad(inner: Sequence[Entry], outer: Sequence[Entry]) -> bool:
    """Whether ``outer`` names only a country and every candidate of ``inner`` lies in
    another country."""
    countries = {o.country for o in outer if o.precision == "country" and o.country}
    return bool(countries) and all(o.precision == "country" for o in outer) \
        and all(e.country not in countries for e in inner)


def demonym_scope(text: str, start: int, end: int,
                  demonyms: Mapping[str, str]) -> tuple[str, str] | None:
    """(ISO alpha-3, words) when "the English city" / "the Russian city of" frames it."""
    if not demonyms:
        return None
    after = re.match(rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{_ORIENT}"
                     rf"(?P<d>[A-Z][\w ]*?)\s+(?:{_PLACE_NOUNS})\b", text[end:end + 60])
    before = re.search(rf"{_ORIENT}(?P<d>[A-Z]\w*(?:\s[A-Z]\w*)?)\s+(?:{_PLACE_NOUNS})"
                       r"\s+of\s+$", text[max(0, start - 60):start])
    for match in (after, before):
        if match and match.group("d") in demonyms:
            return demonyms[match.group("d")], match.group(0).strip(", ")
    return None


def division_entries(gazetteer: Gazetteer, name: str, found: Sequence[Entry],
                     division: str) -> list[Entry]:
    """The divisions a listed name stands for: entries named "<name> <division>" ("Lebanon
    County") and the name's own first- or second-level divisions ("Idukki" district)."""
    named = gazetteer.candidates(f"{name} {division}")
    own = [e for e in found if e.precision == "region" and e not in named]
    return [e for e in (*named, *own) if e.precision == "region"]


def _scoped(found: list[Entry], keep: Iterable[Entry]) -> list[Entry]:
    kept = list(keep)
    return kept or found


STRAY_POPULATION = 50_000
# ... and when every other place of the article lies in one country
STRAY_ONE_COUNTRY_POPULATION = 250_000


def stray(entry: Entry, query: Query, focus: Focus) -> bool:
    """A small town (under 50,000 people; under 250,000 when the article's other places all
    lie in one country) that is no national capital, in a country the article neither names
    nor borders, while it does name others, and with no words of its own placing it there:
    "Yauri" in a report on Nigeria is not the Peruvian town, "the Kimberley" in Western
    Australian news not the South African city. Left out rather than put on the wrong
    continent."""
    limit = STRAY_ONE_COUNTRY_POPULATION if len(focus.countries) == 1 else STRAY_POPULATION
    return (entry.precision == "city" and entry.origin == "gazetteer" and not entry.feature
            and not entry.capital and entry.population < limit and query.note is None
            and bool(focus.countries) and entry.country not in focus.countries
            and entry.country not in focus.near)


VILLAGE_POPULATION = 1_000


def stray_village(entry: Entry, query: Query, focus: Focus) -> bool:
    """A village of fewer than 1,000 people is read only in a first-level region where
    the article names other places, or where its own words put it ("Salt Creek, Colo."):
    thousands of villages share names with creeks, farms and people, and one in another
    state is no reading of a name in local news (the mention is then placed by its
    neighbours, :mod:`eventwire.geo.unknown`)."""
    return (entry.precision == "city" and entry.origin == "gazetteer" and not entry.feature
            and entry.population < VILLAGE_POPULATION and query.note is None
            and entry.admin1 not in focus.admin1)


BARE_FOREIGN_POPULATION = 50_000


def stray_bare(entry: Entry, query: Query, focus: Focus) -> bool:
    """A name read without the NER ("from Leader of ...") is a small town only in a
    country the article names: a bare town under 50,000 people elsewhere is left out,
    even in a neighbour of the article's countries (Cuba next to the United States)."""
    return (entry.precision == "city" and entry.origin == "gazetteer" and not entry.feature
            and entry.population < BARE_FOREIGN_POPULATION and query.note is None
            and entry.country not in focus.countries)


def stray_feature_town(entry: Entry, query: Query, focus: Focus, span: str) -> bool:
    """A town named after a river, lake or valley ("Green River", Wyoming) is meant by that
    name only among the article's places — in its first-level region or near its towns:
    elsewhere the name is the feature itself ("the Green River covered roads south of
    Owensboro"), which the NER keeps and :mod:`eventwire.geo.unknown` places by its
    neighbours."""
    return (entry.precision == "city" and entry.origin == "gazetteer" and not entry.feature
            and query.note is None and bool(FEATURE_NAME.search(span.strip()))
            and entry.admin1 not in focus.admin1 and not proximity_bonus(entry, focus))


def stray_site(entry: Entry, query: Query, focus: Focus) -> bool:
    """A curated river, lake or mountain of one country the article neither names nor
    borders, while it names others: "the Thames River" in Ontario news is not the English
    Thames (the mention is then placed by its neighbours)."""
    return (entry.precision == "site" and entry.origin != "gazetteer" and bool(entry.country)
            and query.note is None and bool(focus.countries)
            and entry.country not in focus.countries and entry.country not in focus.near)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The character span of the sentence (or paragraph line) holding ``start:end``."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    after = _SENTENCE_END.search(text, end)
    return begin, after.start() + 1 if after else len(text)


def placed_elsewhere(entry: Entry, i: int, spans: Sequence[Mention],
                     first: Sequence[Entry | None], text: str) -> bool:
    """Whether the sentence of mention ``i`` names a place (read confidently) in another
    country than ``entry``'s: local evidence that the name is a namesake there ("the Thames
    River flooded streets in Chatham, Ontario"). A country named only in other sentences
    is a prior that ranks candidates; it never removes a name's only reading ("a volcano in
    East Java. Tourists were barred from climbing Mount Fuji": Fuji stays in Japan)."""
    if not text:
        return True  # no text to read sentences from: the article is the sentence
    low, high = sentence_bounds(text, spans[i][0], spans[i][1])
    return any(j != i and other is not None and other.country
               and other.country != entry.country and low <= spans[j][0] < high
               for j, other in enumerate(first))


def _sentence_countries(i: int, spans: Sequence[Mention], first: Sequence[Entry | None],
                        text: str) -> set[str]:
    """The countries of the places read confidently in the sentence of mention ``i``."""
    if not text:
        return set()
    low, high = sentence_bounds(text, spans[i][0], spans[i][1])
    return {other.country for j, other in enumerate(first)
            if j != i and other is not None and other.country and low <= spans[j][0] < high}


NEIGHBOURS_KM = 50.0
NEIGHBOURS_TOP = 3


def _top_towns(query: Query, found: Sequence[Entry], focus: Focus) -> list[Entry]:
    ranked = sorted(found, key=lambda c: score(c, query, focus, found), reverse=True)
    return [c for c in ranked[:NEIGHBOURS_TOP] if c.precision == "city"]


def neighbours(looked: Sequence[tuple[Query, list[Entry]]], first: Sequence[Entry | None],
               focus: Focus) -> list[Entry | None]:
    """``first`` with a reading for the ambiguous names no reading was confident for, when
    exactly one of a name's likeliest towns lies within 50 km of a likely town of another
    such name: of "Carlisle, Penrith and Keswick" each has a bigger namesake abroad, but
    only the Cumbrian three lie together (a report names places that lie near each other)."""
    open_ = [i for i, entry in enumerate(first) if entry is None and len(looked[i][1]) > 1]
    if len(open_) < 2:
        return list(first)
    tops = {i: _top_towns(looked[i][0], looked[i][1], focus) for i in open_}
    out = list(first)
    for i in open_:
        near = [c for c in tops[i] if any(
            looked[j][0].key != looked[i][0].key and any(
                distance_km((c.lat, c.lon), (d.lat, d.lon)) <= NEIGHBOURS_KM for d in tops[j])
            for j in open_)]
        if len(near) == 1:
            out[i] = near[0]
    return out


def share_level(spans: Sequence[Mention], looked: list[tuple[Query, list[Entry]]],
                first: Sequence[Entry | None], text: str) -> list[tuple[Query, list[Entry]]]:
    """A list of names shares its kind: when every other name of a list confidently read
    as an area is a country, or a first-level region of one country, a listed
    name that can be the same kind is read so ("California, Oregon and Washington":
    the state, not the capital; "Nigeria, Chad and Cameroon": the country)."""
    out = list(looked)
    for group in coordinated(spans, text):
        for i in group:
            query, found = looked[i]
            if query.note or len(found) < 2:
                continue
            others = [first[j] for j in group if j != i and first[j] is not None]
            kinds = {(e.precision, e.country if e.precision == "region" else None)
                     for e in others if e is not None and e.precision in AREAS}
            if len(kinds) != 1:
                continue
            precision, country = next(iter(kinds))
            if precision not in AREAS:
                continue
            same = [e for e in found if e.precision == precision
                    and (country is None or e.country == country)]
            if same and len(same) < len(found):
                names = " and ".join(spans[j][2] for j in group if j != i)
                out[i] = (replace(query, note=f"listed with {names}"), same)
    return out


def resolve_places(mentions: Iterable[Mention], gazetteer: Gazetteer,
                   context: GeoContext | None = None) -> list[Place]:
    """Places for the mentions that name a known place, in mention order (see
    :func:`read_places`)."""
    return read_places(mentions, gazetteer, context)[0]


# a national capital this big is named far more often than any namesake of it
MAJOR_CAPITAL = 1_000_000


def read_places(mentions: Iterable[Mention], gazetteer: Gazetteer,
                context: GeoContext | None = None) -> tuple[list[Place], list[Entry]]:
    """Places for the mentions that name a known place, in mention order, and the places
    the text names confidently that the dateline was read with (for
    :func:`eventwire.geo.dateline.place_for_dateline`).

    Two passes: each mention is first ranked with the caller's context and the
    dateline; then again with the places the other mentions resolved to, so "Georgia"
    next to "Atlanta" is the US state and next to "Tbilisi" the country. Containers and
    demonym frames restrict the candidates before ranking.
    """
    context = context or GeoContext()
    spans = sorted(m for m in mentions if m[3] in LABELS or not m[3])
    looked = [lookup(gazetteer, m, context.text) for m in spans]
    for i, (start, end, span, _) in enumerate(spans):
        query, found = looked[i]
        read = None if query.cue or query.note else \
            feature_candidates(found, query.key, context.text, start, end, span)
        if read is not None:
            looked[i] = (replace(query, note=read[1]) if read[0] else query, read[0])
    demonyms = gazetteer.demonym_countries
    for i, (start, end, _, _) in enumerate(spans):
        scope = demonym_scope(context.text, start, end, demonyms)
        query, found = looked[i]
        if scope and found:
            inside = [e for e in found if e.country == scope[0] and e.precision != "country"]
            if inside:
                looked[i] = (replace(query, note=scope[1]), inside)
    for i, (_, end, span, _) in enumerate(spans):
        division = plural_division(context.text, end)
        if division is None or looked[i][0].note:
            continue
        divisions = division_entries(gazetteer, span.strip(), looked[i][1], division[1])
        if divisions:
            looked[i] = (replace(looked[i][0], cue="region",
                                 note=f"listed before '{division[0]}'"), divisions)
    for inner, (outer, words) in containers(spans, context.text, looked).items():
        (iq, ifound), (oq, ofound) = looked[inner], looked[outer]
        areas = [o for o in ofound if o.precision in AREAS
                 and any(contains(o, e) for e in ifound)]
        if not areas:
            if iq.cue == "region" and _division_abroad(ifound, ofound):
                # "Cameroon's North-West region": a division the text puts in a country
                # where the gazetteer has none of that name is not its namesake abroad
                looked[inner] = (replace(iq, note=words), [])
            continue
        looked[outer] = (replace(oq, note=oq.note or f"holds {spans[inner][2]}"), areas)
        looked[inner] = (replace(iq, note=words),
                         _scoped(ifound, (e for e in ifound
                                          if any(contains(o, e) for o in areas))))
    anchor = dateline_entry(context.dateline, gazetteer, context)
    base = build_focus(context, gazetteer, [anchor])
    # only confident first readings inform the others: one weak guess ("Highlands" as a
    # Californian town) must not pull the rest of the article abroad
    first = neighbours(looked, [confident(found, query, base) for query, found in looked], base)
    body: list[Entry] = []
    if anchor is not None:  # the dateline is read again with the countries the text names
        # (not by its own name's repeats, which the dateline's first reading pulled along)
        head_key = mention_key(split_dateline(context.dateline or "")[0])
        body = [e for (query, _), e in zip(looked, first, strict=True)
                if e is not None and query.key != head_key]
        again = dateline_entry(context.dateline, gazetteer, context, body)
        if again is not anchor:
            anchor, base = again, build_focus(context, gazetteer, [again])
            first = neighbours(looked, [confident(found, query, base)
                                        for query, found in looked], base)
    looked = share_level(spans, looked, first, context.text)
    places = []
    # the focus reads the other readings as a set (order and repeats do not change it), so
    # mentions whose other readings are the same entries share one
    focus_for: dict[tuple[frozenset[str], frozenset[int]], Focus] = {}
    counted = Counter(e.country for e in first if e is not None and e.country)
    for i, (mention, (query, found)) in enumerate(zip(spans, looked, strict=True)):
        others = [e for e in _others(first, i) if e is not None]
        # a name is no evidence for itself: when the article's other places all lie in one
        # country, the countries only this name's own mentions put in the context ("Perth"
        # read by the actors as Australia's, among Scottish towns) do not rank its readings
        reading = first[i]
        mine = reading.country if reading is not None else None
        # (not a major national capital: "Police in London ... had lived in Toronto and
        # Ottawa" is the capital the actors read, not London, Ontario; review s13 F25)
        major_capital = any(e.capital and e.population >= MAJOR_CAPITAL for e in found)
        alone_ctx = without_own_name(context, query.key) \
            if not major_capital and len(counted) - (
                mine is not None and counted[mine] == 1) == 1 else context
        key = (frozenset(alone_ctx.countries), frozenset(map(id, others)))
        focus = focus_for.get(key)
        if focus is None:
            focus = focus_for[key] = build_focus(alone_ctx, gazetteer, [anchor, *others])
        if mention[3] == "LOCAL":  # read as a town of the article's region: only there
            found = [e for e in found if e.admin1 in focus.admin1] or found
        entry = choose(found, query, focus)
        if entry is not None and entry.precision == "site" and entry.origin != "gazetteer":
            # only the places the article resolves under other names vouch for its country
            # (not the name itself, which makes its country "evident", nor its repeats)
            own = {id(e) for e in found}
            focus = build_focus(replace(context, countries={}), gazetteer,
                                [anchor, *(e for e in others if id(e) not in own)])
        # whether a town strays from the article is judged without the countries only its
        # own name put in the context (an actor read "Kimberley" as South Africa's)
        alone = without_own_name(context, query.key) if entry is not None and \
            stray(entry, query, replace(focus, countries=frozenset({""}), near=frozenset())) \
            else context
        if alone is not context and entry is not None:
            key = (frozenset(alone.countries), frozenset(map(id, others)))
            if key not in focus_for:
                focus_for[key] = build_focus(alone, gazetteer, [anchor, *others])
            if stray(entry, query, focus_for[key]):
                continue
        # a curated site abroad is left out (for the neighbours to place) only when its own
        # sentence places the name in another country; a country named elsewhere is no veto
        if entry is not None and (stray(entry, query, focus)
                                  or (stray_site(entry, query, focus)
                                      and placed_elsewhere(entry, i, spans, first, context.text))
                                  or stray_village(entry, query, focus)
                                  or stray_feature_town(entry, query, focus, mention[2])):
            continue
        if entry is not None and mention[3] == "BARE" and stray_bare(entry, query, focus):
            continue
        if entry is not None:
            basis = "dateline" if mention[3] == "DATELINE" else "text"
            place = entry.to_place(mention[0], mention[1], basis)
            why = explain(entry, query, focus, found)
            where = reach(entry, (_sentence_countries(i, spans, first, context.text),
                                  focus.local, focus.countries)) \
                if has_reaches(entry) else None
            if where is not None:  # a long feature: its reach where the article is set
                place = replace(place, country=where[0], lat=where[1], lon=where[2],
                                basis="reach")
                why += f"; point: its reach in {where[0]}, where the article's places lie"
            places.append(replace(place, resolution=why))
    return places, body
