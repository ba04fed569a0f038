"""A name is no evidence for itself (session 13, issue 12): when the actors read a place
name as a state ("Georgetown" as Guyana's government) and the
article's other places all lie in one other country, that reading does not rank the name's
namesakes. Where the other places lie in several countries, a capital named for its
government keeps its country. Our own passages; the actors' reading is given as context."""

from __future__ import annotations

from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.recognise import find_mentions
from ner_spans import ent


def read(text: str, gaz: Gazetteer, names: list[str], country: str, key: str
         ) -> list[tuple[str, str, str | None]]:
    mentions = find_mentions(text, [ent(text, n, "GPE") for n in names], gaz)
    context = GeoContext(text=text, countries={country: 1},
                         named_by={country: frozenset({key})})
    return [(text[p.start or 0:p.end or 0], p.name, p.country)
            for p in resolve_places(mentions, gaz, context)]


def test_a_texan_georgetown_read_by_the_actors_as_guyana(gaz: Gazetteer) -> None:
    text = ("A fire destroyed a warehouse in Georgetown, and Williamson County deputies "
            "closed the road to Round Rock, Texas officials said.")
    names = ["Georgetown", "Williamson County", "Round Rock", "Texas"]
    assert read(text, gaz, names, "GUY", "georgetown")[0] == (
        "Georgetown", "Georgetown", "USA")


def test_a_capital_named_for_its_government_among_places_abroad_keeps_it(
        gaz: Gazetteer) -> None:
    text = ("Shares fell in London and Frankfurt, while Toyota said its plant in "
            "Georgetown, Kentucky, and its factory in Osaka would resume output.")
    names = ["London", "Frankfurt", "Georgetown", "Kentucky", "Osaka"]
    assert read(text, gaz, names, "GBR", "london")[0] == ("London", "London", "GBR")
