"""Toponyms the NER labels as places that the gazetteer does not know (a village, a
valley, a camp): placed at the known place named nearest to them.

Real news names many places no offline gazetteer holds ("Kelendougou, a hamlet near
Bankass", "the Ndomo Valley"). Dropping them loses recall; guessing a namesake abroad
loses accuracy. A name the NER reads as a place (GPE or LOC; FAC only for a natural
feature: "the Border Ranges") is kept and given the point of the nearest resolved town,
region or site (with a country) in its sentence, else of the last one named before it:
the place the report itself locates it by. Its ``resolution`` says so; it has no
GeoNames id. Roads, streets and buildings, demonyms, listed non-places, acronyms and
names with digits are never taken.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from eventwire.geo.gazetteer import Gazetteer
from eventwire.models import Place

Mention = tuple[int, int, str, str]
UNKNOWN_LABELS = frozenset({"GPE", "LOC", "FAC"})
# a FAC span is a place only as a natural feature or a settlement-like site
NATURAL = re.compile(
    r"\b(?:River|Valley|Lake|Lough|Loch|Mountains?|Mount|Range|Ranges|Gulf|Bay|Point|"
    r"Islands?|Hills?|Forest|Desert|Plains?|Plateau|Coast|Strait|Delta|Basin|Peninsula|"
    r"Pass|Gap|Sea|Ocean|Reservoir|Falls|Crossing|Camp)\b")
BUILT = re.compile(
    r"\b(?:Street|St|Road|Rd|Avenue|Ave|Highway|Hwy|Freeway|Motorway|Expressway|Interstate|"
    r"Route|Boulevard|Lane|Drive|Bridge|Square|Hospital|School|College|University|Stadium|"
    r"Airport|Station|Church|Mosque|Temple|Hotel|Mall|Market|Prison|Building|Tower|Park)\b")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
ANCHOR_PRECISIONS = frozenset({"city", "region", "site"})


def _acceptable(name: str, label: str, gazetteer: Gazetteer) -> bool:
    if not name[:1].isupper() or any(ch.isdigit() for ch in name) or len(name) < 3:
        return False
    if name.isupper() and len(name) <= 5:  # an acronym
        return False
    if gazetteer.is_never_a_place(name) or BUILT.search(name):
        return False
    return label != "FAC" or bool(NATURAL.search(name))


def _anchor(start: int, sentence: tuple[int, int], anchors: Sequence[Place]) -> Place | None:
    """The resolved town, region or site nearest ``start`` in its sentence, else the last one
    named before the sentence."""
    inside = [p for p in anchors if sentence[0] <= (p.start or 0) < sentence[1]]
    if inside:
        return min(inside, key=lambda p: abs((p.start or 0) - start))
    before = [p for p in anchors if (p.start or 0) < sentence[0]]
    return before[-1] if before else None


def unknown_places(text: str, mentions: Sequence[Mention], places: Sequence[Place],
                   sentence_starts: Callable[[], Sequence[int]],
                   gazetteer: Gazetteer) -> list[Place]:
    """Places for the NER place mentions that overlap no resolved place (see the module
    doc), in mention order. ``sentence_starts()``: character offsets, ascending (asked
    for only when some mention needs them)."""
    taken = [(p.start, p.end) for p in places if p.start is not None and p.end is not None]
    anchors = sorted((p for p in places if p.start is not None and p.country
                      and p.precision in ANCHOR_PRECISIONS and p.lat is not None
                      and p.lon is not None), key=lambda p: p.start or 0)
    found: list[Place] = []
    for start, end, span, label in mentions:
        if label not in UNKNOWN_LABELS or any(s < end and start < e for s, e in taken):
            continue
        lead = _LEADING_THE.match(span)
        if lead:
            start, span = start + lead.end(), span[lead.end():]
        if not _acceptable(span, label, gazetteer):
            continue
        starts = sentence_starts()
        i = bisect_right(starts, start) - 1
        sentence = (starts[i] if i >= 0 else 0,
                    starts[i + 1] if i + 1 < len(starts) else len(text))
        anchor = _anchor(start, sentence, anchors)
        if anchor is None:
            continue
        found.append(Place(name=span, country=anchor.country, lat=anchor.lat, lon=anchor.lon,
                           precision="site" if label != "GPE" else "city", start=start,
                           end=end, basis="text",
                           resolution=f"not in the gazetteer; placed at {anchor.name}, "
                                      "the known place named nearest to it"))
        taken.append((start, end))
    return found
