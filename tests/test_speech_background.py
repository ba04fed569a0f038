"""Review findings of session 7 on reported speech and "where" clauses, with sentences of our own.

- PETRARCH2's "a (b . ATTACK) SAY = a b 112" needs an accuser that is a party to the attack:
  an announcement of one's own act ("announced pauses in fighting") tells no attack, and an
  activist of one country telling of an attack (her "we" misread as its agent) accuses no one
  of her own country; two armed parties of one country (army, rebels) still accuse each other.
- A "where" relative clause with its own earlier date ("in 1944", "last month", "late last
  year") or past perfect recalls background (TimeML: anchored before the report's time); one
  of the report's day stays news; a pronoun subject pointing ahead ("Speaking in X, where he
  attended ..., Zelensky said") is no actor of its own event.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-04T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


SPEECH = [
    # the victims' "we" read as the agent gave ACCUSE IRLOPP -> IRL: no accusation
    ("\"We were seized at sea and abducted by Israeli troops,\" the Irish activist Niamh Byrne "
     "told reporters after landing in Dublin.",
     [("COERCE", "171", ["IRL"], [], "reported", "seized"),
      ("ASSAULT", "181", ["IRL"], [], "reported", "abducted")]),
    # a neutral report ("said") accuses nobody (review s13 F12); alleging it does: the army
    # of one country accusing that country's rebels of an attack on it
    ("Rebels killed twelve Malian soldiers near Gao, military officials said.",
     [("ASSAULT", "190", ["MLIREB"], ["MLIMIL"], "reported", "killed")]),
    ("Malian military officials alleged that rebels had killed twelve soldiers near Gao.",
     [("ACCUSE", "112", ["MLIMIL"], ["MLIREB"], "asserted", "alleged"),
      ("ASSAULT", "190", ["MLIREB"], ["MLIMIL"], "reported", "killed")]),
    # another country's forces
    ("Ukraine's military claimed Russian forces shelled Kharkiv.",
     [("ACCUSE", "112", ["UKRMIL"], ["RUSMIL"], "asserted", "claimed"),
      # the city shelled is the target's place: its state (events/implicit_targets.py)
      ("ASSAULT", "194", ["RUSMIL"], ["UKR"], "reported", "shelled")]),
    ("Ukraine's military said Russian forces shelled Kharkiv.",
     [("ASSAULT", "194", ["RUSMIL"], ["UKR"], "reported", "shelled")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEECH)
def test_only_a_party_accuses(engine: Engine, text: str, expected: list[Any]) -> None:
    assert rows(engine, text) == expected


def test_an_announced_pause_in_fighting_accuses_no_one(engine: Engine) -> None:
    # was ACCUSE 112 ISR -> JOR,ARE (trigger "announced"); the "dropped" ASSAULT left is an
    # older defect of the aid verb, not of reported speech
    text = ("Jordanian and Emirati planes dropped flour over the Gaza Strip on Sunday, hours "
            "after Israel announced daily pauses in fighting in three areas.")
    assert [r for r in rows(engine, text) if r[0] == "ACCUSE"] == []


WHERE = [
    ("Macron visited Oradour, where German troops massacred hundreds of villagers in 1944.", []),
    ("The talks took place in Bakhmut, where Russian forces launched an offensive last month.",
     []),
    ("Fighting continued near Sumy, where Moscow deployed some 5,000 soldiers late last year.",
     []),
    # the report's day: news, as before
    ("Blinken flew to Riyadh, where he held talks with the Saudi crown prince on Monday.",
     [("CONSULT", "042", ["USAGOV"], ["SAU"], "asserted", "flew")]),
    ("On Thursday Rutte was in Riga, where he met Latvia's prime minister.",
     [("CONSULT", "040", ["IGO"], ["LVA"], "asserted", "met")]),
    # a pronoun pointing ahead to the main clause's subject
    ("Sergei Lavrov met Hakan Fidan in Antalya on Friday. Speaking in Tirana, where he "
     "attended a summit of European leaders, President Volodymyr Zelensky accused Moscow of "
     "stalling.",
     [("CONSULT", "040", ["RUSGOV"], ["TURGOV"], "asserted", "met"),
      ("ACCUSE", "112", ["UKRGOV"], ["RUS"], "asserted", "accused")]),
]


@pytest.mark.parametrize(("text", "expected"), WHERE)
def test_where_clauses_of_an_earlier_time_are_background(engine: Engine, text: str,
                                                         expected: list[Any]) -> None:
    assert rows(engine, text) == expected
