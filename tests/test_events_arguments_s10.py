"""Arguments and structure on unseen wire text (issue 10, session 10): who is source and
target, which clauses are background, what an act noun refers back to, and which mentions
of an article are one event. Every sentence is our own.

1. A relative clause or a participle set off by commas that describes a participant by a
   standing relation ("Hezbollah, which is backed by Iran", "Hamas, funded by Qatar for
   years", "a militia that has been armed by Iran") is background, not a reported event
   (PLOVER codes events, not standing relations); a dated deed told the same way stays one.
2. An act noun the report names ("rejected the truce proposal", "condemned the
   destruction") refers back only to an earlier act of its family (the CAMEO quad class)
   or of its own verb; otherwise its target stays open. A deed told only inside a cause
   adjunct ("in retaliation for US strikes") is a weak antecedent: "condemned the attack"
   is about the news.
3. A complaint "to" a body "about" a party is aimed at the party; the addressee is its
   audience ("complained to the UN Security Council about Indian strikes"). With no party
   named in the complaint's topic the addressee stays its target.
4. A decision told only as a condition ("unless the Security Council adopts a resolution")
   is no act a later "condemned the decision" refers to.
5. A mediation (CAMEO 045) and a meeting its mediator takes part in are two events.
6. An explicit recipient of a loan is its target.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-10T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


STANDING_RELATIONS = [
    ("Israeli jets struck positions of Hezbollah, which is backed by Iran, in southern "
     "Lebanon on Tuesday.",
     [("ASSAULT", "195", ["ISR"], ["LBNREB"], "asserted", "struck")]),
    ("Hamas, funded by Qatar for years, rejected the latest truce proposal on Sunday.",
     [("REJECT", "120", ["PSEREBHMS"], [], "asserted", "rejected")]),
    ("A militia that has been armed by Iran attacked a US base in Syria on Monday.",
     [("ASSAULT", "190", ["SYRUAF"], ["USA"], "asserted", "attacked")]),
    # look-alikes that are events: a dated participle, a main clause of support
    ("Hezbollah, attacked by Israeli drones on Monday, vowed revenge. Iran backed "
     "Hezbollah's decision on Tuesday.",
     [("ASSAULT", "195", ["ISR"], ["LBNREB"], "asserted", "attacked"),
      ("SUPPORT", "050", ["IRN"], ["LBNREB"], "asserted", "backed")]),
]


@pytest.mark.parametrize(("text", "expected"), STANDING_RELATIONS)
def test_a_standing_relation_told_of_a_participant_is_no_event(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


ACT_NOUNS = [
    # a proposal is no missile strike: nothing told before is what was rejected
    ("Houthi rebels fired a missile at a tanker in the Red Sea on Monday. Hamas rejected "
     "the truce proposal on Tuesday.",
     [("ASSAULT", "190", ["YEMREB"], [], "asserted", "fired"),
      ("REJECT", "120", ["PSEREBHMS"], [], "asserted", "rejected")]),
    # the destruction (a coded noun) refers to the demolition, of its family
    ("Israeli troops demolished homes in Jenin on Tuesday. Jordan condemned the destruction.",
     [("ASSAULT", "1712", ["ISRMIL"], ["PSE"], "asserted", "demolished"),
      ("ACCUSE", "111", ["JOR"], ["ISRMIL"], "asserted", "condemned")]),
    # the attack is the news, not the strikes it answered
    ("Iran fired missiles at a US air base in Qatar on Monday in retaliation for US strikes "
     "on Iranian nuclear sites. Qatar's foreign ministry condemned the attack on Tuesday.",
     [("ASSAULT", "190", ["IRN"], ["USA"], "asserted", "fired"),
      ("ASSAULT", "190", ["USA"], ["IRN"], "asserted", "strikes"),
      ("ACCUSE", "111", ["QAT"], ["IRN"], "asserted", "condemned")]),
    # a condition is no decision
    ("Germany and France triggered the sanctions mechanism against Iran on Thursday. The "
     "move means the sanctions will return next month unless the Security Council adopts a "
     "resolution. Iran condemned the decision.",
     [("ACCUSE", "111", ["IRN"], [], "asserted", "condemned")]),
]


@pytest.mark.parametrize(("text", "expected"), ACT_NOUNS)
def test_an_act_noun_refers_back_only_to_an_act_it_can_name(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


COMPLAINTS = [
    ("Pakistan's foreign minister complained to the UN Security Council on Friday about "
     "Indian strikes on Pakistani territory.",
     [("ACCUSE", "114", ["PAK"], ["IND"], "asserted", "complained"),
      ("ASSAULT", "190", ["IND"], ["PAK"], "asserted", "strikes")]),
    ("Egypt complained to Israel about the closure of the Rafah crossing on Monday.",
     [("ACCUSE", "114", ["EGY"], ["ISR"], "asserted", "complained")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPLAINTS)
def test_a_complaint_is_aimed_at_whom_it_is_about(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


def test_a_mediation_and_a_meeting_of_its_mediator_are_two_events(engine: Engine) -> None:
    text = ("The United States brokered a peace deal between Congo and Rwanda in June. The "
            "two foreign ministers later met President Trump at the White House.")
    found = rows(engine, text)
    assert [(row[0], row[1], row[-1]) for row in found] == [
        ("CONSULT", "045", "brokered"), ("CONSULT", "040", "met")]
    assert found[0][2:4] == (["USA"], ["COD", "RWA"])


LOANS = [
    ("Saudi Arabia announced a $5 billion loan to Egypt on Monday.",
     [("AID", "071", ["SAU"], ["EGY"], "asserted", "loan")]),
    ("The IMF approved a $1.3 billion loan for Sri Lanka on Friday.",
     [("AID", "071", ["IGOBUSIMF"], ["LKA"], "asserted", "loan")]),
    ("Construction of the dam in Ethiopia has begun, supported by a $1 billion Chinese loan "
     "to Ethiopia.",
     [("AID", "071", ["CHN"], ["ETH"], "asserted", "loan")]),
    ("The new railway in Kenya, financed by a $3 billion Chinese loan to Uganda, opened on "
     "Monday.",
     [("AID", "071", ["CHN"], ["UGA"], "asserted", "loan")]),
]


@pytest.mark.parametrize(("text", "expected"), LOANS)
def test_a_loan_goes_to_its_stated_recipient(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
