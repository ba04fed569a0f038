"""What an article tells the resolver about where it is set."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from eventwire.geo.entry import Entry
from eventwire.geo.gazetteer import Gazetteer

SUBNATIONAL = frozenset({"city", "region", "site"})


@dataclass(frozen=True)
class GeoContext:
    """Article-level hints supplied by the caller.

    ``countries``: ISO alpha-3 codes in focus (e.g. from actors) with mention counts;
    ``dateline``: the dateline place as written ("TEHRAN"), if any; ``source_country``:
    ISO alpha-3 of the publisher, if known; ``text``: the article text, used only to
    read cue words next to a toponym ("Washington state", "the state of Georgia");
    ``named_by``: for a country of ``countries``, the folded names of the mentions that
    put it there (a name gives no evidence for itself: "Lebanon" in Pennsylvania news is
    not about the country because an actor stage read the same word as the country).
    """

    countries: Mapping[str, int] = field(default_factory=dict)
    named_by: Mapping[str, frozenset[str]] = field(default_factory=dict)
    dateline: str | None = None
    source_country: str | None = None
    text: str = ""


@dataclass(frozen=True)
class Focus:
    """Evidence from the rest of the article, used to rank candidates."""

    countries: frozenset[str] = frozenset()  # countries mentioned or in focus
    local: frozenset[str] = frozenset()  # countries with a non-capital place mentioned
    admin1: frozenset[str] = frozenset()  # first-level regions of those places
    # each such region's share of the mentions, against the most mentioned one (1.0)
    admin1_share: Mapping[str, float] = field(default_factory=dict)
    near: frozenset[str] = frozenset()  # neighbours of focus countries, regions' countries
    source: str | None = None
    # points (lat, lon) of the towns and sites resolved in the article (and the dateline's)
    points: tuple[tuple[float, float], ...] = ()


def without_own_name(context: GeoContext, key: str) -> GeoContext:
    """``context`` less the countries that only mentions of the name ``key`` put in it."""
    own = [c for c, keys in context.named_by.items() if keys and keys <= {key}]
    if not own:
        return context
    return replace(context, countries={c: n for c, n in context.countries.items()
                                       if c not in own})


def _is_local(entry: Entry) -> bool:
    return entry.precision in SUBNATIONAL and not entry.capital and bool(entry.country)


def build_focus(context: GeoContext, gazetteer: Gazetteer,
                places: Iterable[Entry | None]) -> Focus:
    """Focus from the caller's context plus places already resolved in the article."""
    found = [p for p in places if p is not None]
    countries = {c for c, n in context.countries.items() if n > 0}
    countries |= {p.country for p in found if p.country}
    local = [p for p in found if _is_local(p)]
    counts = Counter(p.admin1 for p in local if p.admin1)
    top = max(counts.values(), default=1)
    near = {n for p in found for n in p.near}
    for code in countries:
        country = gazetteer.country(code)
        near.update(country.near if country else ())
    return Focus(countries=frozenset(countries),
                 local=frozenset(p.country for p in local if p.country),
                 admin1=frozenset(counts),
                 admin1_share={a: n / top for a, n in counts.items()},
                 near=frozenset(near), source=context.source_country,
                 points=tuple(sorted({(round(p.lat, 1), round(p.lon, 1)) for p in local
                                      if p.precision != "region"})))
