"""The two sides of a fight, as a whole report tells them (issue 10, session 12).

1. A verb of combat is a symmetric predicate: "A and B clashed" is A clashing with B and B
   with A, one event per direction as CAMEO/PETRARCH code reciprocal events; a place the
   fallback read as the target ("fought in Khartoum") is where, not whom. With an object or
   a with/against phrase the verb has a party of its own and is not symmetric.
2. "Both sides", "the warring parties" after a fight between two bodies of one state (its
   army and the rebels) stand for those two bodies, as they stand for two states after a
   war between states; "the two countries" does not.
3. An official protest or complaint that names no party ("lodged a diplomatic protest")
   answers the latest deed told before towards the protester.
4. A counter-deed with no party of its own ("returned fire", "retaliated with air strikes")
   is aimed at whoever did the deed it answers.
"""

from __future__ import annotations

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-14T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[object, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


@pytest.mark.parametrize(("text", "expected"), [
    ("Thailand and Cambodia clashed along their disputed border on Thursday.",
     [("ASSAULT", "190", ["THA"], ["KHM"], "asserted", "clashed"),
      ("ASSAULT", "190", ["KHM"], ["THA"], "asserted", "clashed")]),
    # the place is where they fought, not a third party
    ("Sudan's army and the RSF fought for control of the city of El Fasher on Sunday.",
     [("ASSAULT", "190", ["SDNMIL"], ["SDNREB"], "asserted", "fought"),
      ("ASSAULT", "190", ["SDNREB"], ["SDNMIL"], "asserted", "fought")]),
    ("Israeli forces and Hezbollah fighters clashed in southern Lebanon on Friday.",
     [("ASSAULT", "190", ["ISRMIL"], ["LBNREB"], "asserted", "clashed"),
      ("ASSAULT", "190", ["LBNREB"], ["ISRMIL"], "asserted", "clashed")]),
])
def test_two_parties_that_clashed_fought_each_other(
        engine: Engine, text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a party of its own: the with/against phrase, not each other
    ("The army clashed with rebels near Goma on Monday.",
     [("ASSAULT", "190", ["CODMIL"], ["CODREB"], "asserted", "clashed")]),
    ("Ukraine and Poland fought against Russian disinformation on Tuesday.",
     [("ASSAULT", "190", ["UKR", "POL"], ["RUS"], "asserted", "fought")]),
    # not a verb of combat: two attackers of a third
    ("Israel and the United States struck Iran on Saturday.",
     [("ASSAULT", "190", ["ISR", "USA"], ["IRN"], "asserted", "struck")]),
])
def test_a_fight_with_a_party_of_its_own_is_not_reciprocal(
        engine: Engine, text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(engine, text) == expected


@pytest.mark.parametrize(("text", "appeal"), [
    ("Sudan's army and the Rapid Support Forces fought in Khartoum on Sunday. The United "
     "Nations urged the warring parties to agree to a ceasefire.",
     ("REQUEST", "020", ["IGOUNO"], ["SDNMIL", "SDNREB"], "asserted", "urged")),
    ("Ethiopian troops and Tigrayan forces clashed near Mekelle on Monday. The African Union "
     "called on both sides to return to talks.",
     ("REQUEST", "026", ["IGOAFRAFU"], ["ETHMIL", "ETHREB"], "asserted", "called")),
])
def test_both_sides_of_a_civil_war_are_its_two_bodies(
        engine: Engine, text: str, appeal: tuple[object, ...]) -> None:
    assert rows(engine, text)[-1] == appeal


def test_the_two_countries_are_not_two_bodies_of_one_state(engine: Engine) -> None:
    text = ("Sudan's army and the Rapid Support Forces fought in Khartoum on Sunday. The "
            "United Nations urged the two countries to agree to a ceasefire.")
    assert rows(engine, text)[-1] == ("REQUEST", "020", ["IGOUNO"], [], "asserted", "urged")


@pytest.mark.parametrize(("text", "protest"), [
    # 3. an official protest that names no party answers the latest deed towards the
    # protester (CAMEO 114 is aimed at the party complained about), as a warning does
    ("Chinese coast guard ships rammed a Philippine supply boat near the Second Thomas Shoal "
     "on Monday. The foreign ministry in Manila said it had lodged a diplomatic protest.",
     ("ACCUSE", "114", ["PHL"], ["CHNMIL"], "reported", "protest")),
    ("Russian drones struck a Moldovan village near the border overnight. Chisinau lodged a "
     "formal protest on Tuesday.",
     ("ACCUSE", "114", ["MDA"], ["RUS"], "asserted", "protest")),
    # a party named: that party
    ("Indian troops crossed the line of control on Tuesday, the Pakistani army said. "
     "Islamabad lodged a strong protest with New Delhi.",
     ("ACCUSE", "114", ["PAK"], ["IND"], "asserted", "protest")),
])
def test_a_protest_naming_no_party_answers_the_deed_told_before(
        engine: Engine, text: str, protest: tuple[object, ...]) -> None:
    assert rows(engine, text)[-1] == protest


@pytest.mark.parametrize(("text", "counter"), [
    # 4. a counter-deed with no party of its own ("returned fire", "retaliated with …") is
    # aimed at whoever did the deed it answers, told before it (as a warning with no target)
    ("Cambodian forces opened fire on a Thai patrol near the temple early on Thursday. The "
     "Thai army said its troops had returned fire.",
     ("ASSAULT", "190", ["THAMIL"], ["KHMMIL"], "reported", "returned")),
    ("Hezbollah fired rockets at northern Israel on Sunday. Israel retaliated with air "
     "strikes on Monday.",
     ("ASSAULT", "190", ["ISR"], ["LBNREB"], "asserted", "retaliated")),
    # the deed answered may be told earlier in the same sentence
    ("The Thai army said Cambodian forces had opened fire on a Thai patrol near the temple, "
     "and that its troops had returned fire.",
     ("ASSAULT", "190", ["THAMIL"], ["KHMMIL"], "reported", "returned")),
    # a party named: that party
    ("Israel retaliated against Hezbollah with air strikes on Monday.",
     ("ASSAULT", "190", ["ISR"], ["LBNREB"], "asserted", "retaliated")),
])
def test_a_counter_deed_is_aimed_at_the_deed_s_agent(
        engine: Engine, text: str, counter: tuple[object, ...]) -> None:
    assert rows(engine, text)[-1] == counter
