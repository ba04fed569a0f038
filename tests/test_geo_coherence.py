"""Article coherence: a plural division noun after a list makes each listed name a
division ("York and Lebanon counties"); a town of a country that only its own name puts in
the article strays from an article whose other places all lie in one country."""

from __future__ import annotations

from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.recognise import find_mentions
from ner_spans import ent


def read(text: str, gaz: Gazetteer, names: list[tuple[str, str]],
         context: GeoContext | None = None) -> list[tuple[str, str, str | None, str]]:
    mentions = find_mentions(text, [ent(text, n, label) for n, label in names], gaz)
    context = context or GeoContext(text=text)
    return [(text[p.start or 0:p.end or 0], p.name, p.country, p.precision)
            for p in resolve_places(mentions, gaz, context)]


def test_names_listed_before_counties_are_counties(gaz: Gazetteer) -> None:
    text = ("Crews from Harrisburg restored power in Lancaster and in neighboring York and "
            "Lebanon counties on Friday.")
    assert read(text, gaz, [("Harrisburg", "GPE"), ("Lancaster", "GPE"), ("York", "GPE"),
                            ("Lebanon", "GPE")]) == [
        ("Harrisburg", "Harrisburg", "USA", "city"),
        ("Lancaster", "Lancaster", "USA", "city"),
        ("York", "York County", "USA", "region"),
        ("Lebanon", "Lebanon County", "USA", "region")]


def test_an_org_label_in_a_list_of_districts_is_a_district(gaz: Gazetteer) -> None:
    text = ("Schools were shut in Idukki, Ernakulam and Thrissur districts after the "
            "rain, the state government said.")
    places = read(text, gaz, [("Idukki", "ORG"), ("Ernakulam", "GPE"), ("Thrissur", "GPE")])
    assert [(span, country, precision) for span, _, country, precision in places] == [
        ("Idukki", "IND", "region"), ("Ernakulam", "IND", "region"),
        ("Thrissur", "IND", "region")]


def test_no_plural_noun_no_division(gaz: Gazetteer) -> None:
    text = "Flights from Lebanon and Jordan were cancelled on Monday."
    assert read(text, gaz, [("Lebanon", "GPE"), ("Jordan", "GPE")]) == [
        ("Lebanon", "Lebanon", "LBN", "country"), ("Jordan", "Jordan", "JOR", "country")]


def test_a_name_is_no_evidence_for_its_own_country(gaz: Gazetteer) -> None:
    # an actor stage read "Kimberley" as South African; the other places are Australian
    text = ("Roads into the Kimberley were cut, and supplies were flown from Broome to "
            "Halls Creek and Kununurra.")
    names = [("Kimberley", "GPE"), ("Broome", "GPE"), ("Halls Creek", "GPE"),
             ("Kununurra", "GPE")]
    context = GeoContext(countries={"ZAF": 1}, named_by={"ZAF": frozenset({"kimberley"})},
                         text=text)
    assert [p[0] for p in read(text, gaz, names, context)] == [
        "Broome", "Halls Creek", "Kununurra"]
    # a South African report vouches for it by other words
    other = GeoContext(countries={"ZAF": 2},
                       named_by={"ZAF": frozenset({"kimberley", "south africa"})}, text=text)
    assert read(text, gaz, names, other)[0] == ("Kimberley", "Kimberley", "ZAF", "city")


def test_a_town_of_the_articles_region_taken_for_a_person_is_the_town(gaz: Gazetteer) -> None:
    text = ("Floodwater covered the old town of Faenza, and in Imola the river broke its "
            "banks. Forlì and Cesena were also hit. Cesena said on Friday that he would stay.")
    ents = [ent(text, "Faenza", "GPE"), ent(text, "Imola", "GPE"), ent(text, "Forlì", "PERSON"),
            ent(text, "Cesena", "ORG"), ent(text, "Cesena", "PERSON", 1)]
    mentions = find_mentions(text, ents, gaz)
    # Forlì as a town of the region; Cesena then as listed with it
    assert [(m[2], m[3]) for m in mentions] == [
        ("Faenza", "GPE"), ("Imola", "GPE"), ("Forlì", "LOCAL"), ("Cesena", "CUE")]
    assert [(text[p.start or 0:p.end or 0], p.country, p.precision)
            for p in resolve_places(mentions, gaz, GeoContext(text=text))] == [
        ("Faenza", "ITA", "city"), ("Imola", "ITA", "city"), ("Forlì", "ITA", "city"),
        ("Cesena", "ITA", "city")]


def test_no_local_region_no_town_for_a_person(gaz: Gazetteer) -> None:
    # one Italian town is no local report: "Cesena" stays the NER's person
    text = "Talks in Faenza ended. Cesena told reporters the deal was close."
    mentions = find_mentions(text, [ent(text, "Faenza", "GPE"), ent(text, "Cesena", "PERSON")],
                             gaz)
    assert [(m[2], m[3]) for m in mentions] == [("Faenza", "GPE")]
