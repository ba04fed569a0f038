"""Finding toponyms beyond the NER's GPE/LOC/FAC spans (pure functions over text).

* names the NER labelled PERSON, ORG or NORP, or split off, that the gazetteer knows
  and the words around them say are places: "in Nenagh", "from Misrata", "Kent and
  Birmingham", "Yakima, Washington", "Sylhet district", "the town of Zuwara";
* metonymic uses of countries and capitals labelled ORG ("Ottawa said");
* places inside hyphenated compounds: "Kent-based", "Amsterdam-London";
* US state abbreviations: "Gainesville, Va.", "N.J." (AP style) and postal codes after a
  town and comma ("Newark, NJ").

Each mention is ``(start, end, text, label)``: the NER label for GPE/LOC/FAC spans, else
one of the labels in :data:`RECOGNISED` saying how it was found.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate

from eventwire.geo.described import ENDS_PHRASE, described_spans, volcano_spans
from eventwire.geo.entry import Entry
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.names import NAME_LINKS, fold

Mention = tuple[int, int, str, str]
NER_PLACE = frozenset({"GPE", "LOC", "FAC"})
_PLACE_LABELS = NER_PLACE | {"ABBR"}
OTHER_NAMES = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
RECOGNISED = {
    "CUE": "a place word or preposition next to a name the gazetteer knows",
    "METONYM": "a country or capital named as an actor",
    "COMPOUND": "inside a hyphenated compound",
    "ABBR": "a US state abbreviation",
    "BARE": "a proper noun the NER left out, after a locative word",
    "LOCAL": "a town of the region the article's places lie in, taken for a person or body",
    "DESCRIBED": "a name a generic noun beside it says is a place ('the village of X', "
                 "'X, a town in Y', 'the X neighbourhood', 'X Square in Y')",
    "FEATURE": "a river, lake, island, range or volcano the gazetteer lists, named with 'the' "
               "or with its generic word ('Mt. Etna', 'Lesbos Island')",
}
# AP-style abbreviations (with their period) and USPS codes of the US states.
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska",
    "Nebr.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia",
    "Wash.": "Washington", "W.Va.": "West Virginia", "W. Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "Washington, D.C.",
}
# Canadian Press / AP abbreviations of the Canadian provinces ("LONDON, Ont."); read like the
# US ones, in Canada ("Man." and the two-letter postal codes are left out: words and codes
# that clash)
CA_PROVINCES = {
    "Ont.": "Ontario", "Que.": "Quebec", "B.C.": "British Columbia", "Alta.": "Alberta",
    "Sask.": "Saskatchewan", "N.S.": "Nova Scotia", "N.B.": "New Brunswick",
    "Nfld.": "Newfoundland and Labrador", "P.E.I.": "Prince Edward Island",
}
POSTAL_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming", "DC": "Washington, D.C.",
}


def _by_first_letter(words: Sequence[str]) -> str:
    """``(?<![\\w.])(?:w1|w2|…)`` (longest word first) written as one branch per first
    letter, that letter before the look-behind: the same matches, but the regex engine
    skips straight to the possible first letters instead of trying every word at every
    position (5x faster over an article)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(rf"{re.escape(first)}(?<![\w.]{re.escape(first)})(?:{'|'.join(rest)})"
                    for first, rest in groups.items())


# "Gainesville, Va." / "FAIRFAX, Va." / "in Calif." (the period belongs to the abbreviation)
AP_ABBREVIATION = re.compile(rf"(?:{_by_first_letter([*AP_STATES, *CA_PROVINCES])})(?!\w)")
# "Newark, NJ" (a capitalised word, a comma, then the code, then no more capitals); the
# look-behind sits after the first capital so the engine can skip to capitals
POSTAL_CODE = re.compile(
    r"(?P<code>[A-Z](?<=[a-z], [A-Z])[A-Z])\b(?![$€£]|\.?\s*[A-Z][a-z])")
_LOCATIVE = re.compile(
    r"\b(?i:in|near|at|from|off|outside|around|across|toward|towards|into|via|between|"
    r"(?:taken|flown|moved|travel\w*|went|go|going|goes|fled|return\w*|head\w*|drove|"
    r"sailed|bound|route|back|arriv\w*|evacuated|sent|deployed|transferred|trip|flights?|"
    r"journey|road|way|close|next|spread\w*|flee\w*|escaped|relocated|deported|extradited|"
    r"shipped|exported|marched|walked|expanded|extended|retreated|advanced|diverted|"
    r"rushed|airlifted)\s+to|"
    r"through|throughout|inside|within|along|beyond|reached|entered|left|visited|as\s+far\s+as|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|"
    r"(?:city|town|village|port|capital|province|region|state|county|district|island|"
    r"outskirts|suburbs?|streets|mayor|governor|people|residents|parts?|areas?|markets?|"
    r"mayor-elect|governor-elect|municipality|villages|towns)\s+of|"
    r"(?:its|the|their|regional|provincial|state|district|county)\s+(?:capital|seat))"
    r"\s+(?:the\s+)?(?:(?:neighbo(?:u)?ring|nearby|northern|southern|eastern|western|"
    r"central|northeastern|northwestern|southeastern|southwestern|coastal|rural|remote|"
    r"restive|occupied)\s+)?(?:[A-Z][\w'’.-]*\s+)?$")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Lady|Gen|Col|Capt|Sgt|Rev)\.?\s+$")
# a verb of saying after a name makes it a speaker: "Lititz said"
_SAYS_AFTER = re.compile(r"\s+(?:also\s+)?(?:said|says|told|added|wrote|tweeted|announced)\b")
_ORG_PREPOSITIONS = re.compile(r"\b(?:near|outside|off|across|around|throughout)\s+(?:the\s+)?$")
_PLACE_WORD_AFTER = re.compile(
    r"^(?:'s)?\s+(?:district|districts|province|provinces|county|counties|state|city|town|"
    r"village|island|islands|airport|region|governorate|prefecture|municipality|"
    r"neighbourhood|neighborhood|area|port|border|coast|oblast|raion|rayon|tehsil|upazila|"
    r"local government area|LGA|township|parish|canton)\b", re.I)
