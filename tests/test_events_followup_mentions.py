"""How a follow-up report tells an event it already reported (issue 15, session 13): the
extraction cases that kept a story's articles from fusing into one event. Our own sentences.

- A noun's own time after it dates the noun ("the pact signed in Ankara on Wednesday", "the
  talks in Istanbul on Wednesday"), not the clause that mentions it ("said on Friday").
- Force used in a town of another country named in the sentence ("... shelled a market in the
  city") is not force against the attacker's own state (the home fallback).
- "Between" names all the parties of talks: the subject of the verb governing the noun
  ("Beijing welcomed the talks between ...") welcomes them, it does not hold them."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.api import Engine
from eventwire.models import Article

FRIDAY = "2025-03-07T10:00:00+00:00"  # a Friday: Wednesday is 5 March


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    article = Article(id="t", text=text, published=FRIDAY, language="en")
    return [(e.plover, e.cameo, [r.country for r in e.source], [r.country for r in e.target],
             e.evidence.trigger.text, e.date.value if e.date else None,
             e.date.basis if e.date else None)
            for e in engine.document(article).events]


def test_a_plan_about_a_dated_thing_is_not_dated_by_it(engine: Engine) -> None:
    text = "Iran and Saudi Arabia said they would revive a security pact signed in 2001."
    assert [(r[0], r[5]) for r in rows(engine, text)] == [("AGREE", None), ("AGREE", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("India said on Friday it would study the defence pact signed by Turkey and Iraq in "
     "Ankara on Wednesday.",
     [("SUPPORT", "057", ["TUR"], ["IRQ"], "pact", "2025-03-05", "text"),
      ("SUPPORT", "057", ["IRQ"], ["TUR"], "pact", "2025-03-05", "text")]),
    ("Moldova said on Friday that the talks between Russia and Ukraine in Istanbul on "
     "Wednesday had failed.",
     [("CONSULT", "040", ["RUS"], ["UKR"], "talks", "2025-03-05", "text"),
      ("CONSULT", "040", ["UKR"], ["RUS"], "talks", "2025-03-05", "text")]),
])
def test_an_event_noun_is_dated_by_its_own_phrase(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


@pytest.mark.parametrize("text", [
    "Residents of Kharkiv said Russian troops shelled a market in the city on Tuesday.",
    "Hundreds of mourners in Tyre on Thursday buried the three people killed when Israeli "
    "forces shelled a house in the town on Wednesday.",
])
def test_force_used_in_a_named_foreign_town_is_not_against_the_own_state(
        engine: Engine, text: str) -> None:
    assault = [r for r in rows(engine, text) if r[0] == "ASSAULT"]
    assert [r[3] for r in assault] == [[]]


def test_force_with_no_place_named_keeps_its_home_target(engine: Engine) -> None:
    text = "Egyptian police opened fire on protesters in Alexandria on Friday."
    assert [r[:4] for r in rows(engine, text)] == [("ASSAULT", "193", ["EGY"], ["EGY"])]


@pytest.mark.parametrize(("text", "parties"), [
    ("Beijing welcomed the resumption of talks between India and Pakistan.", ["IND", "PAK"]),
    ("The Kremlin said on Friday that Moscow welcomed the resumption of dialogue between "
     "Tehran and Washington.", ["IRN", "USA"]),
])
def test_talks_between_two_parties_are_theirs_not_the_welcomer(
        engine: Engine, text: str, parties: list[str]) -> None:
    a, b = parties
    assert [r[:4] for r in rows(engine, text) if r[0] == "CONSULT"] == [
        ("CONSULT", "040", [a], [b]), ("CONSULT", "040", [b], [a])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine said on Friday that its drones hit two Russian oil refineries.",
     [("ASSAULT", "195", ["UKR"], ["RUS"])]),
    ("The Israeli army said on Friday that its jets hit rocket launchers in southern Lebanon.",
     [("ASSAULT", "195", ["ISR"], ["LBN"])]),
])
def test_its_jets_strike_for_their_owner(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [r[:4] for r in rows(engine, text)] == expected


def test_a_platform_the_owner_sends_is_no_party(engine: Engine) -> None:
    # only the weapon that strikes acts for its owner, not one the owner sends or uses
    text = ("Peru agreed on Sunday to accept the deportation flights. Peru's foreign minister "
            "said the government would send its own plane to bring the migrants home.")
    assert [r[:4] for r in rows(engine, text)] == [("AGREE", "030", ["PER"], [])]


@pytest.mark.parametrize("text", [
    "Russian strikes across Ukraine killed 12 people on Friday.",
    "Russian missiles struck power plants throughout Ukraine on Friday.",
])
def test_force_across_a_country_is_against_it(engine: Engine, text: str) -> None:
    assert [r[:4] for r in rows(engine, text)] == [("ASSAULT", "190", ["RUS"], ["UKR"])]
