"""Ranking the gazetteer candidates of one toponym.

A candidate's score is its population prior (log10 of its population, at least 3;
a fixed value per precision for curated places given without one) plus bonuses, all
in the same "orders of magnitude" unit:

* a country name almost always means the country (COUNTRY);
* the name is the entry's own name, not an alternate (PRIMARY);
* national capitals are named far more often than their namesakes (CAPITAL);
* a curated or user file lists the name for this entry (PREFERRED);
* article focus: the country itself is in focus (FOCUS_COUNTRY) or a neighbour is
  (NEAR); for sub-national places, another non-capital place in the same first-level
  region (ADMIN1) or country (LOCAL) is mentioned, or the country is in focus
  (IN_FOCUS), or is the publisher's (SOURCE);
* a cue word fits ("Washington state" → region, "Gaza city" → city; datelines name
  cities) (CUE);
* a town or site near the towns the article has placed (PROXIMITY, fading to nothing at
  PROXIMITY_KM): of two namesakes the one among the article's other places is meant
  ("Mount Vernon" beside Evansville and Henderson is the one on the Ohio);
* a region whose same-named city holds a sizeable share of its population (Tehran,
  New York) yields to the city unless cued or preferred (SHADOW penalty).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from eventwire.geo.context import Focus
from eventwire.geo.entry import Entry

MIN_PRIOR = 3.0
# Prior of curated places given without a population (seas, disputed areas, sites).
UNKNOWN_POPULATION_PRIOR = {"country": 6.0, "region": 6.0, "site": 5.0, "city": 4.5}
COUNTRY = 3.0
PRIMARY = 0.5
PREFERRED = 3.0
CAPITAL = 1.0
FOCUS_COUNTRY = 4.0
NEAR = 1.0
ADMIN1 = 3.0
LOCAL = 2.0
IN_FOCUS = 2.0
SOURCE = 0.5
CUE = 3.0
SHADOW = 3.0
SHADOW_SHARE = 0.05
CONFIDENT = 1.0  # lead over the runner-up for a place to count as context for others
PROXIMITY = 1.5
PROXIMITY_NEAR_KM = 50.0
PROXIMITY_KM = 250.0
AIRPORT_PRIOR = 4.3  # an airport outranks villages, not towns of 20,000+


@dataclass(frozen=True)
class Query:
    key: str  # folded toponym
    cue: str | None = None  # "region" or "city" when a cue word says so
    dateline: bool = False
    note: str | None = None  # words in the text that restricted the candidates


def prior(entry: Entry) -> float:
    if entry.feature == "airport":
        return AIRPORT_PRIOR
    if entry.population <= 0:
        return UNKNOWN_POPULATION_PRIOR.get(entry.precision, MIN_PRIOR)
    return max(MIN_PRIOR, math.log10(entry.population))


def focus_bonus(entry: Entry, focus: Focus) -> float:
    if entry.precision == "country":
        if entry.country in focus.countries:
            return FOCUS_COUNTRY
        return NEAR if entry.country in focus.near else 0.0
    # a region the article names once among many places of another counts for less (down
    # to half):
    # "Logan" in Ohio county news that once names "Washington, Pa." is Logan, Ohio
    bonus = ADMIN1 * (0.5 + 0.5 * focus.admin1_share.get(entry.admin1, 1.0)) \
        if entry.admin1 and entry.admin1 in focus.admin1 else 0.0
    if entry.country in focus.local:
        bonus += LOCAL
    elif entry.country in focus.countries:
        bonus += IN_FOCUS
    if entry.country and entry.country == focus.source:
        bonus += SOURCE
    return bonus


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance, equirectangular approximation (good to ~1% under 500 km)."""
    x = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    y = math.radians(b[0] - a[0])
    return 6371.0 * math.hypot(x, y)


def proximity_bonus(entry: Entry, focus: Focus) -> float:
    """PROXIMITY for a town or site within PROXIMITY_NEAR_KM of a town the article places,
    fading linearly to 0 at PROXIMITY_KM."""
    if entry.precision not in ("city", "site") or not focus.points:
        return 0.0
    here = (entry.lat, entry.lon)
    nearest = min(distance_km(here, p) for p in focus.points)
    if nearest >= PROXIMITY_KM:
        return 0.0
    if nearest <= PROXIMITY_NEAR_KM:
        return PROXIMITY
    return PROXIMITY * (PROXIMITY_KM - nearest) / (PROXIMITY_KM - PROXIMITY_NEAR_KM)


def cue_bonus(entry: Entry, query: Query) -> float:
    if query.cue and entry.precision == query.cue:
        return CUE
    if query.dateline and entry.precision in ("city", "site"):
        return CUE
    return 0.0