# an apposition that says what the name is: "Belgorod, a Russian city about 40 km from the
# border", "Gwoza, a town in Borno state", "Tekirdag, the provincial capital"; the place
# word must end the noun phrase ("Smith, a town councillor" is a person)
PLACE_KINDS = ("city|town|village|hamlet|port|capital|suburb|district|province|region|county|"
               "island|neighbou?rhood|settlement|municipality|commune|governorate|prefecture|"
               "oblast|enclave|oasis|township|locality|seaport|resort|stronghold|border town|"
               "border city|state capital")
APPOSITION = re.compile(rf"^,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{PLACE_KINDS})\b"
                        rf"(?!-){ENDS_PHRASE}")
_COORDINATION = re.compile(
    r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:(?:in|to|from|at|near)\s+)?$")
_ON_BEFORE = re.compile(r"\b(?i:on|upon)\s+(?:the\s+)?$")
_QUALIFIER_AFTER = re.compile(r"^,\s*$")
# "Kent-based", "Tehran-backed"; "Amsterdam-London" (two capitalised names); no word
# character or hyphen before the first capital (checked after it, as in POSTAL_CODE)
COMPOUND = re.compile(
    r"(?P<a>[A-Z](?<![\w-][A-Z])[\w'’]*(?:\s[A-Z][\w'’]*){0,2})[-‐](?:"
    r"(?P<suffix>based|born|bound|headquartered|registered|listed|area|region|born|raised)\b"
    r"|(?P<b>[A-Z][\w'’]*(?:\s[A-Z][a-z][\w'’]*){0,2}))")
# Words after a place name that make the phrase an organisation or office *of that
# place* ("the Ohio Department of Transportation", "Brisbane City Council", "NSW
# Premier"): the place is annotated there, as "the U.S. Navy" is.
INSTITUTION_AFTER = re.compile(
    r"^(?:State|County|City|Municipal|Metropolitan|Regional|Provincial|District|"
    r"Department|Dept\b|Council|Police|Sheriff|Fire|Government|Premier|Governor|Gov\b|Mayor|"
    r"Assembly|Legislature|Parliament|Senate|Court|Ministry|Environment\w*|Emergency|"
    r"Highway|Transport\w*|Stock Exchange|International|Airport|University|Hospital|"
    r"Red Cross|Meteorological|Electoral|Education|Health|Water|Public|Port|Harbou?r|"
    r"Attorney|National Guard|Coast Guard|High Court|Supreme Court|"
    r"Board|Authority|Commission|Agency)\b")
