"""Place names found by what the text says they are (issue 12, recall), known to the
gazetteer or not: a generic noun beside the name ("the village of X", "X, a hamlet near
Y", "the X neighbourhood of Y", "X Square in Y", "X Local Government Area"), and a
volcano's bare name in a sentence about an eruption. All sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.geo import Gazetteer
from eventwire.geo.described import described_spans, volcano_spans
from ner_spans import ent


def names(analyse: Callable[[str], dict], text: str) -> list[tuple[str, str, str | None]]:
    report = analyse(text)
    return [(text[p["start"]:p["end"]], p["name"], p["country"]) for p in report["places"]
            if p.get("start") is not None]


def test_a_neighbourhood_of_a_city_is_placed_at_the_city(
        analyse: Callable[[str], dict]) -> None:
    text = "The storm damaged homes in the Kibera neighbourhood of Nairobi and flooded roads."
    assert names(analyse, text) == [("Kibera", "Kibera", "KEN"), ("Nairobi", "Nairobi", "KEN")]


def test_an_apposition_names_a_neighbourhood(analyse: Callable[[str], dict]) -> None:
    text = "Clashes broke out in Sheikh Jarrah, an East Jerusalem neighbourhood, on Friday."
    assert names(analyse, text)[0] == ("Sheikh Jarrah", "Sheikh Jarrah", "PSE")


def test_a_square_in_a_city(analyse: Callable[[str], dict]) -> None:
    text = "Protesters gathered in Tahrir Square in Cairo on Friday."
    assert names(analyse, text) == [("Tahrir Square", "Tahrir Square", "EGY"),
                                    ("Cairo", "Cairo", "EGY")]


def test_a_division_with_its_generic_words(analyse: Callable[[str], dict]) -> None:
    text = ("Floods cut off Kogi, and in Lokoja Local Government Area more than 3,000 "
            "families were displaced, officials said.")
    assert ("Lokoja", "Lokoja", "NGA") in names(analyse, text)


def test_an_erupting_volcano_by_its_bare_name(analyse: Callable[[str], dict]) -> None:
    text = "Kilauea erupted again on Sunday, sending lava toward homes, scientists said."
    assert names(analyse, text) == [("Kilauea", "Mount Kilauea", "USA")]


def test_people_and_groups_are_not_described_places(gaz: Gazetteer) -> None:
    text = ("Ahmed Karim, a village elder, said Sarah Jones, a city councillor, had left. "
            "The Alawite neighbourhood was calm.")
    everything = {i for i, c in enumerate(text) if c.isupper()}
    ents = [ent(text, "Ahmed Karim", "PERSON"), ent(text, "Sarah Jones", "PERSON"),
            ent(text, "Alawite", "NORP")]
    assert described_spans(text, ents, gaz, everything.__contains__) == []


def test_described_forms(gaz: Gazetteer) -> None:
    text = ("Gunmen raided the village of Kafr Dabeel, then Sobane Tora, a hamlet near "
            "Bankass, and fled to Dangara village.")
    everything = {i for i, c in enumerate(text) if c.isupper()}
    assert [m[2] for m in described_spans(text, [], gaz, everything.__contains__)] == [
        "Kafr Dabeel", "Sobane Tora", "Dangara"]


def test_no_volcano_without_an_eruption(gaz: Gazetteer) -> None:
    assert volcano_spans("Kilauea Smith signed for the club on Sunday.", [], gaz) == []
    text = "Ash from Kanlaon erupted over Negros."
    assert volcano_spans(text, [], gaz) == [(9, 16, "Kanlaon volcano", "FEATURE")]


def test_residents_of_listed_places(gaz: Gazetteer) -> None:
    text = ("Residents of Kanyama, Chawama and Misisi queued for water; residents of Smith "
            "Tower and of Mr Brown's street did not.")
    everything = {i for i, c in enumerate(text) if c.isupper()}
    assert [m[2] for m in described_spans(text, [], gaz, everything.__contains__)] == [
        "Kanyama", "Chawama", "Misisi"]


def test_villagers_in_an_unknown_place_near_a_city(analyse: Callable[[str], dict]) -> None:
    text = "Villagers in Nkolbisson, on the edge of Yaounde, dug through the mud with their hands."
    assert names(analyse, text) == [("Nkolbisson", "Nkolbisson", "CMR"),
                                    ("Yaounde", "Yaoundé", "CMR")]


def test_an_island_named_with_its_lower_case_word(analyse: Callable[[str], dict]) -> None:
    # the NER tags "Sumba" NORP; peoples name villages, not islands
    text = "A ferry sank off Sumba island on Monday, and rescuers from Kupang searched the waters."
    assert [n for n, _, _ in names(analyse, text)] == ["Sumba", "Kupang"]
