"""Codebook and PLOVER-manual rules, each with a sentence written for it (issue 10)."""

from __future__ import annotations

from typing import Any

from eventwire.api import Engine
from eventwire.models import Article

PUBLISHED = "2025-03-04T09:00:00+00:00"


def events(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    article = Article(id="t", text=text, published=PUBLISHED, language="en")
    return [(e.plover, e.cameo, [r.actor for r in e.source], [r.actor for r in e.target],
             e.modality) for e in engine.document(article).events]


def test_an_announced_withdrawal_is_a_concession_not_a_threat(engine: Engine) -> None:
    # PLOVER manual: "announced ... would withdraw troops" is RETREAT + future → CONCEDE
    assert events(engine, "Berlin will withdraw its roughly 900 soldiers from Mali, "
                          "Chancellor Olaf Scholz said on Sunday.") == [
        ("CONCEDE", "080", ["DEU"], ["MLI"], "future")]


def test_a_warning_of_force_is_a_threat(engine: Engine) -> None:
    # CAMEO 138: the warning is the event, by the warner's side, not the force itself
    found = events(engine, "Gallant warned on Saturday that Israel could resume its "
                           "offensive in Gaza.")
    assert [(p, c, s) for p, c, s, _, _ in found] == [("THREATEN", "138", ["ISR"])]


def test_a_background_relative_clause_is_not_the_news(engine: Engine) -> None:
    assert events(engine, "The soldiers, who had been helping Mali fight jihadist "
                          "insurgents, will leave in the coming months, Scholz said.") == []


def test_a_dictionary_pattern_codes_a_verb_no_lexicon_lists(engine: Engine) -> None:
    # CAMEO.2.0.txt: RUSH * (TO BORDER) [154]; the event carries its confidence
    article = Article(id="t", text="Armenia rushed armoured units to the border with "
                      "Azerbaijan on Friday.", published=PUBLISHED, language="en")
    found = [(e.plover, e.cameo, e.confidence) for e in engine.document(article).events]
    assert found == [("MOBILIZE", "154", 0.9)]