# "the Insurance Council of Australia", "the Government of Kenya"
INSTITUTION_OF = re.compile(
    r"\b(?:Council|Government|University|Province|State|Department|Ministry|Republic|"
    r"Governor|Mayor|Parliament|Assembly|Commissioner|Chamber of Commerce)"
    r"\s+of\s+(?:the\s+)?$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


def institution_place(text: str, start: int, end: int, gazetteer: Gazetteer,
                      named: frozenset[str]) -> Mention | None:
    """The place inside an organisation's name when the organisation is of that place:
    a known name at its start followed by an institution word ("The Ohio Environmental
    Protection Agency"), or at its end after "<institution> of" ("the Insurance Council of
    Australia"). The place must be a country, a region, a city of 100,000+, or lie in a
    country the article names (for "<X> University", a country, a region or a city of a
    million), and not begin a longer place name ("Kansas" in "the Kansas City Chiefs": the
    team borrows Kansas City's name, it is no institution of Kansas)."""
    span = text[start:end]
    lead = _LEADING_THE.match(span)
    at = start + (lead.end() if lead else 0)
    words = list(re.finditer(r"[^\s]+", text[at:end]))
    for k in range(min(3, len(words) - 1), 0, -1):  # the longest known head first
        stop = at + words[k - 1].end()
        name = text[at:stop]
        word = INSTITUTION_AFTER.match(text[stop:end].lstrip())
        if word and text[stop:stop + 1] == " " and _sizeable(
                gazetteer.candidates(name), named, word.group() == "University") \
                and not gazetteer.candidates(text[at:at + words[k].end()]):
            return (at, stop, name, "CUE")
    for k in range(1, min(3, len(words)) + 1):
        first = at + words[-k].start()
        name = text[first:end]
        candidates = gazetteer.candidates(name)
        # a body "of" a continent or a multi-country region (the Council of Europe) is an
        # international one, not an institution of a place
        if INSTITUTION_OF.search(text[at:first]) and _sizeable(candidates, named) and any(
                e.country for e in candidates):
            return (first, end, name, "CUE")
    return None


# "<X> University" is often named after a person or a neighbourhood ("Columbia",
# "Georgetown", "Harvard"): only a country, a region or a city of a million people names
# one that is of the place ("Istanbul University", "Ohio University").
UNIVERSITY_CITY = 1_000_000


def _sizeable(candidates: Sequence[Entry], named: frozenset[str],
              university: bool = False) -> bool:
    if university:
        return any(e.feature != "airport" and (
            e.precision in ("country", "region") or e.population >= UNIVERSITY_CITY)
            for e in candidates)
    return any(e.feature != "airport" and (
        e.precision in ("country", "region") or e.population >= MAJOR_CITY
        or e.country in named and e.population >= BARE_MIN_POPULATION) for e in candidates)


_LIST_OF_NAMES = re.compile(r"^[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*(?:(?:,\s|\sand\s|,\sand\s)"
                            r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*)+$")


def split_lists(ents: Sequence[Mention]) -> list[Mention]:
    """A name span that is a list of names ("Clonmel and Thurles" tagged ORG) as one span
    per name, with the same label."""
    out: list[Mention] = []
    for start, end, span, label in ents:
        if label in OTHER_NAMES and _LIST_OF_NAMES.match(span):
            for part in re.finditer(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*", span):
                out.append((start + part.start(), start + part.end(), part.group(0), label))
        else:
            out.append((start, end, span, label))
    return out


METONYM_PRECISIONS = frozenset({"country"})
STRONG_CITY = 1_000_000


def _strong(entries: Sequence[Entry], key: str) -> bool:
    """The name is a country's, a capital's or a big city's own name."""
    for entry in entries:
        if entry.lookup_keys[0] != key and entry.precision != "country":
            continue
        if entry.precision in METONYM_PRECISIONS or entry.capital:
            return True
        if entry.precision == "city" and entry.population >= STRONG_CITY:
            return True
    return False


_PLACE_NOUN_END = re.compile(r"\s(?:airport|county|district|province|island|islands)$", re.I)
MAJOR_CITY = 100_000


def _major(candidates: Sequence[Entry]) -> bool:
    return any(e.origin != "gazetteer" or e.precision in ("region", "country")
               or e.population >= MAJOR_CITY for e in candidates if e.feature != "airport")


def _own_name(entry: Entry, key: str, name: str) -> bool:
    """Outside the NER's place labels an airport counts only as "... airport" (its bare
    name is often a person's or company's: "Ford")."""
    if entry.feature == "airport":
        return name.lower().endswith("airport")
    return True


# "York and Lebanon counties", "Idukki, Ernakulam and Pathanamthitta districts": a plural
# division noun after a list makes each listed name a division of that kind
DIVISION_NOUNS = {"counties": "County", "districts": "District", "provinces": "Province",
                  "states": "State", "regions": "Region", "parishes": "Parish",
                  "municipalities": "Municipality", "governorates": "Governorate",
                  "prefectures": "Prefecture", "shires": "Shire", "boroughs": "Borough"}
_LISTED_NAME = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"
_TO_PLURAL = re.compile(
    rf"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+){_LISTED_NAME})*\s+"
    rf"(?P<noun>{'|'.join(DIVISION_NOUNS)})\b")


_PLURAL_WORD = re.compile(rf"\s(?:{'|'.join(DIVISION_NOUNS)})\b")


def plural_division(text: str, end: int) -> tuple[str, str] | None:
    """The plural and its division word ("counties", "County") when the name ending at
    ``end`` is one of a list that a plural division noun closes ("York and Lebanon
    counties")."""
    stop = min(len(text), end + 160)
    if _PLURAL_WORD.search(text, end, stop) is None:  # most names: no list to parse
        return None
    match = _TO_PLURAL.match(text, end, stop)
    return (match.group("noun"), DIVISION_NOUNS[match.group("noun")]) if match else None


def _context_says_place(text: str, start: int, end: int, accepted: Iterable[Mention],
                        label: str, major: bool = False, curated: bool = False) -> bool:
    """Words around a name say it is a place. Company names follow "from", "to" and "at"
    as readily as towns do, so an ORG-labelled name needs a place word, a place next to
    it, a preposition companies rarely take ("near", "outside", "off"), or — for a
    ``major`` place (a city of 100,000+, a region, a curated site, or a place in a country
    the article names) — any locative one. "on" counts only for a ``curated`` island, river,
    sea or site ("on the Danube"): people and firms follow "on" too often."""
    before, after = text[max(0, start - 60):start], text[end:end + 60]
    if _TITLE_BEFORE.search(before):
        return False
    if _PLACE_WORD_AFTER.match(after) or APPOSITION.match(after) or plural_division(text, end):
        return True
    if _ORG_PREPOSITIONS.search(before) or (label != "ORG" or major) and _LOCATIVE.search(
            before):
        return True
    if curated and _ON_BEFORE.search(before):  # "on the Rhine", "on Lampedusa"
        return True
    for other in accepted:
        gap = text[other[1]:start] if other[1] <= start else text[end:other[0]]
        if len(gap) <= 8 and (_COORDINATION.match(gap) or _QUALIFIER_AFTER.match(gap)):
            return True
    return False


def _overlaps(start: int, end: int, spans: Iterable[Mention]) -> bool:
    return any(s < end and start < e for s, e, _, _ in spans)


EVIDENT_CITY = 100_000
EVIDENT_SHARE = 10


def evident_countries(mentions: Iterable[Mention], gazetteer: Gazetteer) -> frozenset[str]:
    """Countries the article's place names point to without doubt, though it may never name
    them (local news rarely does): a US state abbreviation; or two different names each of
    which points to the country alone — all its candidates lie there ("Queensland",
    "Zanesville"), or its largest is a region or a city of 100,000+ at least ten times the
    size of any namesake abroad ("Brisbane", "Dublin"). One such name is not enough: a
    world report's lone "Arad" says nothing of Romania."""
    found: set[str] = set()
    votes: dict[str, set[str]] = {}
    for _, _, span, label in mentions:
        if label == "ABBR" or state_name(span.strip()) is not None:
            found.add(abbreviation_country(span.strip()))
            continue
        candidates = [e for e in gazetteer.candidates(span) if e.feature != "airport"
                      and e.country]
        countries = {e.country for e in candidates if e.country}
        country = None
        if len(countries) == 1:
            country = next(iter(countries))
        else:
            ranked = sorted(candidates, key=lambda e: -e.population)
            if ranked and ranked[0].precision != "country" \
                    and ranked[0].population >= EVIDENT_CITY:
                rival = max((e.population for e in ranked if e.country != ranked[0].country),
                            default=0)
                if ranked[0].population >= EVIDENT_SHARE * rival:
                    country = ranked[0].country
        if country:
            votes.setdefault(country, set()).add(fold(span))
    return frozenset(found | {c for c, names in votes.items() if len(names) >= 2})


def _one_region(candidates: Sequence[Entry]) -> str | None:
    """The first-level region a name points to alone: all its towns and divisions lie
    there, or its largest is ten times any namesake elsewhere."""
    entries = [e for e in candidates if e.admin1 and e.feature != "airport"
               and e.precision in ("city", "region")]
    regions = {e.admin1 for e in entries}
    if len(regions) == 1:
        return next(iter(regions))
    ranked = sorted(entries, key=lambda e: -e.population)
    if ranked:
        rival = max((e.population for e in ranked if e.admin1 != ranked[0].admin1), default=0)
        if ranked[0].population >= EVIDENT_SHARE * max(rival, 1):
            return ranked[0].admin1
    return None


def local_regions(mentions: Iterable[Mention], gazetteer: Gazetteer) -> frozenset[str]:
    """First-level regions (GeoNames "CC.code") that two or more of the article's place
    names point to alone (:func:`_one_region`), or a state abbreviation names: where a
    local report is set."""
    votes: dict[str, set[str]] = {}
    for _, _, span, label in mentions:
        state = state_name(span.strip())
        if label == "ABBR" or state is not None:
            entries = [e for e in gazetteer.candidates(state or span) if e.precision == "region"
                       and e.country == abbreviation_country(span.strip())]
            for entry in entries[:1]:
                if entry.admin1:
                    votes.setdefault(entry.admin1, set()).update({"", fold(span)})
            continue
        region = _one_region(gazetteer.candidates(span))
        if region:
            votes.setdefault(region, set()).add(fold(span))
    return frozenset(r for r, names in votes.items() if len(names) >= 2)


def named_spans(text: str, ents: Sequence[Mention], gazetteer: Gazetteer,
                given_name: Callable[[str], bool] | None = None,
                extra: Sequence[Mention] = ()) -> list[Mention]:
    """Non-place NER spans that are places in context (labels CUE or METONYM); ``extra``:
    further place mentions (the dateline's) whose countries count as named."""
    places = [m for m in ents if m[3] in _PLACE_LABELS]
    named = frozenset(e.country for m in places for e in gazetteer.candidates(m[2])
                      if e.precision == "country" and e.country)
    named |= evident_countries([*places, *extra], gazetteer)
    regions = local_regions([*places, *extra], gazetteer)
    ents = split_lists(ents)
    found: list[Mention] = []
    for _ in range(2):  # a second round for "Sylhet and Sunamganj districts"
        more = _named_round(text, ents, gazetteer, given_name, places + found, named,
                            regions)
        if not more:
            break
        found += more
    return sorted(found)


def _named_round(text: str, ents: Sequence[Mention], gazetteer: Gazetteer,
                 given_name: Callable[[str], bool] | None, places: list[Mention],
                 named: frozenset[str] = frozenset(),
                 regions: frozenset[str] = frozenset()) -> list[Mention]:
    """One round of :func:`named_spans`; ``named``: countries the article names as places
    (an ORG-labelled town of one of them after "in" is read as the town: "a local
    official in Djibo" in a report on Burkina Faso); ``regions``: the first-level regions
    the article's places point to (:func:`local_regions`): a town of one of them that the
    NER took for a person or organisation is the town ("Forlì and Cesena were also hit"
    in a report that names Faenza and Imola), unless a title stands before it or a verb of
    saying after it."""
    found: list[Mention] = []
    for start, end, span, label in ents:
        if label not in OTHER_NAMES or _overlaps(start, end, places):
            continue
        name = span[:-2] if span.endswith(("'s", "’s")) else span
        end = start + len(name)
        candidates = gazetteer.candidates(name)
        if not candidates:
            inner = institution_place(text, start, end, gazetteer, named) \
                if label == "ORG" else None
            if inner is not None and not _overlaps(inner[0], inner[1], found):
                found.append(inner)
            continue
        key = fold(name.removeprefix("the ").removeprefix("The "))
        if label in ("ORG", "NORP") and _strong(candidates, key):
            found.append((start, end, name, "METONYM"))
            continue
        curated = any(e.origin != "gazetteer" and e.feature != "airport" for e in candidates)
        # "Ganges", "Belgorod", "Derby" tagged NORP are read as strictly as a body's name;
        # a people's name ("Democrats", "Kurds") is no place: a demonym, or a name the
        # gazetteer has only as another place's alias ("Igbo", "Roma")
        if label == "NORP" and not curated and (gazetteer.is_never_a_place(name) or not any(
                e.lookup_keys[0] == key or key in e.preferred for e in candidates)):
            continue
        if label == "NORP":
            label = "ORG"  # as strict as an organisation's name
        first = name.split()[0]
        if label == "PERSON" and given_name is not None and len(name.split()) > 1 \
                and given_name(first) and not _LOCATIVE.search(text[max(0, start - 60):start]):
            continue
        if name.isupper() and len(name) <= 5 and not any(
                key in e.preferred for e in candidates):  # an acronym ("GAO"), not "NSW"
            continue
        if not any(_own_name(e, key, name) for e in candidates):
            continue
        major = _major(candidates) or any(e.country in named and e.feature != "airport"
                                          for e in candidates)
        institution = major and text[end:end + 1] == " " and bool(
            INSTITUTION_AFTER.match(text[end + 1:end + 40]))  # "NSW Premier", "Ohio Gov."
        local = bool(regions) and any(
            e.admin1 in regions and e.feature != "airport" and e.precision in ("city", "region")
            and e.population >= BARE_MIN_POPULATION for e in candidates) \
            and not _TITLE_BEFORE.search(text[max(0, start - 8):start]) \
            and not _SAYS_AFTER.match(text[end:end + 30]) \
            and not re.match(r" [A-Z]", text[end:end + 2])
        if institution or _PLACE_NOUN_END.search(name) or _context_says_place(
                text, start, end, places + found, label, major, curated):
            found.append((start, end, name, "CUE"))
        elif local:
            found.append((start, end, name, "LOCAL"))
    return found


def _main_place(gazetteer: Gazetteer, name: str) -> bool:
    """A country, region or city of 15,000+ people under its own name."""
    key = fold(name)
    return any(e.lookup_keys[0] == key and e.feature != "airport" and e.origin == "gazetteer"
               and (e.precision != "city" or e.population >= 15_000)
               for e in gazetteer.candidates(name))


def compound_spans(text: str, taken: Sequence[Mention], gazetteer: Gazetteer,
                   names: Sequence[Mention] = ()) -> list[Mention]:
    """Places inside hyphenated compounds ("Kent-based", "Amsterdam-London"); a pair of
    names inside a person's or organisation's name ("Perez-Guerra", "Wal-Mart") is not."""
    found: list[Mention] = []
    for match in COMPOUND.finditer(text):
        if gazetteer.candidates(match.group(0)):  # "Guinea-Bissau" is a name of its own
            continue
        if match.group("b"):  # "Amsterdam-London": both halves, each a sizeable place
            if _overlaps(match.start(), match.end(), names) or not all(
                    _main_place(gazetteer, match.group(p)) for p in ("a", "b")):
                continue
        for part in ("a", "b"):
            if not match.group(part):
                continue
            start, end = match.start(part), match.end(part)
            name = _known_tail(text[start:end], gazetteer) if part == "a" else \
                _known_head(text[start:end], gazetteer)
            if name is None:
                continue
            start = start + text[start:end].index(name) if part == "a" else start
            end = start + len(name)
            if _overlaps(start, end, [*taken, *found]) or len(name) < 3:
                continue
            found.append((start, end, name, "COMPOUND"))
    return found


def _known_tail(words: str, gazetteer: Gazetteer) -> str | None:
    """The longest run of final words the gazetteer knows ("Kent" of "A Kent")."""
    parts = words.split()
    for k in range(len(parts)):
        name = " ".join(parts[k:])
        if gazetteer.candidates(name) and not gazetteer.is_never_a_place(name):
            return name
    return None


def _known_head(words: str, gazetteer: Gazetteer) -> str | None:
    parts = words.split()
    for k in range(len(parts), 0, -1):
        name = " ".join(parts[:k])
        if gazetteer.candidates(name) and not gazetteer.is_never_a_place(name):
            return name
    return None


def abbreviation_spans(text: str, taken: Sequence[Mention]) -> list[Mention]:
    """US state abbreviations: AP style anywhere after a comma or in a dateline, USPS
    codes after "Town, "."""
    found: list[Mention] = []
    for match in AP_ABBREVIATION.finditer(text):
        start, end = match.span()
        if text[max(0, start - 2):start] != ", " and not text[max(0, start - 3):start].endswith(
                (" in ", "in ")):
            continue
        if not _overlaps(start, end, taken):
            found.append((start, end, match.group(0), "ABBR"))
    for match in POSTAL_CODE.finditer(text):
        start, end = match.span("code")
        if match.group("code") in POSTAL_STATES and not _overlaps(start, end, [*taken, *found]):
            found.append((start, end, match.group("code"), "ABBR"))
    return found


def _joined_abbreviations(text: str, mentions: list[Mention],
                          gazetteer: Gazetteer) -> list[Mention]:
    """A name and the abbreviation after its comma that together are one place's name
    ("Washington, D.C.") as one mention."""
    ordered = sorted(mentions)
    out: list[Mention] = []
    for mention in ordered:
        if out and state_name(mention[2]) is not None and text[out[-1][1]:mention[0]] == ", ":
            start, _, _, label = out[-1]
            name = text[start:mention[1]]
            if any(fold(name) in e.lookup_keys for e in gazetteer.candidates(name)):
                out[-1] = (start, mention[1], name, label)
                continue
        out.append(mention)
    return out


def state_name(abbreviation: str) -> str | None:
    """"Virginia" for "Va." or "VA", "Ontario" for "Ont."."""
    return AP_STATES.get(abbreviation) or POSTAL_STATES.get(abbreviation) \
        or CA_PROVINCES.get(abbreviation)


# what stands before an era, not a state: a year or a century ("300 B.C.", "the first
# century B.C.", "the 1st millennium B.C.")
_ERA_BEFORE = re.compile(r"(?:\d[\d,]*s?|centur(?:y|ies)|millenni(?:um|a)|c\.)\s+$", re.I)
# abbreviations that are far more often something else outside a "Town, Prov." pair
_ONLY_AFTER_A_NAME = frozenset({"B.C."})


def era_not_state(text: str, mention: Mention) -> bool:
    """True for a state or province abbreviation that is no place where it stands: after a
    year or a century it is an era ("first century B.C."); "B.C." is the era in world news
    far more often than British Columbia, so it is the province only after "Town, " (which
    a dateline is too: "VANCOUVER, B.C.") or "in"."""
    start, _, span, _ = mention
    name = span.strip()
    if state_name(name) is None:
        return False
    before = text[max(0, start - 30):start]
    if _ERA_BEFORE.search(before):
        return True
    return name in _ONLY_AFTER_A_NAME and not before.endswith((", ", " in ", "In "))


def abbreviation_country(abbreviation: str) -> str:
    """The country of a state or province abbreviation: "CAN" for "Ont.", else "USA"."""
    return "CAN" if abbreviation in CA_PROVINCES else "USA"


_NEXT_WORD = re.compile(r"\s+[\w'’.-]+")


def extend_right(text: str, mention: Mention, gazetteer: Gazetteer) -> Mention:
    """The longest known name starting with the mention and running up to three words
    further ("Rio Grande" → "Rio Grande do Sul", "New York" → "New York City")."""
    start, end, _, label = mention
    ends, at = [], end
    for _ in range(3):
        match = _NEXT_WORD.match(text, at)
        if match is None or "\n" in match.group(0):
            break
        at = match.end()
        ends.append(at)
    for stop in reversed(ends):
        name = text[start:stop].rstrip(".,;:")
        last = name.rsplit(None, 1)[-1]
        if last[:1].islower():  # "Lincoln city centre": a cue word, not part of the name
            continue
        if name[-1:].isalnum() and gazetteer.candidates(name):
            return (start, start + len(name), name, label)
    return mention


# the rest of a hyphenated name after an entity: "-super-Mare", "-les-Bains", "-Baden"
_HYPHENATED_REST = re.compile(r"(?:[-‐]\w+){1,4}")
_HYPHEN = re.compile(r"[-‐]")


def whole_hyphenated(text: str, mention: Mention, gazetteer: Gazetteer) -> Mention:
    """A town's hyphenated name that the NER cut at a hyphen ("Weston" of
    "Weston-super-Mare", "Évian" of "Évian-les-Bains" as NORP) takes the whole known name.
    A place entity takes any name the gazetteer knows; another entity only a place's own
    name joined by a linking word ("-sur-", "-upon-", "-les-"), which no person's or
    firm's name has. "Kent-based" and "Amsterdam-London" are no known names and stay cut."""
    start, end, _, label = mention
    match = _HYPHENATED_REST.match(text, end)
    if match is None:
        return mention
    stops = [end + m.start() for m in _HYPHEN.finditer(match.group(0) + "-")][1:]
    for stop in reversed(stops):
        name = text[start:stop]
        if label in NER_PLACE:
            if gazetteer.candidates(name):
                return (start, stop, name, label)
            continue
        key = fold(name)
        if any(word in NAME_LINKS for word in _HYPHEN.split(name)[1:-1]) and any(
                e.lookup_keys[0] == key for e in gazetteer.candidates(name)):
            return (start, stop, name, "GPE")
    return mention


# "Azad Jammu and Kashmir" that the NER split at "and": the words before it, up to three
_JOINED_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]+ ){1,3}(?:and|&) $")


