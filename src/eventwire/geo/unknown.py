"""Toponyms the NER labels as places that the gazetteer does not know (a village, a
valley, a camp): placed at the known place named nearest to them.

Real news names many places no offline gazetteer holds ("Kelendougou, a hamlet near
Bankass", "the Ndomo Valley"). Dropping them loses recall; guessing a namesake abroad
loses accuracy. A name the NER reads as a place (GPE or LOC; FAC only for a natural
feature: "the Border Ranges") is kept and given the point of the nearest resolved town,
region or site (with a country) in its clause — the place the report itself locates it by
("Kelendougou, a hamlet near Bankass"; a relative clause on the name counts as its own:
"Salt Creek, which runs past Norwich") — else, when its sentence names no such place, of
the last one named before it (not for a sea, strait or island group, which is far larger
than that town: it takes the article's local centre or country instead). A place named
only in another clause of its sentence does not locate it ("recaptured Robotyne, the
General Staff in Kyiv said": Kyiv is where the speaker is): the name is then placed at the
article's local centre when its places lie close together (as in
:mod:`eventwire.geo.area`), else kept at country precision with no point when the places
of its sentence agree on one country. Its ``resolution`` says so; it has no GeoNames id.
Names a generic noun beside them says are places (:mod:`eventwire.geo.described`: "the
village of X", "X, a hamlet near Y", "X Square in Cairo") are taken whatever the NER
labelled them. Roads, streets and buildings (but for a described "X Street in <city>"),
demonyms, listed non-places, acronyms and names with digits are never taken; nor, by one
sense per discourse, a name its article shows is something else
(:func:`eventwire.geo.other_names.is_other_name`): (a word of) a person the article names
("Araghchi", "Peskov": the NER often labels foreign surnames GPE), a body, a speaker, or a
bare polity noun ("the Islamic Republic", "the Kingdom", "the Strip": the rest of a
state's or territory's name, not a village).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence

from eventwire.geo.area import local_centre
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.names import PHYSICAL
from eventwire.geo.other_names import is_other_name
from eventwire.models import Place

Mention = tuple[int, int, str, str]
UNKNOWN_LABELS = frozenset({"GPE", "LOC", "FAC", "DESCRIBED"})
# a FAC span is a place only as a natural feature or a settlement-like site
NATURAL = re.compile(
    r"\b(?:River|Valley|Lake|Lough|Loch|Mountains?|Mount|Range|Ranges|Gulf|Bay|Point|"
    r"Islands?|Hills?|Forest|Desert|Plains?|Plateau|Coast|Strait|Delta|Basin|Peninsula|"
    r"Pass|Gap|Sea|Ocean|Reservoir|Falls|Crossing|Camp|Canyon|Gorge|Glen|Dales?|Lagoon)\b")
BUILT = re.compile(
    r"\b(?:Street|St|Road|Rd|Avenue|Ave|Highway|Hwy|Freeway|Motorway|Expressway|Interstate|"
    r"Route|Boulevard|Lane|Drive|Bridge|Square|Hospital|School|College|University|Stadium|"
    r"Airport|Station|Church|Mosque|Temple|Hotel|Mall|Market|Prison|Building|Tower|Park)\b")
# open water and island groups: far larger than any town named before them
MARINE = re.compile(r"\b(?:Sea|Ocean|Strait|Straits|Gulf|Channel|Bight|Sound|Islands|"
                    r"Archipelago)\b")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
ANCHOR_PRECISIONS = frozenset({"city", "region", "site"})


def _acceptable(name: str, label: str, gazetteer: Gazetteer) -> bool:
    if not name[:1].isupper() or any(ch.isdigit() for ch in name) or len(name) < 3:
        return False
    if name.isupper() and len(name) <= 5:  # an acronym
        return False
    if gazetteer.is_never_a_place(name):
        return False
    if BUILT.search(name):  # a street or square only where the text says whose city it is
        return label == "DESCRIBED"
    return label != "FAC" or bool(NATURAL.search(name))


def _anchor(start: int, sentence: tuple[int, int], anchors: Sequence[Place],
            clause_of: Callable[[int], int] | None = None) -> tuple[Place | None, bool]:
    """The resolved town, region or site nearest ``start`` in its clause (``clause_of``: a
    character offset → its clause; None: the sentence is one clause), else the last one
    named before the sentence when the sentence names none; and whether it locates the
    name (False: only other clauses of the sentence name one, the nearest is returned)."""
    inside = [p for p in anchors if sentence[0] <= (p.start or 0) < sentence[1]]
    if inside:
        own = clause_of(start) if clause_of is not None else None
        linked = [p for p in inside if clause_of is None or clause_of(p.start or 0) == own]
        nearest = min(linked or inside, key=lambda p: abs((p.start or 0) - start))
        return nearest, bool(linked)
    before = [p for p in anchors if (p.start or 0) < sentence[0]]
    return (before[-1] if before else None), True


def unknown_places(text: str, mentions: Sequence[Mention], places: Sequence[Place],
                   sentence_starts: Callable[[], Sequence[int]],
                   gazetteer: Gazetteer,
                   clause_of: Callable[[int], int] | None = None,
                   others: Collection[str] = ()) -> list[Place]:
    """Places for the NER place mentions that overlap no resolved place (see the module
    doc), in mention order. ``sentence_starts()``: character offsets, ascending (asked
    for only when some mention needs them); ``clause_of``: a character offset → an id of
    its clause (None: each sentence is one clause); ``others``: the names the article shows
    are no places (:func:`eventwire.geo.other_names.other_names`)."""
    taken = [(p.start, p.end) for p in places if p.start is not None and p.end is not None]
    anchors = sorted((p for p in places if p.start is not None and p.country
                      and p.precision in ANCHOR_PRECISIONS and p.lat is not None
                      and p.lon is not None), key=lambda p: p.start or 0)
    found: list[Place] = []
    centre: list[Place | None] = []  # the article's local centre, once asked for
    for start, end, span, label in mentions:
        if label not in UNKNOWN_LABELS or any(s < end and start < e for s, e in taken):
            continue
        lead = _LEADING_THE.match(span)
        if lead:
            start, span = start + lead.end(), span[lead.end():]
        # a generic noun beside a DESCRIBED name says what it is, whatever the NER made of it
        if not _acceptable(span, label, gazetteer) or (
                label != "DESCRIBED" and is_other_name(span, others, gazetteer)):
            continue
        starts = sentence_starts()
        i = bisect_right(starts, start) - 1
        sentence = (starts[i] if i >= 0 else 0,
                    starts[i + 1] if i + 1 < len(starts) else len(text))
        anchor, locates = _anchor(start, sentence, anchors, clause_of)
        if anchor is None:
            continue
        inside = [p for p in anchors if sentence[0] <= (p.start or 0) < sentence[1]]
        if PHYSICAL.search(span) and inside:
            # a river, lake or valley is named by the towns around it, whatever the clause:
            # the sentence's nearest town locates it; a state's or region's point does not
            towns = [p for p in inside if p.precision != "region"]
            if towns:
                anchor = min(towns, key=lambda p: abs((p.start or 0) - start))
            locates = bool(towns)
        elif MARINE.search(span) and not inside:
            # a sea, strait or island group in a sentence that names no place: the last town
            # named before it is no point of it; the article's local area (or country) is
            locates = False
        if not locates:
            if not centre:
                centre.append(local_centre(places))
            if centre[0] is not None:
                area = centre[0]
                found.append(Place(name=span, country=area.country, lat=area.lat, lon=area.lon,
                                   precision="region", start=start, end=end, basis="text",
                                   resolution="not in the gazetteer; placed at the article's "
                                              f"local centre, {area.name} ("
                                              + ("no place in its clause locates it)" if inside
                                                 else "its sentence names no place)")))
                taken.append((start, end))
                continue
            countries = {p.country for p in inside or anchors if (p.start or 0) < sentence[1]}
            if len(countries) == 1:
                found.append(Place(name=span, country=anchor.country, lat=None, lon=None,
                                   precision="country", start=start, end=end, basis="text",
                                   resolution=f"not in the gazetteer; in {anchor.country}, the "
                                              + ("country of the places in its sentence (none in "
                                                 "its clause locates it)" if inside else
                                                 "country of the article's places (its sentence "
                                                 "names none)")))
                taken.append((start, end))
            continue
        found.append(Place(name=span, country=anchor.country, lat=anchor.lat, lon=anchor.lon,
                           precision="site" if label != "GPE" else "city", start=start,
                           end=end, basis="text",
                           resolution=f"not in the gazetteer; placed at {anchor.name}, "
                                      "the known place named nearest to it"))
        taken.append((start, end))
    return found
