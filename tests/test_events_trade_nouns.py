"""Event coding rules of session 4 (issue 10), each with sentences of our own:

- tariffs, export and import bans and halted trade curtail commercial exchanges: PLOVER
  SANCTION 'discontinue' (CAMEO 163; PETRARCH2 BAN * IMPORTS [163], SLAP * SANCTIONS [163]);
- military exercises are MOBILIZE (150, PETRARCH2 CONDUCT {&MILITARY EXERCISES}); joint ones
  military cooperation (062, PETRARCH2 HOLD {JOINT EXERCISES}; the PLOVER manual codes joint
  military operations as COOPERATE);
- a veto is REJECT 129 as a noun too ("cast a veto");
- the topic of a protest (a demand, protest or accusation in its purpose clause) is not a
  separate event (PLOVER manual, PROTEST), nor is the outcome of an act of the same type
  told in a participle clause ("opened fire, killing two").
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-10T08:00:00+00:00"


def events_of(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED)


CASES = [
    ("Canada slapped tariffs on Chinese electric vehicles on Monday.",
     [("SANCTION", "163", ["CAN"], ["CHN"], "asserted", "tariffs")]),
    ("Indonesia banned exports of nickel ore to Japan in January.",
     [("SANCTION", "163", ["IDN"], ["JPN"], "asserted", "banned")]),
    ("Turkey halted all trade with Israel on Thursday.",
     [("SANCTION", "163", ["TUR"], ["ISR"], "asserted", "halted")]),
    ("Beijing imposed an export ban on drones to the United States.",
     [("SANCTION", "163", ["CHN"], ["USA"], "asserted", "ban")]),
    # lifting a tariff is easing a sanction (085, PLOVER RETREAT)
    ("Australia lifted its tariffs on Chinese barley.",
     [("RETREAT", "085", ["AUS"], ["CHN"], "asserted", "lifted")]),
    # reducing a tariff is its end too; announced, it is future
    ("Mexico will reduce its tariffs on Brazilian beef next year, the economy minister said.",
     [("RETREAT", "085", ["MEX"], ["BRA"], "future", "reduce")]),
    ("The Chinese navy held a large exercise near Taiwan on Saturday.",
     [("MOBILIZE", "150", ["CHN"], ["TWN"], "asserted", "exercise")]),
    ("Japan and the Philippines began joint naval drills in the South China Sea.",
     [("COOPERATE", "062", ["JPN"], ["PHL"], "asserted", "drills"),
      ("COOPERATE", "062", ["PHL"], ["JPN"], "asserted", "drills")]),
    ("China cast a veto against the draft resolution on Myanmar.",
     [("REJECT", "129", ["CHN"], [], "asserted", "veto")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_trade_and_military_nouns(engine: Engine, text: str,
                                  expected: list[tuple[Any, ...]]) -> None:
    assert events_of(engine, text) == expected


RESTATED = [
    ("Belgian farmers blocked roads into Brussels on Tuesday to demand higher prices.",
     [("PROTEST", "144", ["BEL"], ["BEL"], "asserted", "blocked")]),
    ("A detained Egyptian blogger began a hunger strike to protest his trial.",
     [("PROTEST", "142", ["EGY"], ["EGY"], "asserted", "strike")]),
    ("Bolivian police opened fire on miners near La Paz, killing three people.",
     [("ASSAULT", "193", ["BOL"], ["BOL"], "asserted", "opened")]),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED)
def test_topic_or_outcome_of_an_act_is_not_another_event(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert events_of(engine, text) == expected

