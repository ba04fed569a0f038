"""Physical features and namesakes read in context (session 10, issue 12): "the X" after
"X River", province abbreviations, the namesake near the article's other towns, towns
named after rivers, and curated rivers of countries the article does not name."""

from __future__ import annotations

import pytest

from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.discourse import river_repeats
from eventwire.geo.recognise import find_mentions
from eventwire.models import Place

Mention = tuple[int, int, str, str]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def ent(text: str, name: str, label: str = "GPE", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return (start, start + len(name), name, label)


def resolved(text: str, gaz: Gazetteer, *ents: Mention) -> list[Place]:
    return resolve_places(find_mentions(text, list(ents), gaz), gaz, GeoContext(text=text))


def test_the_river_named_again_by_the_and_its_name(gaz: Gazetteer) -> None:
    text = ("Barges waited on the Ohio River near Paducah, and officials said the Ohio "
            "would fall by Friday, while the Ohio Valley dried out and Ohio voted.")
    places = resolved(text, gaz, ent(text, "the Ohio River", "LOC"), ent(text, "Paducah"),
                      ent(text, "Ohio", nth=1), ent(text, "Ohio Valley", "LOC"),
                      ent(text, "Ohio", nth=3))
    out = river_repeats(text, places)
    assert [(text[p.start or 0:p.end or 0], p.name, p.precision) for p in out] == [
        ("the Ohio River", "Ohio River", "site"), ("Paducah", "Paducah", "city"),
        ("Ohio", "Ohio River", "site"), ("Ohio", "Ohio", "region")]
    assert out[2].resolution == ("'the Ohio' after 'the Ohio River': the river named again "
                                 "(one sense per discourse)")


def test_a_canadian_province_abbreviation_places_the_town_in_canada(gaz: Gazetteer) -> None:
    text = "Snow closed schools in Stratford, Ont., and in Halifax, N.S., on Monday."
    places = resolved(text, gaz, ent(text, "Stratford"), ent(text, "Halifax"))
    assert [(p.name, p.country, p.precision) for p in places] == [
        ("Stratford", "CAN", "city"), ("Ontario", "CAN", "region"),
        ("Halifax", "CAN", "city"), ("Nova Scotia", "CAN", "region")]
    assert places[1].resolution.startswith("province abbreviation Ont.")


def test_of_two_namesakes_in_one_state_the_one_near_the_article_s_towns(gaz: Gazetteer) -> None:
    text = ("Sandbags were stacked in Evansville and Henderson, and the river will crest at "
            "Mount Vernon on Sunday.")
    places = resolved(text, gaz, ent(text, "Evansville"), ent(text, "Henderson"),
                      ent(text, "Mount Vernon"))
    vernon = places[-1]
    assert (vernon.name, vernon.country, round(vernon.lat or 0, 1), round(vernon.lon or 0, 1)
            ) == ("Mount Vernon", "USA", 37.9, -87.9)
    assert "near the article's other places" in (vernon.resolution or "")


def test_a_town_named_after_a_river_is_read_only_near_its_region(gaz: Gazetteer) -> None:
    far = "Floodwater from the Green River covered roads near Owensboro and Paducah."
    places = resolved(far, gaz, ent(far, "Green River", "LOC"), ent(far, "Owensboro"),
                      ent(far, "Paducah"))
    assert [p.name for p in places] == ["Owensboro", "Paducah"]
    near = "The mayor of Green River said Rock Springs and Cheyenne would share the cost."
    places = resolved(near, gaz, ent(near, "Green River"), ent(near, "Rock Springs"),
                      ent(near, "Cheyenne"))
    assert [(p.name, p.country) for p in places][0] == ("Green River", "USA")


def test_a_curated_river_of_a_country_the_article_does_not_name_is_left(gaz: Gazetteer) -> None:
    text = "The Thames River flooded streets in Chatham, Ontario, and in Windsor, Ontario."
    places = resolved(text, gaz, ent(text, "Thames River", "LOC"), ent(text, "Chatham"),
                      ent(text, "Ontario"), ent(text, "Windsor"), ent(text, "Ontario", nth=1))
    assert [(p.name, p.country) for p in places] == [
        ("Chatham", "CAN"), ("Ontario", "CAN"), ("Windsor", "CAN"), ("Ontario", "CAN")]
    english = "The Thames flooded towpaths in Reading and Henley, England."
    places = resolved(english, gaz, ent(english, "Thames", "LOC"), ent(english, "Reading"),
                      ent(english, "Henley"), ent(english, "England"))
    assert (places[0].name, places[0].country) == ("Thames", "GBR")


def test_a_listed_river_the_ner_took_for_an_organisation(gaz: Gazetteer) -> None:
    text = ("Villages flooded as the Brahmaputra rose, and the Brahmaputra Board met in "
            "Guwahati.")
    mentions = find_mentions(text, [ent(text, "Brahmaputra", "ORG"),
                                    ent(text, "the Brahmaputra Board", "ORG"),
                                    ent(text, "Guwahati")], gaz)
    assert [(m[2], m[3]) for m in mentions] == [("Brahmaputra", "FEATURE"), ("Guwahati", "GPE")]


def test_a_country_that_takes_the_stays_the_country_after_its_river(gaz: Gazetteer) -> None:
    text = ("Cargo boats waited on the Congo River near Kisangani. Later the Congo's foreign "
            "minister blamed the drought, and aid workers in the Congo said prices had "
            "doubled, while fishermen along the Congo saw the lowest water in decades.")
    places = resolved(text, gaz, ent(text, "the Congo River", "LOC"), ent(text, "Kisangani"),
                      ent(text, "Congo", nth=1), ent(text, "Congo", nth=2),
                      ent(text, "Congo", nth=3))
    out = river_repeats(text, places)
    assert [(text[p.start or 0:p.end or 0], p.name, p.country, p.precision) for p in out] == [
        ("the Congo River", "Congo River", "COD", "site"),  # its reach in the DRC
        ("Kisangani", "Kisangani", "COD", "city"),
        ("Congo", "Democratic Republic of the Congo", "COD", "country"),
        ("Congo", "Democratic Republic of the Congo", "COD", "country"),
        ("Congo", "Congo River", "COD", "site")]
    assert out[4].resolution == ("'the Congo' after 'the Congo River': the river named again "
                                 "(one sense per discourse)")


def test_the_era_abbreviation_after_a_number_or_century_is_no_province(gaz: Gazetteer) -> None:
    text = ("The mosaic, laid in the second century B.C., was found near Antioch with "
            "pottery from 450 B.C. and coins minted in Kelowna, B.C., last year.")
    places = resolved(text, gaz, ent(text, "B.C.", nth=0), ent(text, "Antioch"),
                      ent(text, "B.C.", nth=1), ent(text, "Kelowna"))
    assert [(text[p.start or 0:p.end or 0], p.name, p.country) for p in places] == [
        ("Antioch", "Antakya", "TUR"), ("Kelowna", "Kelowna", "CAN"),
        ("B.C.", "British Columbia", "CAN")]


def rows(places: list[Place]) -> list[tuple[str, str | None, float | None, float | None, str]]:
    return [(p.name, p.country, None if p.lat is None else round(p.lat, 1),
             None if p.lon is None else round(p.lon, 1), p.basis) for p in places]


def test_a_known_site_abroad_keeps_its_entry_when_other_sentences_name_another_country(
        gaz: Gazetteer) -> None:
    # review F4: a country named in another sentence is a prior, never a veto that sends a
    # known name to the nearest-named-place fallback 5,000 km away
    text = ("Authorities raised the alert level for a volcano in East Java. Tourists were "
            "barred from climbing Mount Fuji on Monday.")
    places = resolved(text, gaz, ent(text, "East Java"), ent(text, "Mount Fuji", "LOC"))
    assert rows(places) == [("East Java", "IDN", -7.5, 112.2, "text"),
                            ("Mount Fuji", "JPN", 35.4, 138.7, "text")]
    assert places[1].resolution == "only candidate"
    text = ("Floods cut roads across Bavaria and Munich on Tuesday. Upstream, the Thames "
            "burst its banks for the second time this winter.")
    places = resolved(text, gaz, ent(text, "Bavaria"), ent(text, "Munich"),
                      ent(text, "Thames", "LOC"))
    assert [(p.name, p.country) for p in places] == [
        ("Bavaria", "DEU"), ("Munich", "DEU"), ("Thames", "GBR")]
    text = ("Wildfires forced evacuations near Athens on Sunday. In a separate blaze, crews "
            "fought fires on the slopes of Mount Etna overnight.")
    places = resolved(text, gaz, ent(text, "Athens"), ent(text, "Mount Etna", "LOC"))
    assert [(p.name, p.country) for p in places] == [("Athens", "GRC"), ("Mount Etna", "ITA")]
