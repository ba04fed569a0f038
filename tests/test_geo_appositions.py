"""Known place names the NER mislabelled, read by what the text says they are (issue 12,
recall): an apposition ("X, a town on the M5 highway"), a people's-name label (NORP) on a
town, a division's generic words ("X Local Government Area"). Sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.geo import Gazetteer
from eventwire.geo.recognise import find_mentions
from ner_spans import ent


def names(analyse: Callable[[str], dict], text: str) -> list[tuple[str, str, str | None]]:
    report = analyse(text)
    return [(text[p["start"]:p["end"]], p["name"], p["country"]) for p in report["places"]
            if p.get("start") is not None]


def test_a_known_town_in_an_apposition(analyse: Callable[[str], dict]) -> None:
    text = "Troops moved into Idlib governorate and took Saraqib, a town on the M5 highway."
    assert ("Saraqib", "Saraqib", "SYR") in names(analyse, text)


def test_an_apposition_must_end_the_noun_phrase(gaz: Gazetteer) -> None:
    # "Derby, a town councillor" is a person; "Derby, a town in England" the town
    for tail, found in ((", a town councillor, said so.", []),
                        (", a town in England, said so.", [("Derby", "CUE")])):
        text = "Officials praised Derby" + tail
        mentions = find_mentions(text, [ent(text, "Derby", "PERSON")], gaz)
        assert [(m[2], m[3]) for m in mentions] == found


def test_a_town_tagged_as_a_people(gaz: Gazetteer) -> None:
    text = "Supplies were flown in from Broome and Derby after the highway closed."
    mentions = find_mentions(text, [ent(text, "Broome", "GPE"), ent(text, "Derby", "NORP")],
                             gaz)
    assert [(m[2], m[3]) for m in mentions] == [("Broome", "GPE"), ("Derby", "CUE")]


def test_a_people_tagged_so_is_no_place(gaz: Gazetteer) -> None:
    text = "The Kurds and the Igbo leaders met officials in Lagos and Amhara region."
    ents = [ent(text, "Kurds", "NORP"), ent(text, "Igbo", "NORP"), ent(text, "Lagos", "GPE"),
            ent(text, "Amhara", "NORP")]
    assert [(m[2], m[3]) for m in find_mentions(text, ents, gaz)] == [
        ("Lagos", "GPE"), ("Amhara", "CUE")]


def test_as_far_as_a_town(gaz: Gazetteer) -> None:
    text = "Our members live in Nenagh and out as far as Roscrea, she said."
    ents = [ent(text, "Nenagh", "GPE"), ent(text, "Roscrea", "PERSON")]
    assert [(m[2], m[3]) for m in find_mentions(text, ents, gaz)] == [
        ("Nenagh", "GPE"), ("Roscrea", "CUE")]
