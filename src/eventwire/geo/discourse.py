"""One sense per discourse: a name placed once keeps that reading at its other mentions.

A whole article names its places again and again, and the NER labels the same word a
place in one sentence and a person or organisation in the next ("the markets of
Chilpancingo", "Guerrero's governor"), or not at all ("from Pittsburgh and Wheeling").
Once a mention has been resolved with its evidence ("Springfield, Ill."; the dateline
"ZANESVILLE, Ohio"), the article's other uses of the same name, and of its short forms
("Tipperary" after "County Tipperary", "Zamfara" after "Zamfara State", "Coyuca" after
"Coyuca de Benítez"), are the same place (Gale, Church and Yarowsky's "one sense per
discourse", which holds for toponyms within a news report).

A repeat is not taken where the words around it make it part of another name: inside a
person's name ("Sydney Smith"), after a title ("Mr Lincoln"), or with a capitalised word
joined to it ("North Lismore", "Mexico Beach") — except an organisation of that place,
named by an institution word after it ("the Ohio Department of Transportation", "Tipperary
County Council", "NSW Premier") or after "<institution> of" ("the Insurance Council of
Australia"): those are the place, as the gold sets annotate "the U.S. Navy".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from eventwire.geo.recognise import INSTITUTION_AFTER, INSTITUTION_OF
from eventwire.models import Place

Mention = tuple[int, int, str, str]  # start, end, text, label
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Lady|Gen|Col|Capt|Sgt|Rev|St)\.?\s+$")
# Capitalised words that may stand before a name without being part of it.
_FREE_BEFORE = frozenset(
    "In At On From To Near The And But Of For By With Across Outside Around Inside Like "
    "Unlike Between Toward Towards Through Via While When After Before Since Until Both "
    "Neither Not Only Even Within Beyond Into Over Under Along Against Throughout As If "
    "Where Although Though Because Once Meanwhile Elsewhere Further Back Also A An Its Their "
    "His Her Our This That These Those Every Each Some Many Most All Several".split())
# Feature and division words that a short form drops ("Zamfara State" -> "Zamfara").
_GENERIC_HEAD = re.compile(r"^(?:County|Co\.|Province of|State of|City of|Lake|Mount|Mt\.?)\s+")
_GENERIC_TAIL = re.compile(
    r"\s+(?:County|State|Province|District|district|Region|City|Municipality|River|Creek|"
    r"Valley|Island|Governorate|Prefecture|Township|Parish)$")
# "Coyuca de Benítez" -> "Coyuca": a Romance name's first word before a particle
_PARTICLE = re.compile(r"^(?P<head>[A-Z][\w'’-]{3,})\s+(?:de|del|de la|do|da|dos|das|di)\s+[A-Z]")
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s[\w'’.-]+)*$")
MIN_FORM = 4


def short_forms(surface: str) -> list[str]:
    """The name as written (a dateline's capitals in title case) and its short forms."""
    name = surface.strip()
    if name.isupper() and len(name) > 3:  # "ZANESVILLE", "NEW YORK"
        name = " ".join(w.capitalize() for w in name.split())
    if not _NAME.match(name) or "." in name.replace("St.", ""):
        return []
    forms = [name]
    head = _GENERIC_HEAD.sub("", name)
    tail = _GENERIC_TAIL.sub("", head)
    for short in (head, tail):
        if short != name and len(short) >= MIN_FORM and short[0].isupper():
            forms.append(short)
    particle = _PARTICLE.match(name)
    if particle:
        forms.append(particle.group("head"))
    return list(dict.fromkeys(forms))


def _inside(start: int, end: int, ents: Sequence[Mention]) -> Mention | None:
    for ent in ents:
        if ent[0] <= start and end <= ent[1] and (ent[0], ent[1]) != (start, end):
            return ent
    return None


# Words that begin place names ("North Lismore", "Port Moresby"), even at a sentence start.
_NAME_PREFIX = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater "
    "New Old Little Great Port Fort Saint St San Santa Mount Lake Cape".split())


def _joined(text: str, start: int, end: int) -> bool:
    """A capitalised word runs into the name: "North Lismore", "Mexico Beach" (a sentence's
    first word before it does not: "Later Georgia declared ...")."""
    before = re.search(r"(?<![\w'’.-])([A-Z][\w'’-]*) $", text[max(0, start - 30):start])
    if before and before.group(1) not in _FREE_BEFORE:
        opening = re.search(r"(?:^|[.!?:;\"“”]\s+|\n)\S+ $", text[max(0, start - 32):start])
        if (opening is None and not re.fullmatch(r"\S+ ", text[:start])) \
                or before.group(1) in _NAME_PREFIX:
            return True
    return bool(re.match(r" [A-Z0-9]", text[end:end + 2]))


