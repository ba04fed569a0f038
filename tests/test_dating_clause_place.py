"""Where an event happened, in a sentence that names a place for another clause (issue 10,
whole reports, session 13; review s13 F9).

An event takes the place its own clause names; else the place of the clause it is
coordinated with, or that it is a participle of ("wrapped up talks in Rome, agreeing to
meet again": the agreement was made in Rome); the dateline only when neither names one. A
finite adverbial clause ("after Russian drones struck Kharkiv") is an event of its own and
does not take the main clause's place.
"""

from __future__ import annotations

from eventwire.api import Engine
from eventwire.models import Article

PUBLISHED = "2025-04-20T09:00:00+00:00"


def places(engine: Engine, text: str) -> list[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, published=PUBLISHED, language="en")
    return [(e.plover, e.evidence.trigger.text, e.place.name if e.place else None)
            for e in engine.document(article).events]


def test_a_participle_shares_the_place_of_its_clause(engine: Engine) -> None:
    text = ("TEHRAN - Iran and the United States wrapped up a round of talks in Rome on "
            "Saturday, agreeing to meet again next week.")
    found = places(engine, text)
    assert {place for _, _, place in found} == {"Rome"}
    assert ("AGREE", "agreeing", "Rome") in found


def test_a_coordinated_clause_shares_the_place(engine: Engine) -> None:
    text = ("JERUSALEM - A ceasefire between Israel and Hamas took effect in Gaza on Sunday, "
            "and three Israeli hostages were released in the afternoon.")
    assert ("RETREAT", "released", "Gaza Strip") in places(engine, text)


def test_a_finite_adverbial_clause_keeps_its_own_place(engine: Engine) -> None:
    text = ("KYIV - Ukrainian officials held talks with US envoys in Geneva on Sunday after "
            "Russian drones struck Kharkiv.")
    assert places(engine, text) == [("CONSULT", "talks", "Geneva"),
                                    ("ASSAULT", "struck", "Kyiv")]


def test_a_sentence_naming_no_place_takes_the_dateline(engine: Engine) -> None:
    text = ("NAIROBI - Police fired tear gas at protesters in Mombasa on Tuesday. The interior "
            "minister later defended the police.")
    assert places(engine, text) == [("ASSAULT", "fired", "Mombasa"),
                                    ("SUPPORT", "defended", "Nairobi")]
