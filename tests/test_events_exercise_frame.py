"""Review fixes of session 10 (issue 10), each a class with sentences of our own; every case
asserts the exact events (PLOVER type, CAMEO code, source and target actor codes, modality,
trigger).

1. A deed of force is rehearsed (CAMEO 150) only when the exercise is the deed's own frame:
   "exercise of <a right>" is the abstract noun, a singular "manoeuvre" is a combat move, a
   deed aimed at a named party or with casualties is force used whatever drill was going on.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-10T08:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


EXERCISE_FRAME = [
    # "in exercise of its right": the abstract noun, not a drill
    ("Turkish jets bombed Kurdish positions in northern Iraq in exercise of its sovereign "
     "rights.",
     [("ASSAULT", "195", ["TUR"], ["IRQ"], "asserted", "bombed")]),
    # another party's deed during someone's drill, with casualties
    ("Gunmen attacked a police academy in Kenya during a training exercise, killing six "
     "cadets.",
     [("ASSAULT", "190", ["KENUAF"], ["KEN"], "asserted", "attacked")]),
    ("Russia attacked Ukraine during drills on Monday.",
     [("ASSAULT", "190", ["RUS"], ["UKR"], "asserted", "attacked")]),
    # a singular manoeuvre is a move in combat
    ("Sudanese army units shelled RSF positions in Omdurman in a flanking manoeuvre.",
     [("ASSAULT", "194", ["SDNMIL"], ["SDNREB"], "asserted", "shelled")]),
    # look-alikes that stay exercises: weapons fired at no one during (plural) manoeuvres
    ("Russian jets fired missiles during naval manoeuvres in the Baltic.",
     [("MOBILIZE", "150", ["RUS"], [], "asserted", "fired")]),
    ("Indian tanks fired shells during joint military manoeuvres in Rajasthan.",
     [("MOBILIZE", "150", ["IND"], [], "asserted", "fired")]),
]


@pytest.mark.parametrize(("text", "expected"), EXERCISE_FRAME)
def test_exercise_frame(engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


# 3. A light or support verb whose complement is a gerund clause ("resorted to throwing
#    stones") tells the complement's deed: no guess from word vectors codes the governor.
SUPPORT_VERBS = [
    ("Angry farmers resorted to blocking roads near Warsaw on Monday.",
     [("PROTEST", "144", ["POLAGR"], ["POL"], "asserted", "blocking")]),
    ("Police resorted to firing tear gas at protesters in Nairobi.",
     [("ASSAULT", "175", ["KENCOP"], ["KEN"], "asserted", "firing")]),
    ("Kenyan students resorted to throwing stones at police.",
     [("PROTEST", "145", ["KENEDU"], ["KENCOP"], "asserted", "throwing")]),
]


@pytest.mark.parametrize(("text", "expected"), SUPPORT_VERBS)
def test_support_verb_codes_its_complement(engine: Engine, text: str,
                                           expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


# 2. Coordinated predicates with their own codes are two deeds: ending an agreement (160)
#    does not swallow the sanctions or the expulsion told by the next verb.
COORDINATED_DEEDS = [
    ("Washington withdrew from the deal and imposed sanctions on Iran.",
     [("SANCTION", "160", ["USA"], [], "asserted", "withdrew"),
      ("SANCTION", "163", ["USA"], ["IRN"], "asserted", "sanctions")]),
    ("Mali withdrew from the accord and expelled the French ambassador.",
     [("SANCTION", "160", ["MLI"], [], "asserted", "withdrew"),
      ("SANCTION", "166", ["MLI"], ["FRA"], "asserted", "expelled")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_DEEDS)
def test_coordinated_deeds_stay_apart(engine: Engine, text: str,
                                      expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


# 5. Accidents are no deed of an actor against another: a collision codes nothing, whatever
#    a word-vector neighbour ("collide" ~ "blast") says.
@pytest.mark.parametrize("text", [
    "A Chinese navy destroyer collided with a Chinese coast guard vessel on Monday.",
    "A Greek ferry collided with a Turkish cargo ship off Lesbos.",
])
def test_a_collision_is_no_assault(engine: Engine, text: str) -> None:
    assert rows(engine, text) == []
