"""A division the text puts in a country (session 13, issue 12): "Cameroon's North-West
region" is not South Africa's North-West province because the gazetteer has no Cameroonian
region of that name; a division that the country does have keeps its reading. Our own
passages."""

from __future__ import annotations

from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.recognise import find_mentions
from ner_spans import ent


def read(text: str, gaz: Gazetteer, names: list[str]) -> list[tuple[str, str, str | None]]:
    mentions = find_mentions(text, [ent(text, n, "GPE") for n in names], gaz)
    return [(text[p.start or 0:p.end or 0], p.name, p.country)
            for p in resolve_places(mentions, gaz, GeoContext(text=text))]


def test_a_countrys_region_the_gazetteer_lacks_is_not_its_namesake_abroad(
        gaz: Gazetteer) -> None:
    text = ("Heavy rain caused landslides in Bamenda, the capital of Cameroon's North-West "
            "region, and roads to Kumbo were closed.")
    assert read(text, gaz, ["Bamenda", "Cameroon", "North-West"]) == [
        ("Bamenda", "Bamenda", "CMR"), ("Cameroon", "Cameroon", "CMR")]


def test_a_countrys_region_the_gazetteer_has_keeps_its_reading(gaz: Gazetteer) -> None:
    text = "Troops were sent to Ethiopia's Tigray region after the clashes."
    assert read(text, gaz, ["Ethiopia", "Tigray"]) == [
        ("Ethiopia", "Ethiopia", "ETH"), ("Tigray", "Tigray", "ETH")]
    text = "Wildfires spread in Chile's Biobío region, and Concepción declared an emergency."
    assert read(text, gaz, ["Chile", "Biobío", "Concepción"])[1] == (
        "Biobío", "Biobio", "CHL")
