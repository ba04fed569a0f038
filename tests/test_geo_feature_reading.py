""""The X" is a river, range, sea or desert, not a town of that name (session 12, issue
12): a town takes no article, so "the Red Sea", "the Sahel", "along the X", "the X
Valley" never resolve to a town or a division named after the feature; a sea or island
group named in a sentence without places is not put at the last town named before it.
All passages are our own wording."""

from __future__ import annotations

from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.feature_reading import feature_candidates, framed_as_feature
from eventwire.geo.recognise import find_mentions
from eventwire.geo.unknown import unknown_places
from eventwire.models import Place
from ner_spans import ent


def read(text: str, gaz: Gazetteer, names: list[tuple[str, str]]
         ) -> list[tuple[str, str, str | None, str, str]]:
    mentions = find_mentions(text, [ent(text, n, label) for n, label in names], gaz)
    return [(text[p.start or 0:p.end or 0], p.name, p.country, p.precision, p.resolution)
            for p in resolve_places(mentions, gaz, GeoContext(text=text))]


def test_the_sea_is_not_the_governorate_named_after_it(gaz: Gazetteer) -> None:
    text = ("Egyptian coast guards pulled 40 migrants from the waters of the Red Sea off "
            "Hurghada on Friday after their boat took on water.")
    assert read(text, gaz, [("the Red Sea", "LOC"), ("Hurghada", "GPE")])[0] == (
        "the Red Sea", "Red Sea", None, "site",
        "'the' names the feature, not a town or division; only candidate")


def test_the_sahel_is_the_belt_not_burkina_faso_s_region(gaz: Gazetteer) -> None:
    text = ("Drought has pushed herders across the Sahel to move south earlier than usual, "
            "the agency said in a report on Niger and Mali.")
    assert read(text, gaz, [("Sahel", "LOC"), ("Niger", "GPE"), ("Mali", "GPE")])[0] == (
        "Sahel", "Sahel", None, "region",
        "'the' names the feature, not a town or division; only candidate")


def test_a_town_known_by_the_river_s_name_is_no_reading_of_the_river(gaz: Gazetteer) -> None:
    # GeoNames lists "Periyar" as another name of the town of Erode
    text = "Heavy rain swelled the Periyar on Wednesday, and the dam shutters were opened."
    assert read(text, gaz, [("Periyar", "LOC")]) == []
    # without "the" the alternate name still reads as the town
    text = "Traders in Periyar said turmeric prices rose on Wednesday."
    assert [row[:4] for row in read(text, gaz, [("Periyar", "GPE")])] == [
        ("Periyar", "Erode", "IND", "city")]


def test_a_town_named_after_a_valley_is_no_reading_of_the_valley(gaz: Gazetteer) -> None:
    # a town "Eden Valley" (Minnesota) must not pull Carlisle and Penrith to America
    text = ("Flood warnings were issued for Carlisle and Penrith on Tuesday. The Eden Valley "
            "was worst hit.")
    assert [row[:4] for row in read(text, gaz, [("Carlisle", "GPE"), ("Penrith", "GPE"),
                                                 ("The Eden Valley", "LOC")])] == [
        ("Carlisle", "Carlisle", "GBR", "city"), ("Penrith", "Penrith", "GBR", "city")]


def test_words_that_make_the_name_a_feature(gaz: Gazetteer) -> None:
    text = "Barges queued along the Pecos and the Pecos river rose, but Pecos voted."
    first, second, third = (text.index("Pecos", n) for n in (0, 25, 50))
    assert framed_as_feature(text, first, first + 5, "Pecos")
    assert framed_as_feature(text, second, second + 5, "Pecos")
    assert not framed_as_feature(text, third, third + 5, "Pecos")
    found = gaz.candidates("Pecos")
    assert feature_candidates(found, "pecos", text, first, first + 5, "Pecos") == (
        [], "'the' and the words around it name a feature, not a town")
    assert feature_candidates(found, "pecos", text, third, third + 5, "Pecos") is None


def test_a_modifier_keeps_the_town_s_other_name(gaz: Gazetteer) -> None:
    # "the Bombay stock exchange": the name modifies a noun, the town (Mumbai) stays
    text = "Shares rose on the Bombay stock exchange on Monday."
    start = text.index("Bombay")
    found = gaz.candidates("Bombay")
    assert feature_candidates(found, "bombay", text, start, start + 6, "Bombay") is None


def town(text: str, name: str, lat: float, lon: float, country: str) -> Place:
    start = text.index(name)
    return Place(name, country, lat, lon, "city", start=start, end=start + len(name),
                 basis="text")


def test_a_sea_in_a_sentence_without_places_is_not_put_at_the_last_town(gaz: Gazetteer) -> None:
    text = ("Cattle stations near Fitzroy Crossing and Derby were cut off on Monday. "
            "Fishing boats sheltered from the cyclone in the Timor Sea overnight.")
    known = [town(text, "Fitzroy Crossing", -18.2, 125.57, "AUS"),
             town(text, "Derby", -17.3, 123.63, "AUS")]
    mentions = [ent(text, "the Timor Sea", "LOC")]
    found = unknown_places(text, mentions, known, lambda: [0, text.index("Fishing")], gaz)
    assert [(p.name, p.country, p.lat, p.lon, p.precision, p.resolution) for p in found] == [
        ("Timor Sea", "AUS", None, None, "country",
         "not in the gazetteer; in AUS, the country of the article's places (its sentence "
         "names none)")]