def extend_left(text: str, mention: Mention, gazetteer: Gazetteer) -> Mention:
    """A curated name that joins capitalised words before the mention with "and"
    ("Azad Jammu" + "and" + "Kashmir") takes the whole name; plain GeoNames names do
    not ("Punjab and Kashmir" stays two places)."""
    start, end, _, label = mention
    match = _JOINED_BEFORE.search(text, max(0, start - 60), start)
    if match is None:
        return mention
    heads = [match.start() + m.start() for m in re.finditer(r"(?<!\S)\S", match.group(0))]
    for head in heads[:-1]:  # longest first; the last word is "and"
        name = text[head:end]
        key = fold(name)
        if any(e.origin != "gazetteer" and key in e.preferred
               for e in gazetteer.candidates(name)):
            return (head, end, name, label)
    return mention


def _with_period(text: str, mention: Mention) -> Mention:
    """An NER span "Okla" that is an AP state abbreviation without its period ("Durant,
    Okla.") takes the period back, so it reads as the state."""
    start, end, span, label = mention
    if text[end:end + 1] == "." and (span + "." in AP_STATES or span + "." in CA_PROVINCES):
        return (start, end + 1, span + ".", "ABBR")
    return mention


def find_mentions(text: str, ents: Sequence[Mention], gazetteer: Gazetteer,
                  given_name: Callable[[str], bool] | None = None,
                  proper: Callable[[int], bool] | None = None,
                  dateline: Sequence[Mention] = ()) -> list[Mention]:
    """Every toponym mention: the NER's GPE/LOC/FAC spans plus those found beyond them,
    in text order (``dateline``: the dateline's place mentions, as context only).
    ``proper(offset)`` says whether the token starting at a character
    offset is a proper noun; with it, names the NER missed are read after locative words
    (:func:`bare_spans`)."""
    ents = [_with_period(text, m) if m[3] in NER_PLACE else m for m in ents]
    ents = [whole_hyphenated(text, m, gazetteer) if m[3] in NER_PLACE or m[3] in OTHER_NAMES
            else m for m in ents]
    joined = [m for m in (extend_left(text, e, gazetteer) for e in ents if e[3] in NER_PLACE)
              if m not in ents]
    if joined:
        ents = [e for e in ents if not _overlaps(e[0], e[1], joined)] + joined
    mentions: list[Mention] = []
    for mention in sorted(extend_right(text, m, gazetteer) if m[3] in NER_PLACE else m
                          for m in ents if m[3] in _PLACE_LABELS):
        if not mentions or mention[0] >= mentions[-1][1]:
            mentions.append(mention)
    ents = [*mentions, *(e for e in ents if e[3] not in _PLACE_LABELS
                         and not _overlaps(e[0], e[1], mentions))]
    mentions += named_spans(text, ents, gazetteer, given_name, dateline)
    mentions += feature_spans(text, ents, gazetteer, mentions)
    # NER spans that swallowed a compound ("Kent-based firm" as ORG) give way to its parts
    people = [e for e in ents if e[3] in ("PERSON", "ORG", "PRODUCT")]
    compounds = compound_spans(text, [m for m in mentions if m[3] in NER_PLACE], gazetteer,
                               people)
    mentions = [m for m in mentions if not _overlaps(m[0], m[1], compounds)] + compounds
    mentions = _joined_abbreviations(text, mentions + abbreviation_spans(text, mentions),
                                     gazetteer)
    features = generic_feature_spans(text, [*mentions, *ents], gazetteer)
    mentions = [m for m in mentions if not _overlaps(m[0], m[1], features)] + features
    if proper is not None:
        mentions += bare_spans(text, [*mentions, *ents], gazetteer, proper)
        mentions += unlabelled_spans(text, [*mentions, *ents], mentions, gazetteer, proper,
                                     _named_countries(mentions, gazetteer, dateline))
        mentions += volcano_spans(text, [*mentions, *ents], gazetteer)
        described = described_spans(text, [*mentions, *ents], gazetteer, proper)
        # a square or street the NER took for a facility is the described one
        mentions = [m for m in mentions if not _overlaps(m[0], m[1], described)] + described
    # a name is written with a capital: "the creek", "south-east" are words, not toponyms
    return sorted(m for m in mentions if not m[2].islower() and not era_not_state(text, m))


