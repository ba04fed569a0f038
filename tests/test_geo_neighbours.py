"""Ambiguous names read together (session 12, issue 12): when no reading of two names is
confident, the namesakes that lie near each other are meant ("Carlisle, Penrith and
Keswick" in Cumbria, though each has a bigger namesake abroad). Our own passages."""

from __future__ import annotations

from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.recognise import find_mentions
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


def test_names_far_apart_keep_their_own_readings(gaz: Gazetteer) -> None:
    text = "The festival moves from Perth to Toronto next year, organisers said."
    assert read(text, gaz, ["Perth", "Toronto"]) == [
        ("Perth", "Perth", "AUS"), ("Toronto", "Toronto", "CAN")]
