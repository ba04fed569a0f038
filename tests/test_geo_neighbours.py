"""Ambiguous names (session 12, issue 12): when no reading of two names is confident, the
namesakes that lie near each other are meant ("Carlisle, Penrith and Keswick" in Cumbria,
though each has a bigger namesake abroad); a state keeps its name against a town outside
it ("Maine", "Wyoming") and against a city called "X City". Our own passages."""

from __future__ import annotations

from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.context import Focus
from eventwire.geo.recognise import find_mentions
from eventwire.geo.resolve import lookup, neighbours
from ner_spans import ent


def read(text: str, gaz: Gazetteer, names: list[str]) -> list[tuple[str, str, str | None]]:
    mentions = find_mentions(text, [ent(text, n, "GPE") for n in names], gaz)
    return [(text[p.start or 0:p.end or 0], p.name, p.country)
            for p in resolve_places(mentions, gaz, GeoContext(text=text))]


def test_three_towns_with_bigger_namesakes_abroad_lie_together(gaz: Gazetteer) -> None:
    text = "Flood warnings were issued for Carlisle, Penrith and Keswick on Tuesday."
    assert read(text, gaz, ["Carlisle", "Penrith", "Keswick"]) == [
        ("Carlisle", "Carlisle", "GBR"), ("Penrith", "Penrith", "GBR"),
        ("Keswick", "Keswick", "GBR")]


def test_two_towns_alone_lie_together_too(gaz: Gazetteer) -> None:
    text = "Buses ran late in Carlisle and Keswick on Monday."
    assert read(text, gaz, ["Carlisle", "Keswick"]) == [
        ("Carlisle", "Carlisle", "GBR"), ("Keswick", "Keswick", "GBR")]


def test_names_whose_towns_lie_far_apart_get_no_reading_from_each_other(
        gaz: Gazetteer) -> None:
    text = "Buses ran late in Athlone and Keswick on Monday."
    looked = [lookup(gaz, ent(text, name, "GPE"), text) for name in ("Athlone", "Keswick")]
    assert neighbours(looked, [None, None], Focus()) == [None, None]


def test_a_state_is_not_shadowed_by_a_town_outside_it(gaz: Gazetteer) -> None:
    # GeoNames lists "Maine" as another name of Des Plaines, Illinois, and a Wyoming lies in
    # Michigan: neither is part of the state, so the state keeps its name
    text = "Lobster boats stayed in port in Maine, and ranchers in Wyoming sold cattle early."
    assert read(text, gaz, ["Maine", "Wyoming"]) == [
        ("Maine", "Maine", "USA"), ("Wyoming", "Wyoming", "USA")]
    assert [p.precision for p in resolve_places(
        find_mentions(text, [ent(text, n, "GPE") for n in ("Maine", "Wyoming")], gaz), gaz,
        GeoContext(text=text))] == ["region", "region"]


def test_a_bare_name_is_the_state_not_the_city_called_after_it(gaz: Gazetteer) -> None:
    text = "Tornadoes struck Oklahoma on Sunday, and Tehran reported an earthquake."
    mentions = find_mentions(text, [ent(text, n, "GPE") for n in ("Oklahoma", "Tehran")], gaz)
    assert [(p.name, p.country, p.precision)
            for p in resolve_places(mentions, gaz, GeoContext(text=text))] == [
        ("Oklahoma", "USA", "region"), ("Tehran", "IRN", "city")]
