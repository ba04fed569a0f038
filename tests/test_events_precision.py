"""Spurious events removed for codebook reasons (issue 10, session 5), sentences of our own:

- the purpose of an act of the same PLOVER type is that act ("fired tear gas to disperse the
  crowd" is one assault; PLOVER codes each act once);
- a restrictive relative clause in the simple present describes a lasting property of the
  noun's referent (TimeML STATE: "the militia that controls the port", "a resolution that
  seeks to impose an embargo"), not an event of the report;
- the passive of a dictionary pattern whose object is the subject ("the delegation was led
  by X") names no party: no event;
- a catenative verb ("helped rebuild") is one predicate with its complement: its own
  dictionary synonym code (PETRARCH2 HELP [070]) is not a second event.
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
    ("Sudanese security forces opened fire to disperse demonstrators in Khartoum on Sunday.",
     [("ASSAULT", "193", ["SDN"], ["SDN"], "asserted", "opened")]),
    ("Kenyan police fired tear gas to disperse protesters in Nairobi on Tuesday.",
     [("ASSAULT", "175", ["KEN"], ["KEN"], "asserted", "fired")]),
    # different types: the raid and the arrest it was for are two acts
    ("Israeli troops raided the camp to arrest two Palestinian militants.",
     [("ASSAULT", "190", ["ISR"], ["PSE"], "asserted", "raided"),
      ("COERCE", "173", ["ISR"], ["PSE"], "asserted", "arrest")]),
    ("Washington imposed sanctions on the Houthi militia that controls the port of Hodeidah.",
     [("SANCTION", "163", ["USA"], ["YEM"], "asserted", "sanctions")]),
    ("Russia praised the Syrian militia that fights alongside its troops.",
     [("SUPPORT", "051", ["RUS"], ["SYR"], "asserted", "praised")]),
    ("Hungary said it will vote for a resolution that aims to tighten sanctions on Belarus.",
     []),
    ("The Indian army says it fights militants that Pakistan supports.",
     [("ASSAULT", "190", ["IND"], [], "reported", "fights")]),
    # a past or perfect relative clause tells an event: kept
    ("Washington imposed sanctions on the Houthi militia that attacked a tanker off Yemen.",
     [("SANCTION", "163", ["USA"], ["YEM"], "asserted", "sanctions"),
      ("ASSAULT", "190", ["YEM"], [], "asserted", "attacked")]),
    # passive of PETRARCH2 LEAD * DELEGATION [036]: the pattern's object is the subject
    # and no other party is named; the active with a destination is still an intent
    ("The Syrian delegation was led by Foreign Minister Asaad al-Shaibani.", []),
    ("Lavrov will lead a delegation to Tehran next week.",
     [("AGREE", "030", ["RUS"], ["IRN"], "future", "lead")]),
    ("Saudi Arabia has mobilized lobby groups in the United States to help support the "
     "rights of Palestinians.",
     [("SUPPORT", "050", ["SAU"], ["PSE"], "asserted", "support")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spurious_events_are_not_coded(engine: Engine, text: str,
                                       expected: list[tuple[Any, ...]]) -> None:
    assert events_of(engine, text) == expected
