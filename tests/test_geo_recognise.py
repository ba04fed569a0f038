"""Toponyms beyond the NER's place spans, and resolution read from the words around them."""

from __future__ import annotations

import pytest

from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.dateline import dateline_parts
from eventwire.geo.recognise import find_mentions

Mention = tuple[int, int, str, str]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def ent(text: str, name: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return (start, start + len(name), name, label)


def found(text: str, gaz: Gazetteer, *ents: Mention) -> list[tuple[str, str]]:
    return [(m[2], m[3]) for m in find_mentions(text, list(ents), gaz)]


def places(text: str, gaz: Gazetteer, *ents: Mention) -> list[tuple[str, str | None, str]]:
    mentions = find_mentions(text, list(ents), gaz)
    return [(p.name, p.country, p.precision)
            for p in resolve_places(mentions, gaz, GeoContext(text=text))]


def test_names_the_ner_took_for_people_after_a_preposition(gaz: Gazetteer) -> None:
    text = "Officers from Nenagh attended, and survivors were taken to Misrata."
    assert found(text, gaz, ent(text, "Nenagh", "PERSON"), ent(text, "Misrata", "PERSON")) == [
        ("Nenagh", "CUE"), ("Misrata", "CUE")]


def test_a_person_is_not_a_place_without_a_cue(gaz: Gazetteer) -> None:
    text = "Kent said the plan would fail."
    assert found(text, gaz, ent(text, "Kent", "PERSON")) == []


def test_coordination_with_a_place_and_place_words(gaz: Gazetteer) -> None:
    text = "Floods hit Sylhet and Sunamganj districts and Dhaka."
    mentions = found(text, gaz, ent(text, "Sylhet", "PERSON"), ent(text, "Sunamganj", "ORG"),
                     ent(text, "Dhaka", "GPE"))
    assert mentions == [("Sylhet", "CUE"), ("Sunamganj", "CUE"), ("Dhaka", "GPE")]


def test_metonymic_capital_labelled_org_is_a_place(gaz: Gazetteer) -> None:
    text = "Ottawa said it was tracking the object."
    assert found(text, gaz, ent(text, "Ottawa", "ORG")) == [("Ottawa", "METONYM")]
    assert places(text, gaz, ent(text, "Ottawa", "ORG")) == [("Ottawa", "CAN", "city")]


def test_hyphenated_compounds(gaz: Gazetteer) -> None:
    text = "A Kent-based firm will resume Amsterdam-London flights; Guinea-Bissau agreed."
    assert found(text, gaz, ent(text, "Kent-based", "NORP"),
                 ent(text, "Guinea-Bissau", "GPE")) == [
        ("Kent", "COMPOUND"), ("Amsterdam", "COMPOUND"), ("London", "COMPOUND"),
        ("Guinea-Bissau", "GPE")]


def test_state_abbreviations(gaz: Gazetteer) -> None:
    text = "He moved from Gainesville, Va., to Newark, NJ last year."
    mentions = [ent(text, "Gainesville", "GPE"), ent(text, "Newark", "GPE")]
    assert found(text, gaz, *mentions) == [("Gainesville", "GPE"), ("Va.", "ABBR"),
                                           ("Newark", "GPE"), ("NJ", "ABBR")]
    assert places(text, gaz, *mentions) == [
        ("Gainesville", "USA", "city"), ("Virginia", "USA", "region"),
        ("Newark", "USA", "city"), ("New Jersey", "USA", "region")]


def test_the_state_after_a_comma_picks_the_town(gaz: Gazetteer) -> None:
    text = "A crash near Yakima, Washington, killed two; Paris, Texas, was spared."
    mentions = [ent(text, n, "GPE") for n in ("Yakima", "Washington", "Paris", "Texas")]
    mentions = find_mentions(text, mentions, gaz)
    result = resolve_places(mentions, gaz, GeoContext(text=text))
    assert [(p.name, p.country, p.precision) for p in result] == [
        ("Yakima", "USA", "city"), ("Washington", "USA", "region"),
        ("Paris", "USA", "city"), ("Texas", "USA", "region")]
    assert result[2].resolution == "Paris, Texas; only candidate; population 24,782"


def test_demonym_frames(gaz: Gazetteer) -> None:
    text = ("In Salisbury, the English city, police sealed a street; clashes hit the "
            "northern Lebanese city of Tripoli.")
    mentions = [ent(text, "Salisbury", "GPE"), ent(text, "Tripoli", "GPE")]
    result = resolve_places(mentions, gaz, GeoContext(text=text))
    assert [(p.name, p.country) for p in result] == [("Salisbury", "GBR"), ("Tripoli", "LBN")]
    assert result[0].resolution.startswith("the English city; ")


def test_container_after_in_and_possessive(gaz: Gazetteer) -> None:
    text = "Gunmen raided Springfield in Ohio, then Maryland's Salisbury."
    mentions = [ent(text, n, "GPE") for n in ("Springfield", "Ohio", "Maryland", "Salisbury")]
    result = resolve_places(mentions, gaz, GeoContext(text=text))
    assert [(p.name, p.country, p.precision, p.lat) for p in result] == [
        ("Springfield", "USA", "city", 39.92423), ("Ohio", "USA", "region", 40.41729),
        ("Maryland", "USA", "region", 39.04575), ("Salisbury", "USA", "city", 38.36067)]
    assert result[0].resolution.startswith("Springfield in Ohio; ")
    assert result[3].resolution.startswith("Maryland's Salisbury; ")


def test_dateline_parts() -> None:
    assert dateline_parts(0, "FAIRFAX, Va.") == [(0, 7, "FAIRFAX", "DATELINE_HEAD"),
                                                 (9, 12, "Va.", "DATELINE")]
    assert dateline_parts(5, "LONDON, March 3") == [(5, 11, "LONDON", "DATELINE_HEAD")]


def test_company_and_person_names_stay_out(gaz: Gazetteer) -> None:
    text = ("According to Mr Howard, sales at Ford rose; Wal-Mart and Jean-Claude Trichet "
            "agreed, the GAO said, paid in US$ and AU$ in Sydney, AU$ 40.")
    ents = [ent(text, "Howard", "PERSON"), ent(text, "Ford", "ORG"),
            ent(text, "Wal-Mart", "ORG"), ent(text, "Jean-Claude Trichet", "PERSON"),
            ent(text, "GAO", "ORG"), ent(text, "Sydney", "GPE")]
    assert found(text, gaz, *ents) == [("Sydney", "GPE")]


def test_motion_to_a_town_and_org_labelled_major_city(gaz: Gazetteer) -> None:
    text = "Unrest spread to Tennant Creek after the jet took off from Toulouse."
    ents = [ent(text, "Tennant Creek", "PERSON"), ent(text, "Toulouse", "ORG")]
    assert found(text, gaz, *ents) == [("Tennant Creek", "CUE"), ("Toulouse", "CUE")]