# A verb of saying after a bare name makes it a person: "Sullivan said", "Harris promised".
_SAYS = re.compile(
    r"^\s+(?:also\s+)?(?:said|says|told|added|argued|announced|promised|pledged|warned|stated|"
    r"insisted|noted|wrote|tweeted|declared|explained|urged|asked|replied|responded|"
    r"spoke|vowed|claimed|acknowledged|admitted|denied|called)\b")


def _surnames(ents: Sequence[Mention]) -> frozenset[str]:
    """The last words of the article's people of two or more words ("Jake Sullivan")."""
    return frozenset(e[2].split()[-1] for e in ents
                     if e[3] == "PERSON" and len(e[2].split()) > 1)


def _a_person(form: str, start: int, end: int, after: str, ents: Sequence[Mention],
              surnames: frozenset[str]) -> bool:
    """A bare mention the NER or its context makes a person: a surname of someone the
    article names ("Jackson" after "Ketanji Brown Jackson", unless the NER labels this one
    a place), or a PERSON followed by a verb of saying ("Sullivan said")."""
    label = next((e[3] for e in ents if e[0] < end and start < e[1]), None)
    if form in surnames and label not in ("GPE", "LOC"):
        return True
    return label == "PERSON" and bool(_SAYS.match(after))


def _occurrences(text: str, form: str) -> Iterator[tuple[int, int]]:
    """Spans of ``form`` in ``text`` as a whole name: no word character, apostrophe or
    hyphen before it, no word character after it (str.find: no regex compiled per name,
    which would churn the regex cache on every article)."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_'’-") and not (after.isalnum() or after == "_"):
            yield at, end
        at = text.find(form, at + 1)


def repeat_mentions(text: str, places: Sequence[Place], ents: Sequence[Mention]
                    ) -> list[Place]:
    """Places for the other mentions, in ``text``, of names already placed (not where the
    mention is a person of the same name: "Sullivan said" after "Sullivan County")."""
    taken = sorted((p.start, p.end) for p in places if p.start is not None and p.end is not None)
    surnames = _surnames(ents)
    forms: dict[str, tuple[Place, str]] = {}  # a short form -> the place and its name as written
    for place in places:
        if place.start is None or place.end is None or place.lat is None:
            continue
        first = text[place.start:place.end]
        for form in short_forms(first):
            forms.setdefault(form, (place, first))
    found: list[Place] = []
    for form, (place, first) in sorted(forms.items(), key=lambda f: -len(f[0])):
        for start, end in _occurrences(text, form):
            if any(s < end and start < e for s, e in taken):
                continue
            before = text[max(0, start - 60):start]
            after = text[end:end + 40]
            if _TITLE_BEFORE.search(before):
                continue
            institution = bool(INSTITUTION_AFTER.match(re.sub(r"^(?:['’]s)?\s+", "", after))) \
                and after[:1] in (" ", "'", "’") or bool(INSTITUTION_OF.search(before))
            if not institution and _a_person(form, start, end, after, ents, surnames):
                continue
            ent = _inside(start, end, ents)
            if ent is not None and ent[3] == "PERSON" and not institution:
                continue
            if not institution and _joined(text, start, end):
                continue
            found.append(replace(place, start=start, end=end, basis="text",
                                 resolution=f"the same name as {first!r} elsewhere in the "
                                            f"article (one sense per discourse)"))
            taken.append((start, end))
    return found


# The first reason of a resolution made on priors alone (no words of the article's own
# tying the name to one place): "national capital; article is about FRA; 13 candidates".
_PRIOR_ONLY = re.compile(
    r"^(?:preferred reading|country name|national capital|article |neighbour of|"
    r"publisher's country|\d+ candidates)")
# ... and of one with such words: "Paris, Texas", "dateline qualifier Ga.", "US state
# abbreviation Ga." ("holds Paris" is a container's, not a reading of this name).
_EVIDENCE = re.compile(r"^(?!only candidate|holds |the same name|not in the gazetteer|"
                       r"dateline names a town|cue word)")


def agree_senses(text: str, places: Sequence[Place]) -> list[Place]:
    """``places`` with one sense per discourse where it matters: a mention read on priors
    alone ("In Paris, the mayor said" -> the French capital) takes the reading that the
    article's own words give the same name elsewhere ("near Paris, Texas"; the dateline
    "ATHENS, Ga."; "Ga." for "Georgia")."""
    evident: dict[str, Place] = {}
    for place in places:
        if place.start is None or place.end is None or place.lat is None \
                or _PRIOR_ONLY.match(place.resolution or "") \
                or not _EVIDENCE.match(place.resolution or ""):
            continue
        surface = text[place.start:place.end]
        forms = short_forms(surface)
        if (place.resolution or "").startswith(("US state abbreviation", "province abbreviation")):
            forms.append(place.name)
        for form in forms:
            evident.setdefault(form, place)
    out = []
    for place in places:
        if place.start is None or place.end is None:
            out.append(place)
            continue
        known = evident.get(text[place.start:place.end])
        if known is not None and _PRIOR_ONLY.match(place.resolution or "") \
                and (known.name, known.country) != (place.name, place.country):
            first = text[known.start or 0:known.end or 0]
            place = replace(known, start=place.start, end=place.end, basis=place.basis,
                            resolution=f"the same name as {first!r} elsewhere in the "
                                       f"article (one sense per discourse)")
        out.append(place)
    return out


# "the Ohio River" ... "the Ohio": a river is named again by "the" and its name alone
_RIVER = re.compile(r"^(?:the\s+)?(?:River\s+(?P<a>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)|"
                    r"(?P<b>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+River)$")
# what may follow the short form: not another capitalised word ("the Ohio Valley"), nor a
# hyphen ("the Ohio-based"), nor a digit
_RIVER_AFTER = re.compile(r"^(?:\s+[A-Z0-9]|-)")
# words that make "the X" water where X is also a country ("the Congo", "the Gambia"):
# a preposition or verb of movement on or across a river right before it, or a verb of
# flowing or flooding right after it
_WATER_BEFORE = re.compile(
    r"(?i:\b(?:along|across|up|down|upstream|downstream|upriver|downriver|beside|"
    r"cross(?:es|ed|ing)?|ford(?:s|ed|ing)?|navigat(?:e|es|ed|ing)|sail(?:s|ed|ing)?|"
    r"(?:banks?|mouth|waters|shores?|estuary|delta|source|bed|course) of))\s+the\s+$")
_WATER_AFTER = re.compile(
    r"^\s+(?:flow(?:s|ed|ing)?|crest(?:s|ed|ing)?|overflow(?:s|ed|ing)?|burst|rose|"
    r"fell|swell(?:s|ed)?|flood(?:s|ed)?)\b")


def river_repeats(text: str, places: Sequence[Place]) -> list[Place]:
    """``places`` with "the X" read as the river "X River" (or "River X") that the article
    names: English refers to a river again by the article and its name alone ("the Ohio
    River ... the Ohio", "the River Wharfe ... the Wharfe"), while a state, county or town
    of that name takes no article. The river's reading replaces another at that span (the
    state of Ohio) or is added — but not a country's: some countries take the article
    themselves ("the Congo's government", "in the Gambia"), so a country read there stays
    the country unless the words around it are of water ("along the Congo", "the Gambia
    flows")."""
    rivers: dict[str, Place] = {}
    for place in places:
        if place.start is None or place.end is None or place.lat is None:
            continue
        match = _RIVER.match(text[place.start:place.end])
        if match:
            rivers.setdefault(match.group("a") or match.group("b"), place)
    if not rivers:
        return list(places)
    out = list(places)
    for name, river in rivers.items():
        for start, end in _occurrences(text, name):
            if text[max(0, start - 4):start] not in ("the ", "The ") \
                    or _RIVER_AFTER.match(text[end:end + 2]):
                continue
            if any(p.start is not None and p.end is not None and p.start < start - 4
                   and end < p.end for p in out):
                continue  # inside a longer name
            if any(p.precision == "country" and p.start == start and p.end == end
                   for p in out) and not _WATER_BEFORE.search(text, max(0, start - 40), start) \
                    and not _WATER_AFTER.match(text[end:end + 24]):
                continue  # the country that takes "the"
            out = [p for p in out if p.start is None or p.end is None
                   or not (p.start < end and start < p.end)]
            first = text[river.start or 0:river.end or 0]
            out.append(replace(river, start=start, end=end, basis="text",
                               resolution=f"'the {name}' after {first!r}: the river named "
                                          "again (one sense per discourse)"))
    return sorted(out, key=lambda p: (p.start is None, p.start or 0))