# "in Tralee", "off Mindoro", "on Lampedusa": a capitalised name right after a locative
# preposition (not a title, not a month or weekday: those are DATE entities)
_BARE = re.compile(
    r"(?<![\w-])(?i:in|near|outside|off|on|from|across|around|to|toward|towards)\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})")
BARE_MIN_POPULATION = 1_000
# A title or role word is no place when a name or "of" follows it: "a message from Leader
# of the Revolution X", "greetings from Speaker Y" (Leader is a Cuban town, Speaker none)
_TITLE_WORDS = frozenset(
    "leader president speaker commander mayor governor minister premier chairman chairwoman "
    "chair chief general secretary ambassador envoy king queen prince princess emperor sultan "
    "emir sheikh director head judge senator pope bishop archbishop imam ayatollah patriarch "
    "lieutenant colonel captain admiral marshal chancellor prime deputy vice".split())
_TITLE_FOLLOWS = re.compile(r"\s+(?:of\b|[A-Z])")


def _bare_known(entries: Sequence[Entry], key: str) -> bool:
    """A name good enough to take without the NER: some entry's own name (not an
    alias), and a place of some size or a curated area, island or site."""
    return any((e.lookup_keys[0] == key or key in e.preferred) and e.feature != "airport" and (
        e.population >= BARE_MIN_POPULATION or e.origin != "gazetteer"
        or e.precision != "city") for e in entries)


