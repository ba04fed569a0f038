"""One gazetteer record and its conversion to the ``Place`` the pipeline reports."""

from __future__ import annotations

from typing import NamedTuple

from eventwire.geo.names import fold, mention_key
from eventwire.models import Place, PlacePrecision


class Entry(NamedTuple):
    """A place the gazetteer knows (immutable; a named tuple because ~38,000 are built
    at load and tuples are created three times faster than frozen dataclasses).
    ``preferred`` holds the folded names a curated or user file listed for it: those
    readings win over plain GeoNames matches."""

    name: str
    precision: PlacePrecision
    country: str | None  # ISO alpha-3, None for places spanning several countries
    lat: float
    lon: float
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None  # GeoNames "CC.code" of the first-level region
    capital: bool = False
    aliases: tuple[str, ...] = ()
    near: tuple[str, ...] = ()  # ISO alpha-3 neighbours / countries a region concerns
    preferred: frozenset[str] = frozenset()
    origin: str = "gazetteer"  # file the entry came from
    lookup: tuple[str, ...] = ()  # precomputed folded names, primary first (built data)
    feature: str = ""  # capital|admin2|airport|continent, or "" (built data)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def lookup_keys(self) -> tuple[str, ...]:
        """Folded names under which the gazetteer indexes this entry, primary first."""
        if self.lookup:
            return self.lookup
        folded = dict.fromkeys(key for name in self.names
                               for key in (fold(name), mention_key(name)))
        return tuple(key for key in folded if key)

    @property
    def keys(self) -> tuple[tuple[object, ...], ...]:
        """Identities used to merge a curated or user row into an existing entry."""
        if self.precision == "country" and self.country:
            return (("country", self.country),)
        by_name = (self.precision, self.country, self.lookup_keys[0])
        return (("id", self.geonameid), by_name) if self.geonameid else (by_name,)

    def merged_over(self, old: Entry) -> Entry:
        """This entry replacing ``old``: old names stay as aliases, gaps are inherited.
        Only the row's aliases become preferred readings (its name may be the old one:
        correcting the point of "New York" state must not make "New York" the state)."""
        seen = set(self.lookup_keys)
        extra = tuple(key for key in old.lookup_keys if key not in seen)
        preferred = frozenset(fold(alias) for alias in self.aliases) & self.preferred
        return self._replace(
            aliases=self.aliases + extra, lookup=(), preferred=preferred,
            population=self.population or old.population,
            geonameid=self.geonameid or old.geonameid,
            admin1=self.admin1 or old.admin1, capital=self.capital or old.capital,
            near=self.near or old.near)

    def to_place(self, start: int | None = None, end: int | None = None,
                 basis: str | None = None) -> Place:
        return Place(name=self.name, country=self.country, lat=self.lat, lon=self.lon,
                     precision=self.precision, geonameid=self.geonameid,
                     start=start, end=end, basis=basis)
