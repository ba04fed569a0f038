"""Hyphenated town names stay whole (issue 12, recall): the NER cuts "Weston-super-Mare"
to "Weston" and tags "Évian" of "Évian-les-Bains" as a people; a compound of a place and
a word ("Kent-based") or of two places ("Amsterdam-London") still splits. Sentences are
our own."""

from __future__ import annotations

from eventwire.geo import Gazetteer
from eventwire.geo.recognise import find_mentions
from ner_spans import ent


def found(gaz: Gazetteer, text: str, *ents: tuple[str, str]) -> list[tuple[str, str]]:
    return [(m[2], m[3]) for m in find_mentions(text, [ent(text, n, lab) for n, lab in ents],
                                                gaz)]


def test_a_town_name_cut_at_its_hyphen_is_read_whole(gaz: Gazetteer) -> None:
    text = "A man was arrested on the pier at Weston-super-Mare on Sunday night."
    assert found(gaz, text, ("Weston", "GPE")) == [("Weston-super-Mare", "GPE")]
    text = "Tourists left a theatre in Stratford-upon-Avon after the alarm sounded."
    assert found(gaz, text, ("Stratford", "GPE")) == [("Stratford-upon-Avon", "GPE")]


def test_a_town_name_joined_by_a_preposition_under_another_label(gaz: Gazetteer) -> None:
    text = "Storms closed the lakeside road at Évian-les-Bains for two days."
    assert found(gaz, text, ("Évian", "NORP")) == [("Évian-les-Bains", "GPE")]


def test_names_that_are_whole_already_and_compounds_that_split(gaz: Gazetteer) -> None:
    text = "Police in Saint-Denis and Baden-Baden said the march was calm."
    assert found(gaz, text, ("Saint-Denis", "GPE"), ("Baden-Baden", "GPE")) == [
        ("Saint-Denis", "GPE"), ("Baden-Baden", "GPE")]
    text = "A Kent-based haulier ran the Amsterdam-London route."
    assert found(gaz, text) == [("Kent", "COMPOUND"), ("Amsterdam", "COMPOUND"),
                                ("London", "COMPOUND")]


def test_a_person_or_firm_with_a_hyphen_is_no_town(gaz: Gazetteer) -> None:
    text = "Baden-Powell founded the movement, and Chamonix-trained guides led the climb."
    assert found(gaz, text, ("Baden-Powell", "PERSON")) == []
