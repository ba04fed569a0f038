"""Names the text itself describes as places, whatever the NER made of them and whether or
not the gazetteer knows them (pure functions over text).

English says what kind of place a name is with a generic noun beside it:

* "the village of Kafr Nabl", "the island of Sumba", "the town of Maru" (kind of NAME);
* "Sobane, a village near Bankass", "Anapra, a neighbourhood on the city's western edge",
  "Sheikh Jarrah, an East Jerusalem neighbourhood" (NAME, a/an ... kind);
* "the Kibera neighbourhood of Nairobi", "Supaul district", "Kafr Nabl village", "Jabalia
  refugee camp" (NAME kind: a settlement's or division's noun, lower case);
* "Tahrir Square in Cairo", "Khreshchatyk Street in central Kyiv" (a square, street, road
  or bridge whose city follows with "in");
* "residents of X", "villagers in X, Y and Z" (each listed name; none that ends in a
  building's word: "Smith Tower", "Oakwood Court").

Each is a mention labelled ``DESCRIBED``: the gazetteer's entry when it has the name (the
resolver ranks it as any other), else :mod:`eventwire.geo.unknown` places it at the known
place named nearest to it in its clause ("a village near Bankass": Bankass), or keeps it
out when its sentence names none. Every word of the name must be tagged a proper noun
("the Olympic village", "the global village" are no names); a demonym or a listed
non-place is never taken, nor a name inside a longer entity ("John Kerry Street").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from eventwire.geo.gazetteer import Gazetteer

Mention = tuple[int, int, str, str]
LABEL = "DESCRIBED"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ABBR", "CUE", "METONYM", "COMPOUND", "BARE",
                          "LOCAL", "FEATURE"})
# a name: one to four capitalised words ("al-" and "el-" prefixes allowed)
_WORD = r"(?:(?:al|el|an|ad|ar|as|ash|at|az|ul)-)?[A-Z][\w'’]*(?:-[\w'’]+)*"
_NAME = rf"{_WORD}(?:\s{_WORD}){{0,3}}"
_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<name>{_NAME})$")
# Each pattern starts with a space and its literal words: Python's engine then tries only
# the text's spaces (a look-behind or a name read first would try every position)
# settlements, divisions and islands a phrase can say a name is
_KINDS = ("village", "villages", "town", "hamlet", "settlement", "neighbourhood",
          "neighborhood", "suburb", "district", "township", "island", "islands", "port", "city",
          "camp", "refugee camp", "commune", "enclave", "oasis", "municipality", "locality",
          "governorate", "province", "oblast", "county", "region")
_KIND_WORDS = "|".join(sorted(_KINDS, key=len, reverse=True))
# "the (small Syrian) village of X": the kind and "of" first (literal-led), "the" and at
# most two modifiers read before it
KIND_OF = re.compile(rf" (?:{_KIND_WORDS})\s+of\s+(?P<name>{_NAME})")
_THE_BEFORE = re.compile(r"(?<![\w'’])[Tt]he\s+(?:[\w'’-]+\s+){0,2}$")
# "X, a village near Y", "X, an East Jerusalem neighbourhood", "Belgorod, a Russian city
# about 40 km from the border": the kind ends the noun phrase ("Smith, a village elder" is a
# person); shared with eventwire.geo.recognise's APPOSITION
ENDS_PHRASE = (r"(?=\s*(?:[,.;:)\u2014\u2013]|$)|\s+(?:in|on|of|near|at|about|some|roughly|"
               r"around|nearly|almost|just|north|south|east|west|northeast|northwest|"
               r"southeast|southwest|outside|close|that|which|where|with|along|across|by|"
               r"and|from|known|home|famous|located|bordering|whose|once|long|now|"
               r"straddling|overlooking|situated|set|perched|surrounded|held|controlled|"
               r"captured|seized|occupied|still|already|\d))")
APPOSED = re.compile(rf",\s+an?\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_KIND_WORDS})\b(?!-){ENDS_PHRASE}")
# "X neighbourhood", "the X district of Y", "X refugee camp", "X Local Government Area": a
# settlement's or division's noun right after (lower case, or a title-case division)
_KINDS_AFTER = ("neighbourhood", "neighborhood", "suburb", "township", "village", "hamlet",
                "refugee camp", "district", "locality", "sub-district", "subdistrict", "tehsil",
                "upazila", "commune", "oblast", "governorate", "Local Government Area", "LGA",
                "local government area", "island", "islands", "atoll")
_KIND_AFTER = re.compile(
    rf" (?:{'|'.join(_KINDS_AFTER)})"
    r"(?![\w-])(?!\s+(?:council|court|hospital|school|police|office|officials?|chief|head|"
    r"elders?|leaders?|committee|administration|authorities|magistrate|collector)\b)")
# "Tahrir Square in Cairo", "Khreshchatyk Street in central Kyiv"
BUILT_WORDS = ("Street", "Square", "Road", "Avenue", "Boulevard", "Bridge")
BUILT_IN = re.compile(
    rf" (?:{'|'.join(BUILT_WORDS)})(?= in (?:(?:central|downtown|"
    r"old|the|eastern|western|northern|southern|north|south|east|west)\s+)*[A-Z])")
# "residents of X", "villagers in X, Y and Z": people of a place (each listed name); one
# pattern per word, each led by its literal letters (found by a fast literal search)
_RESIDENTS_WORDS = ("esidents", "illagers", "nhabitants", "ownspeople", "ownsfolk")
RESIDENTS = [re.compile(
    rf"{word}(?<=(?<![\w-])[RrVvIiTt]{word})\s+(?:of|in)\s+"
    rf"(?P<names>{_NAME}(?:(?:,\s+(?:and\s+)?|\s+and\s+){_NAME})*)")
    for word in _RESIDENTS_WORDS]
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# a listed or residents' name ending in a building's word is a building ("Smith Tower")
_BUILDING_END = re.compile(
    r"\s(?:Tower|Towers|Court|House|Hotel|Estate|Apartments|Building|Hall|Centre|Center|"
    r"Block|Flats|Mansions|Plaza|Street|Road|Avenue|Lane|Square|Park|Gardens|Camp)$")
# a one-word name with an adjective's ending names a people or a creed, not the place
# ("Alawite", "Armenian", "Kurdish", "Maronite", "Catholic", "Socialist")
_ADJECTIVAL = re.compile(r"^[A-Z][a-z]+(?:ite|ites|ist|ic|ian|ish|ese|ean)$")
_NOT_A_NAME_WORD = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december the a an and or of in on at "
    "for to by mr mrs ms dr".split())


def _trimmed(name: str) -> str:
    """The name without trailing words no place name ends with ("Maru Thursday")."""
    words = name.split()
    while words and words[-1].lower() in _NOT_A_NAME_WORD:
        words.pop()
    return " ".join(words)


def _name_ending_at(text: str, end: int) -> tuple[int, str] | None:
    match = _NAME_BEFORE.search(text, max(0, end - 60), end)
    if match is None:
        return None
    name = match.group("name")
    words = name.split()
    # a sentence's first word is capitalised whatever it is: "Residents of" stays out
    while words and words[0].lower() in _NOT_A_NAME_WORD:
        words.pop(0)
    if not words:
        return None
    name = " ".join(words)
    return end - len(name), name


def _candidates(text: str) -> list[tuple[int, int, str, int, int]]:
    """(start, end, text to look up, phrase start, phrase end) of each described name, in
    text order; the phrase is the name with its generic noun."""
    found: list[tuple[int, int, str, int, int]] = []
    for match in KIND_OF.finditer(text):
        the = _THE_BEFORE.search(text, max(0, match.start() - 40), match.start() + 1)
        name = _trimmed(match.group("name"))
        if name and the is not None:
            at = match.start("name")
            found.append((at, at + len(name), name, the.start(), at + len(name)))
    for pattern in (APPOSED, _KIND_AFTER):
        for match in pattern.finditer(text):
            named = _name_ending_at(text, match.start())
            if named is not None:
                start, name = named
                stop = match.end() if pattern is _KIND_AFTER else start + len(name)
                found.append((start, start + len(name), name, start, stop))
    matches = [m for word, pattern in zip(_RESIDENTS_WORDS, RESIDENTS, strict=True)
               if word in text for m in pattern.finditer(text)]
    for match in matches:
        at = match.start("names")
        for part in _LIST_SEPARATOR.split(match.group("names")):
            at = text.index(part, at)
            name = _trimmed(part)
            if name and not name.endswith(("'s", "’s")) and not _BUILDING_END.search(name):
                found.append((at, at + len(name), name, at, at + len(name)))
            at += len(part)
    for match in BUILT_IN.finditer(text):
        named = _name_ending_at(text, match.start())
        if named is not None:
            start, name = named
            phrase = text[start:match.end()]
            found.append((start, match.end(), phrase, start, match.end()))
    return sorted(set(found))


def described_spans(text: str, taken: Sequence[Mention], gazetteer: Gazetteer,
                    proper: Callable[[int], bool]) -> list[Mention]:
    """Names a generic noun beside them says are places (see the module doc), labelled
    ``DESCRIBED``; none that overlaps a span of ``taken`` (place mentions found so far and
    the NER's entities), except an entity that lies inside the name (a name the NER took
    for a person or a body, or split: "Sheikh" PERSON in "Sheikh Jarrah")."""
    found: list[Mention] = []
    for start, end, name, first, last in _candidates(text):
        # an entity may cover the name and its generic noun ("Lokoja Local Government Area"
        # as ORG), not more ("John Kerry Street")
        if any(s < end and start < e and (s < first or e > last) for s, e, _, _ in taken):
            continue
        if any(s < end and start < e for s, e, _, _ in found):
            continue
        built = name.rsplit(None, 1)[-1] in BUILT_WORDS
        if any(s < end and start < e and label in PLACE_LABELS
               and not (label == "FAC" and built) for s, e, _, label in taken):
            continue  # already a place (a square or street the NER made a FAC is retaken)
        # "the Alawite neighbourhood", "the Druze village": a people's name (peoples name
        # villages and quarters, not islands: "Sumba island" tagged NORP is the island)
        island = text.startswith((" island", " atoll"), end)
        if not gazetteer.candidates(name) and (_ADJECTIVAL.search(name) or not island and any(
                (s, e, label) == (start, end, "NORP") for s, e, _, label in taken)):
            continue
        words = [m.start() for m in re.finditer(r"\S+", text[start:end])]
        if not all(proper(start + at) for at in words[:len(name.split())]):
            continue
        if gazetteer.is_never_a_place(name) or len(name) < 3:
            continue
        found.append((start, end, name, LABEL))
    return found


# words that make a sentence about a volcano's activity
_VOLCANIC = re.compile(
    r"\b(?:erupt\w*|lava|magma|volcan\w*|pyroclastic|ash (?:plume|cloud|column)s?)\b", re.I)
_VOLCANIC_WORDS = ("erupt", "lava", "magma", "volcan", "pyroclastic", "ash plume", "ash cloud",
                   "ash column")
_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])")


def volcano_spans(text: str, taken: Sequence[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Bare volcano names in a sentence about an eruption ("Kilauea erupted again",
    "lava from Kanlaon"), labelled FEATURE with "<name> volcano" as the form to look up:
    the gazetteer indexes every volcano under that form, and many bare names are also a
    town's or a person's ("Kilauea", "Etna"). Only names no place mention or entity
    reaching outside the name already covers."""
    lower = text.lower()
    if not any(word in lower for word in _VOLCANIC_WORDS):  # most articles
        return []
    found: list[Mention] = []
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    for first, last in zip(bounds, bounds[1:], strict=False):
        sentence = text[first:last]
        if _VOLCANIC.search(sentence) is None:
            continue
        for match in _CAPITALISED.finditer(sentence):
            start, end = first + match.start(), first + match.end()
            if any(s < end and start < e and (s < start or e > end or label in (
                    "GPE", "LOC", "FAC", "FEATURE", "CUE", "BARE", "DESCRIBED"))
                   for s, e, _, label in taken):
                continue
            name = match.group(0)
            if gazetteer.is_never_a_place(name):
                continue
            form = f"{name} volcano"
            if any(e.feature == "volcano" for e in gazetteer.candidates(form)):
                found.append((start, end, form, "FEATURE"))
    return found
