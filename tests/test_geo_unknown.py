"""Names outside every NER entity read by their context, and NER place names the
gazetteer lacks placed at the known place the report locates them by."""

from __future__ import annotations

from eventwire.geo import Gazetteer
from eventwire.geo.recognise import find_mentions
from eventwire.geo.unknown import unknown_places
from eventwire.models import Place
from ner_spans import ent


def proper_words(text: str, *names: str) -> set[int]:
    return {text.index(name) + i for name in names for i in range(len(name))
            if text[text.index(name) + i].isupper()}


def test_unlabelled_names_with_a_place_context(gaz: Gazetteer) -> None:
    text = ("In Ukraine shelling continued around Avdiivka and Pokrovsk, the governor of "
            "Donetsk said, and trains stopped north of Bakhmut. Jones said Boryspil airport "
            "was shut.")
    proper = proper_words(text, "Avdiivka", "Donetsk", "Bakhmut", "Jones", "Boryspil")
    mentions = find_mentions(text, [ent(text, "Ukraine", "GPE"), ent(text, "Pokrovsk", "GPE")],
                             gaz, proper=proper.__contains__)
    assert [(m[2], m[3]) for m in mentions] == [
        ("Ukraine", "GPE"), ("Avdiivka", "BARE"), ("Pokrovsk", "GPE"), ("Donetsk", "BARE"),
        ("Bakhmut", "BARE"), ("Boryspil", "BARE")]


def test_unlabelled_names_without_a_place_context_are_left(gaz: Gazetteer) -> None:
    text = "Paradise was the word she used, and Weed said Pokrovsk had fallen."
    proper = proper_words(text, "Paradise", "Weed")
    mentions = find_mentions(text, [ent(text, "Pokrovsk", "GPE")], gaz,
                             proper=proper.__contains__)
    assert [m[2] for m in mentions] == ["Pokrovsk"]


def town(text: str, name: str, lat: float, lon: float, country: str = "MLI") -> Place:
    start = text.index(name)
    return Place(name, country, lat, lon, "city", start=start, end=start + len(name),
                 basis="text")


def test_unknown_ner_places_take_the_nearest_known_place(gaz: Gazetteer) -> None:
    text = ("Gunmen burned Kelendougou, a hamlet near Bankass, on Monday. "
            "Families fled across the Ndomo Valley along Route 15 to the Tamba Hospital.")
    known = [town(text, "Bankass", 14.08, -3.52)]
    mentions = [ent(text, "Kelendougou", "GPE"), ent(text, "Bankass", "GPE"),
                ent(text, "the Ndomo Valley", "LOC"), ent(text, "Route 15", "FAC"),
                ent(text, "the Tamba Hospital", "FAC")]
    found = unknown_places(text, mentions, known, lambda: [0, text.index("Families")], gaz)
    assert [(p.name, p.country, p.lat, p.lon, p.precision, p.start, p.resolution)
            for p in found] == [
        ("Kelendougou", "MLI", 14.08, -3.52, "city", text.index("Kelendougou"),
         "not in the gazetteer; placed at Bankass, the known place named nearest to it"),
        ("Ndomo Valley", "MLI", 14.08, -3.52, "site", text.index("Ndomo"),
         "not in the gazetteer; placed at Bankass, the known place named nearest to it")]


def test_unknown_ner_places_need_a_known_place_before_or_beside_them(
        gaz: Gazetteer) -> None:
    text = "Gunmen burned Kelendougou on Monday. Officials in Bankass confirmed it."
    known = [town(text, "Bankass", 14.08, -3.52)]
    found = unknown_places(text, [ent(text, "Kelendougou", "GPE")], known,
                           lambda: [0, text.index("Officials")], gaz)
    assert found == []