def bare_spans(text: str, taken: Sequence[Mention], gazetteer: Gazetteer,
               proper: Callable[[int], bool]) -> list[Mention]:
    """Names outside every NER entity that follow a locative preposition, whose every
    word the tagger reads as a proper noun, and that the gazetteer knows by their own
    name ("Fishermen on Lampedusa", "In Tralee a tree fell"). The longest known run of
    leading words is taken ("Calapan City" → "Calapan" when only that is known)."""
    found: list[Mention] = []
    spans = sorted((m[0], m[1]) for m in taken)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # furthest end so far

    def covered(start: int, end: int) -> bool:
        i = bisect_left(starts, end)
        return i > 0 and reach[i - 1] > start

    for match in _BARE.finditer(text):
        start = match.start("name")
        words = match.group("name").split()
        titled = words[0].lower() in _TITLE_WORDS and bool(
            _TITLE_FOLLOWS.match(text, start + len(words[0])))
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            end = start + len(name)
            if covered(start, end):
                continue
            if k == 1 and titled:  # the title alone; "General Santos" may still be known
                break
            if gazetteer.is_never_a_place(name):
                break
            candidates = gazetteer.candidates(name)
            if not candidates:
                continue
            offsets = [start + m.start() for m in re.finditer(r"\S+", name)]
            curated = any(e.origin != "gazetteer" for e in candidates)  # "the Swiss Alps"
            if not curated and not all(proper(at) for at in offsets):
                continue
            if _bare_known(candidates, fold(name)):
                found.append((start, end, name, "BARE"))
                break
    return found


