"""The reach of a long feature in the article's country.

A river, range, desert, large lake or disputed region that runs through several countries
has one curated point (``extra_places.tsv``, no country). A report on one of those
countries means the stretch there: "the Nile" in news from Sudan is the Sudanese Nile, not
the river's middle point; "the Andes" in a report from Peru are the Peruvian Andes. The
points of each country's reach are in ``feature_reaches.tsv``. The reach is taken when the
places named with the feature lie in exactly one of its countries: those of its own
sentence first, then the article's towns, then every place it names; where they lie in
several of its countries, the feature keeps its own point.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from eventwire.geo.entry import Entry
from eventwire.geo.gazetteer import DATA_DIR

REACHES_FILE = "feature_reaches.tsv"
Reach = tuple[str, float, float]  # ISO alpha-3, lat, lon


@cache
def reaches() -> dict[str, tuple[Reach, ...]]:
    """Feature name → its reaches, one per country."""
    table: dict[str, list[Reach]] = {}
    with open(DATA_DIR / REACHES_FILE, encoding="utf-8") as rows:
        for line in rows:
            if line.startswith("#") or not line.strip():
                continue
            name, country, lat, lon = line.rstrip("\n").split("\t")
            table.setdefault(name, []).append((country, float(lat), float(lon)))
    return {name: tuple(found) for name, found in table.items()}


def has_reaches(entry: Entry) -> bool:
    """Whether ``entry`` is a curated feature of several countries with reaches."""
    return not entry.country and entry.origin != "gazetteer" and entry.name in reaches()


def reach(entry: Entry, pools: Iterable[Iterable[str]]) -> Reach | None:
    """The reach of ``entry`` (a curated feature of several countries) where the article
    is set, or None. ``pools``: sets of countries, most telling first (those of the places
    named in the feature's own sentence, of the article's towns, of all its places): the
    first pool that holds one of the feature's countries decides, if it holds only one
    ("the Niger River near Ayorou" in a report on Mali and Niger is the reach in Niger;
    with Ayorou and Mopti in the same sentence it keeps its own point)."""
    own = reaches().get(entry.name) if has_reaches(entry) else None
    if not own:
        return None
    for pool in pools:
        countries = set(pool)
        inside = [r for r in own if r[0] in countries]
        if inside:
            return inside[0] if len(inside) == 1 else None
    return None
