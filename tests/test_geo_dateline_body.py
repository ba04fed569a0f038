"""A bare dateline is read with the countries the article's own places name (session 13,
issue 12): "ATHLONE" over a report that names Westmeath and Mullingar is the Irish town,
not the larger Cape Town suburb; a bureau dateline stays the capital. Our own passages."""

from __future__ import annotations

from eventwire.geo import Gazetteer, GeoContext, place_for_dateline
from eventwire.geo.recognise import find_mentions
from eventwire.geo.resolve import read_places
from ner_spans import ent


def read(text: str, dateline: str, gaz: Gazetteer, names: list[str]
         ) -> tuple[tuple[str, str | None], list[tuple[str, str | None]]]:
    mentions = find_mentions(text, [ent(text, n, "GPE") for n in names], gaz)
    context = GeoContext(text=text, dateline=dateline)
    places, body = read_places(mentions, gaz, context)
    head = place_for_dateline(dateline, gaz, context, body)
    assert head is not None
    return (head.name, head.country), [(p.name, p.country) for p in places]


def test_an_irish_town_datelined_over_irish_places_is_the_irish_town(gaz: Gazetteer) -> None:
    text = ("ATHLONE — Gardaí in Westmeath are appealing for witnesses after a woman was "
            "injured in a hit-and-run in Athlone town centre on Saturday night. The driver "
            "was later stopped in Mullingar.")
    assert read(text, "ATHLONE", gaz, ["Westmeath", "Athlone", "Mullingar"]) == (
        ("Athlone", "IRL"),
        [("County Westmeath", "IRL"), ("Athlone", "IRL"), ("An Muileann gCearr", "IRL")])


def test_a_new_zealand_town_datelined_over_new_zealand_places(gaz: Gazetteer) -> None:
    text = ("HAMILTON — Police said a man died after a crash north of Tauranga on Sunday, "
            "and a second driver was taken to hospital in Rotorua.")
    assert read(text, "HAMILTON", gaz, ["Tauranga", "Rotorua"])[0] == ("Hamilton", "NZL")


def test_a_bureau_dateline_stays_the_capital_when_the_story_is_abroad(gaz: Gazetteer) -> None:
    text = ("PARIS — Prosecutors charged a man arrested in Brussels with planning an attack, "
            "and said a second suspect had been held in Liège.")
    assert read(text, "PARIS", gaz, ["Brussels", "Liège"])[0] == ("Paris", "FRA")
    text = ("LONDON — The central bank held its key rate on Wednesday, and economists in "
            "Toronto said a cut at the next meeting in Ottawa was likely.")
    assert read(text, "LONDON", gaz, ["Toronto", "Ottawa"])[0] == ("London", "GBR")