def shadowed(entry: Entry, query: Query, candidates: Sequence[Entry]) -> bool:
    """A region whose same-named city is a sizeable part of it: the city is meant. The
    city must lie in that region (Tehran in Tehran province, Odesa in Odesa oblast): a
    town elsewhere in the country that shares the name ("Wyoming", Michigan) or has it as
    an alternate ("Maine" for Des Plaines, Illinois) is no part of the state; and a city
    called "X City" is not what a bare "X" names ("Oklahoma" is the state)."""
    if entry.precision != "region" or query.cue == "region" or query.key in entry.preferred:
        return False
    floor = entry.population * SHADOW_SHARE
    return any(c.precision == "city" and c.country == entry.country
               and c.population >= floor
               and c.lookup_keys[0] != f"{query.key} city"
               and (not c.admin1 or not entry.admin1 or c.admin1 == entry.admin1)
               for c in candidates)


def capital_rival(entry: Entry, query: Query, focus: Focus,
                  candidates: Sequence[Entry]) -> bool:
    """Another candidate is, by its own name, the national capital of a country the
    article names, in another country than ``entry``: places named in ``entry``'s region
    do not move the capital across the border ("Islamabad denied it" next to Pahalgam in
    Indian-held Kashmir is Pakistan's capital, not Anantnag's alternate name)."""
    return not entry.capital and any(
        c.capital and c.country in focus.countries and c.country != entry.country
        and c.lookup_keys[0] == query.key for c in candidates)


def score(entry: Entry, query: Query, focus: Focus, candidates: Sequence[Entry],
          near: bool = True) -> float:
    if capital_rival(entry, query, focus, candidates):
        focus = replace(focus, admin1=frozenset(), local=frozenset())
    total = prior(entry) + focus_bonus(entry, focus) + cue_bonus(entry, query)
    if near and len(candidates) > 1:
        total += proximity_bonus(entry, focus)
    if entry.precision == "country":
        total += COUNTRY
    if entry.capital:
        total += CAPITAL
    if entry.lookup_keys[0] == query.key:
        total += PRIMARY
    if query.key in entry.preferred:
        total += PREFERRED
    if shadowed(entry, query, candidates):
        total -= SHADOW
    return total


def choose(candidates: Sequence[Entry], query: Query, focus: Focus) -> Entry | None:
    """The best-scoring candidate (ties: larger population, then gazetteer order)."""
    best = confident(candidates, query, focus, 0.0)
    return best


def confident(candidates: Sequence[Entry], query: Query, focus: Focus,
              margin: float = CONFIDENT) -> Entry | None:
    """The best candidate when it leads the runner-up by ``margin`` (or stands alone)."""
    if not candidates:
        return None
    ranked = sorted(((score(c, query, focus, candidates), c.population, -i), c)
                    for i, c in enumerate(candidates))
    if len(ranked) > 1 and margin > 0 and ranked[-1][0][0] - ranked[-2][0][0] < margin:
        return None
    return ranked[-1][1]


def _decided_by_proximity(entry: Entry, query: Query, focus: Focus,
                          candidates: Sequence[Entry]) -> bool:
    """Whether another candidate would win without the proximity bonus."""
    ranked = max(((score(c, query, focus, candidates, near=False), c.population, -i), c)
                 for i, c in enumerate(candidates))
    return ranked[1] is not entry


def explain(entry: Entry, query: Query, focus: Focus, candidates: Sequence[Entry]) -> str:
    """The evidence for choosing ``entry`` among ``candidates``, in words."""
    reasons = []
    if query.note:
        reasons.append(query.note)
    if len(candidates) == 1:
        reasons.append("only candidate")
    else:
        if query.key in entry.preferred:
            reasons.append("preferred reading")
        if entry.precision == "country":
            reasons.append("country name")
        if entry.capital:
            reasons.append("national capital")
        if cue_bonus(entry, query):
            reasons.append("dateline names a town" if query.dateline and not query.cue
                           else f"cue word: {query.cue}")
        if entry.admin1 and entry.admin1 in focus.admin1 and entry.precision != "country":
            reasons.append(f"article names places in {entry.admin1}")
        elif entry.country in focus.countries:
            reasons.append(f"article is about {entry.country}")
        elif entry.country in focus.near:
            reasons.append(f"neighbour of {', '.join(sorted(focus.countries)) or 'focus'}")
        if entry.country and entry.country == focus.source:
            reasons.append("publisher's country")
        if proximity_bonus(entry, focus) and _decided_by_proximity(entry, query, focus,
                                                                   candidates):
            reasons.append("near the article's other places")
        reasons.append(f"{len(candidates)} candidates")
    if entry.population > 0:
        reasons.append(f"population {entry.population:,}")
    elif entry.feature:
        reasons.append(entry.feature)
    return "; ".join(reasons)