_THE = re.compile(r"(?:^|[^\w])[Tt]he\s+$")


def feature_spans(text: str, ents: Sequence[Mention], gazetteer: Gazetteer,
                  taken: Sequence[Mention]) -> list[Mention]:
    """Names the NER labelled an organisation or person that follow "the" and that the
    gazetteer knows only as a curated river, lake, sea or range, by that entry's own or
    preferred name ("as the Brahmaputra and its tributaries rose"): English names such
    features with the article; a following capitalised word makes it another name ("the
    Brahmaputra Board")."""
    found: list[Mention] = []
    for start, end, span, label in ents:
        if label not in OTHER_NAMES or _overlaps(start, end, taken):
            continue
        if span[:4] in ("the ", "The "):
            start, span = start + 4, span[4:]
        elif not _THE.search(text[max(0, start - 5):start]):
            continue
        if re.match(r"\s+[A-Z]", text[end:end + 2]):
            continue
        candidates = gazetteer.candidates(span)
        key = fold(span)
        if candidates and all(e.precision == "site" and e.origin != "gazetteer"
                              for e in candidates) \
                and any(e.lookup_keys[0] == key or key in e.preferred for e in candidates):
            found.append((start, end, span, "FEATURE"))
    return found


def _named_countries(mentions: Sequence[Mention], gazetteer: Gazetteer,
                     extra: Sequence[Mention] = ()) -> frozenset[str]:
    """Countries the article names as places, or whose local names leave no doubt."""
    places = [m for m in mentions if m[3] in _PLACE_LABELS]
    named = frozenset(e.country for m in places for e in gazetteer.candidates(m[2])
                      if e.precision == "country" and e.country)
    return named | evident_countries([*places, *extra], gazetteer)


_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}")


