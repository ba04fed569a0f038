"""One gazetteer record and its conversion to the ``Place`` the pipeline reports."""

from __future__ import annotations

from dataclasses import dataclass, replace

from eventwire.geo.names import fold
from eventwire.models import Place


@dataclass(frozen=True, slots=True)
class Entry:
    """A place the gazetteer knows. ``preferred`` holds the folded names a curated or
    user file listed for it: those readings win over plain GeoNames matches."""

    name: str
    precision: str  # city|region|country|site
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

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def keys(self) -> tuple[tuple[object, ...], ...]:
        """Identities used to merge a curated or user row into an existing entry."""
        if self.precision == "country" and self.country:
            return (("country", self.country),)
        by_name = (self.precision, self.country, fold(self.name))
        return (("id", self.geonameid), by_name) if self.geonameid else (by_name,)

    def merged_over(self, old: Entry) -> Entry:
        """This entry replacing ``old``: old names stay as aliases, gaps are inherited."""
        seen = {fold(n) for n in self.names}
        extra = tuple(n for n in old.names if fold(n) not in seen)
        return replace(
            self, aliases=self.aliases + extra,
            population=self.population or old.population,
            geonameid=self.geonameid or old.geonameid,
            admin1=self.admin1 or old.admin1, capital=self.capital or old.capital,
            near=self.near or old.near)

    def to_place(self, start: int | None = None, end: int | None = None,
                 basis: str | None = None) -> Place:
        return Place(name=self.name, country=self.country, lat=self.lat, lon=self.lon,
                     precision=self.precision, geonameid=self.geonameid,
                     start=start, end=end, basis=basis)
