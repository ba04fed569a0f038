"""Names the gazetteer lacks, in local news: placed in the article's local area.

Local reporting names villages, townships, creeks and neighbourhoods no gazetteer of
towns of 1,000+ people holds ("Gratiot", "Perry Township", "Kafr Nabouda"). When the NER
labels such a name a place, the words around it say so ("the village of", a feature word
such as "Township" or "Creek", a list with placed towns; a bare "in" or "near" does not)
and the article's other places lie close together (its local area: half of them within
150 km of their medoid), the name is placed at that medoid, with precision "region" (the
point is the area's, not the village's), no GeoNames id and a resolution that says so.
Articles that range widely (business, world news) get no such places: a name the
gazetteer lacks is then left out, as before.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from eventwire.geo.gazetteer import Gazetteer
from eventwire.models import Place

Mention = tuple[int, int, str, str]  # start, end, text, label
LOCAL_KM = 150.0
AREA_LABELS = frozenset({"GPE", "LOC"})
# "the village of X", "in X", "near X", "X Township", "X village"
# A bare preposition ("in", "toward") is no evidence of a local place: "in the Rust
# Belt", "toward Trumpland", "in North Darfur" (a region far from the local centre).
_BEFORE = re.compile(
    r"(?:\b(?i:village of|town of|hamlet of|community of|district of|township of|suburb of|"
    r"villages of|towns of|communities of)\s+(?:the\s+)?)$")
_LISTED = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_WORD_IN_OR_AFTER = re.compile(
    r"\b(?:Township|County|Parish|District|Village|village|town|township|district|area|"
    r"River|Creek|Valley|Forest|Hills?|Mountains?|Lake|Bay|Island|Islands|Heights|Camp)\b")
_SHAPE = re.compile(r"^(?:[A-Z][\w'’-]*|al-\w+|el-\w+|de|del|do|da|la|le|ash|an|as|ad|at)"
                    r"(?:\s(?:[A-Z][\w'’-]*|al-\w+|el-\w+|de|del|do|da|la|le))*$")


def _km(a: Place, b: Place) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def local_centre(places: Sequence[Place]) -> Place | None:
    """The medoid of the article's sub-national place mentions (repeats count) when at
    least half of them, and at least three, lie within 150 km of it; else None."""
    local = [p for p in places if p.precision != "country" and p.lat is not None
             and p.lon is not None]
    if len(local) < 3:
        return None
    best = min(local, key=lambda p: sum(_km(p, q) for q in local))
    near = sum(1 for q in local if _km(best, q) <= LOCAL_KM)
    return best if near >= max(3, (len(local) + 1) // 2) else None


def area_places(text: str, mentions: Sequence[Mention], places: Sequence[Place],
                gazetteer: Gazetteer, people: Sequence[str] = ()) -> list[Place]:
    """Places at the article's local centre for NER place names the gazetteer lacks;
    ``people``: the article's person names (a word of one is no village: "Peskov")."""
    person_words = {w for name in people for w in name.split()}
    taken = [(p.start, p.end) for p in places if p.start is not None and p.end is not None]
    loose = [m for m in mentions if m[3] in AREA_LABELS
             and not any(s < m[1] and m[0] < e for s, e in taken)]
    if not loose:
        return []
    centre = local_centre(places)
    if centre is None:
        return []
    found = []
    for start, end, span, _ in loose:
        name = re.sub(r"^(?:the|The)\s+", "", span)
        start += len(span) - len(name)
        name = re.sub(r"['’]s$", "", name)
        end = start + len(name)
        if len(name) < 4 or not _SHAPE.match(name) or name.isupper() or name in person_words \
                or gazetteer.is_never_a_place(name) or gazetteer.candidates(name):
            continue
        before, after = text[max(0, start - 40):start], text[end:end + 20]
        listed = any(_LISTED.match(text[e:start]) for s, e in taken if 0 < start - e <= 6) \
            or any(_LISTED.match(text[end:s]) for s, e in taken if 0 < s - end <= 6)
        if not (listed or _BEFORE.search(before) or _WORD_IN_OR_AFTER.search(name)
                or _WORD_IN_OR_AFTER.match(after.lstrip())):
            continue
        found.append(Place(name, centre.country, centre.lat, centre.lon, "region", None,
                           start, end, "text",
                           f"not in the gazetteer; placed at the article's local centre, "
                           f"{centre.name} (its places lie within {LOCAL_KM:.0f} km)"))
    return found