def unlabelled_spans(text: str, taken: Sequence[Mention], places: Sequence[Mention],
                     gazetteer: Gazetteer, proper: Callable[[int], bool],
                     named: frozenset[str] = frozenset()) -> list[Mention]:
    """Proper-noun names outside every NER entity, read by the same test as a name the
    NER labelled an organisation (:func:`_context_says_place`): a place word after it
    ("Boryspil airport"), a preposition firms rarely take, a place it is listed with
    ("around Avdiivka and Pokrovsk"), or — for a sizeable place or one in a country the
    article names — any locative word ("residents of Paradise", "north of Avdiivka").
    Every word must be tagged a proper noun and the gazetteer must know the name as an
    entry's own name, a preferred one, or an alternate of a place in a named country."""
    found: list[Mention] = []
    spans = sorted((m[0], m[1]) for m in taken)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))

    def covered(start: int, end: int) -> bool:
        i = bisect_left(starts, end)
        return i > 0 and reach[i - 1] > start

    accepted = list(places)
    for match in _CAPITALISED.finditer(text):
        start = match.start()
        words = match.group(0).split()
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            end = start + len(name)
            if covered(start, end) or not proper(start):
                continue
            if not all(proper(start + m.start()) for m in re.finditer(r"\S+", name)) \
                    or gazetteer.is_never_a_place(name):
                continue
            candidates = [e for e in gazetteer.candidates(name) if e.feature != "airport"]
            if not candidates or _TITLE_BEFORE.search(text[max(0, start - 8):start]):
                continue
            key = fold(name)
            in_named = [e for e in candidates if e.country in named
                        and (e.precision != "city" or e.population >= BARE_MIN_POPULATION)]
            if not (_bare_known(candidates, key) or any(key in e.lookup_keys for e in in_named)):
                continue
            major = _major(candidates) or bool(in_named)
            curated = any(e.origin != "gazetteer" for e in candidates)
            if _context_says_place(text, start, end, accepted, "ORG", major, curated):
                found.append((start, end, name, "BARE"))
                accepted.append(found[-1])
                break
    return found


# A feature's name with its generic word before or after it ("Mount Etna", "Mt. Kilimanjaro",
# "Lake Chad", "River Severn", "Isle of Skye", "Gulf of Aden"; "Etna volcano", "Lesbos
# Island", "Yangtze River", "Napa Valley"): one to three capitalised words, no capital
# right after (then it is a longer name: "Mount Sinai Hospital")
_FEATURE_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}"
_NO_CAPITAL_AFTER = r"(?![\w'’-]|\s+[A-Z])"
# each pattern led by its literal words (one branch per first letter: the engine skips to
# them, as for the state abbreviations); the name before a generic word is read backwards
_GENERIC_BEFORE = ["Mount", "Mt.", "Mt", "Lake", "River", "Isle of", "Gulf of", "Bay of",
                   "Strait of", "Sea of"]
_GENERIC_AFTER = ["volcano", "Volcano", "Island", "Islands", "River", "Lake", "Valley", "Bay",
                  "Strait", "Mountains", "Peninsula", "Desert", "Delta", "Canal"]
FEATURE_BEFORE = re.compile(rf"(?:{_by_first_letter(_GENERIC_BEFORE)})\s+"
                            rf"(?P<head>{_FEATURE_NAME}){_NO_CAPITAL_AFTER}")
FEATURE_AFTER = re.compile(rf"(?:{_by_first_letter(_GENERIC_AFTER)}){_NO_CAPITAL_AFTER}")
_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<name>{_FEATURE_NAME})\s+$")


def _generic_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, bare name) of every name written with a generic word."""
    found = [(m.start(), m.end(), m.group("head")) for m in FEATURE_BEFORE.finditer(text)]
    for match in FEATURE_AFTER.finditer(text):
        window = max(0, match.start() - 60)
        name = _NAME_BEFORE.search(text, window, match.start())
        if name is not None:
            found.append((name.start(), match.end(), name.group("name")))
    return sorted(found)


_MOUNT_ABBREVIATION = re.compile(r"^Mt\.?(?=\s)")


def _feature_known(entries: Sequence[Entry], key: str) -> bool:
    """An entry named so in its own right, or a curated or volcano entry (no airport)."""
    return any(e.feature != "airport" and (
        e.lookup_keys[0] == key or key in e.preferred or e.origin != "gazetteer"
        or e.feature == "volcano") for e in entries)


def _curated_feature(entries: Sequence[Entry]) -> bool:
    """A curated island, river, lake or range, or a volcano: what a bare name stands for
    when a generic word is written beside it."""
    return any(e.feature == "volcano" or e.origin != "gazetteer" and e.feature != "airport"
               and e.precision in ("site", "region") for e in entries)


def generic_feature_spans(text: str, taken: Sequence[Mention],
                          gazetteer: Gazetteer) -> list[Mention]:
    """Feature names written with their generic word, labelled FEATURE, whatever the NER
    made of them: the whole name when the gazetteer knows it ("Mt." read as "Mount"), else
    the bare name when that is a curated feature ("Lesbos Island" → "Lesbos"). The
    mention's text is the form to look up; its offsets cover the whole phrase. Spans of
    ``taken`` (place mentions already found) that reach outside the phrase keep it out."""
    found: list[Mention] = []
    for start, end, bare in _generic_matches(text):
        if text.startswith(("The ", "the "), start):  # "The Etna volcano"
            start += 4
        if any(s < end and start < e and (s < start or e > end) for s, e, _, _ in taken):
            continue
        whole = _MOUNT_ABBREVIATION.sub("Mount", text[start:end])
        whole = re.sub(r"\s+", " ", whole)
        if gazetteer.is_never_a_place(whole):
            continue
        if _feature_known(gazetteer.candidates(whole), fold(whole)):
            found.append((start, end, whole, "FEATURE"))
            continue
        bare = _LEADING_THE.sub("", bare)
        if not gazetteer.is_never_a_place(bare) and _curated_feature(gazetteer.candidates(bare)):
            found.append((start, end, bare, "FEATURE"))
    return found
