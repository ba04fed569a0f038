"""An "as" clause of time tells a deed of its own (review s13 F22, regression of d6af1b2).

d6af1b2 drops a deed told in a clause of condition, cause, concession, limit or purpose when
its sentence has another event, and listed "as" among the marks of cause. In news "as" joins
two deeds that happen at the same time ("Hamas freed three hostages as Israel released 90
prisoners"): both are asserted, both are news, like "while" (9a9eac9). Conditions and
purposes stay background. Our own sentences.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-10T08:00:00+00:00"

CASES = [
    ("Hamas freed three Israeli hostages on Saturday as Israel released 90 Palestinian "
     "prisoners.",
     [("RETREAT", "084", ["PSE"], ["ISR"], "asserted", "freed"),
      ("RETREAT", "084", ["ISR"], ["PSE"], "asserted", "released")]),
    ("Indian troops fired on Pakistani posts along the Line of Control as Islamabad summoned "
     "India's envoy.",
     [("ASSAULT", "193", ["IND"], ["PAK"], "asserted", "fired"),
      ("ACCUSE", "114", ["PAK"], ["IND"], "asserted", "summoned")]),
    # look-alikes: a condition and a cause stay background
    ("Pakistan said it would strike back if India attacked its posts again.",
     [("THREATEN", "138", ["PAK"], ["IND"], "hypothetical", "strike")]),
    ("The EU imposed sanctions on Iran because Tehran had sent drones to Russia.",
     [("SANCTION", "163", [None], ["IRN"], "asserted", "sanctions")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_as_clause_of_time_is_news(engine: Engine, text: str,
                                      expected: list[tuple[Any, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED) == expected
