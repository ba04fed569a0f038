"""Lists of places share their kind; organisations of continents are no places; a name
and its abbreviation that together name one place are one mention."""

from __future__ import annotations

from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.recognise import find_mentions
from ner_spans import ent


def read(text: str, gaz: Gazetteer, *names: str) -> list[tuple[str, str, str | None, str]]:
    mentions = find_mentions(text, [ent(text, n, "GPE") for n in names], gaz)
    return [(text[p.start or 0:p.end or 0], p.name, p.country, p.precision)
            for p in resolve_places(mentions, gaz, GeoContext(text=text))]


def test_a_list_of_states_is_read_as_states(gaz: Gazetteer) -> None:
    text = "Smoke from fires in Idaho, Montana and Washington closed schools on Friday."
    assert read(text, gaz, "Idaho", "Montana", "Washington") == [
        ("Idaho", "Idaho", "USA", "region"), ("Montana", "Montana", "USA", "region"),
        ("Washington", "Washington", "USA", "region")]


def test_a_comma_inside_a_list_of_states_is_no_town_and_state(gaz: Gazetteer) -> None:
    text = "Storms hit Texas, Oregon, Ohio and Indiana overnight."
    assert read(text, gaz, "Texas", "Oregon", "Ohio", "Indiana") == [
        ("Texas", "Texas", "USA", "region"), ("Oregon", "Oregon", "USA", "region"),
        ("Ohio", "Ohio", "USA", "region"), ("Indiana", "Indiana", "USA", "region")]
    town = "The plant in Oregon, Ohio, closed last week."
    assert read(town, gaz, "Oregon", "Ohio") == [
        ("Oregon", "Oregon", "USA", "city"), ("Ohio", "Ohio", "USA", "region")]


def test_a_list_of_countries_is_read_as_countries(gaz: Gazetteer) -> None:
    text = "Ministers from Mali, Niger and Chad met in Rome."
    got = read(text, gaz, "Mali", "Niger", "Chad", "Rome")
    assert [g[1:] for g in got[:3]] == [("Mali", "MLI", "country"), ("Niger", "NER", "country"),
                                        ("Chad", "TCD", "country")]


def test_a_body_of_a_continent_is_no_place(gaz: Gazetteer) -> None:
    text = "The Council of Europe and the Government of Chile disagreed."
    ents = [ent(text, "The Council of Europe", "ORG"), ent(text, "the Government of Chile", "ORG")]
    assert [(m[2], m[3]) for m in find_mentions(text, ents, gaz)] == [("Chile", "CUE")]


def test_a_town_and_its_abbreviation_that_name_one_place(gaz: Gazetteer) -> None:
    text = "Crews flew from Boise to Washington, D.C. and on to Reno, Nev. on Monday."
    ents = [ent(text, n, "GPE") for n in ("Boise", "Washington", "D.C.", "Reno")]
    assert [(m[2], m[3]) for m in find_mentions(text, ents, gaz)] == [
        ("Boise", "GPE"), ("Washington, D.C.", "GPE"), ("Reno", "GPE"), ("Nev.", "ABBR")]


def test_a_dateline_state_is_placed_once(engine) -> None:  # type: ignore[no-untyped-def]
    text = "MACON, Ga. — A water main broke downtown on Friday, the city said."
    report = engine.analyse_text(text, origin="test")
    assert [(text[p.start:p.end], p.name, p.basis) for p in report.places] == [
        ("MACON", "Macon", "dateline"), ("Ga.", "Georgia", "dateline")]
