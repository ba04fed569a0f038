"""Actors as CAMEO and PLOVER code them: bodies stay actors with their own code; only
informal groupings expand to their members (sentences written for these tests)."""

from __future__ import annotations

from eventwire.api import Engine
from eventwire.models import Article

PUBLISHED = "2025-03-04T09:00:00+00:00"


def sides(engine: Engine, text: str) -> list[tuple[str, list[str], list[str]]]:
    article = Article(id="t", text=text, published=PUBLISHED, language="en")
    document = engine.document(article)
    return [(e.plover, [r.actor for r in e.source], [r.actor for r in e.target])
            for e in document.events]


def test_an_igo_target_is_the_body_not_its_members(engine: Engine) -> None:
    found = sides(engine, "Georgia signed a trade pact with the European Union on Monday.")
    assert found == [("SUPPORT", ["GEO"], ["org:eu"])]


def test_an_igo_source_is_the_body(engine: Engine) -> None:
    found = sides(engine, "The Economic Community of West African States imposed sanctions "
                          "on Guinea after the coup.")
    assert found == [("SANCTION", ["org:ecowas"], ["GIN"])]


def test_the_body_keeps_its_cameo_code(engine: Engine) -> None:
    article = Article(id="t", text="NATO condemned the missile strike on Kharkiv.",
                      published=PUBLISHED, language="en")
    actors = engine.document(article).actors
    assert (actors["org:nato"].kind, actors["org:nato"].code, actors["org:nato"].members) == (
        "organization", "IGOWSTNAT", ())
