"""Session 11 event-type classes (issue 10, the TYPE side), each a rule from the CAMEO
codebook, PETRARCH2's CAMEO.2.0.txt or the PLOVER manual, on sentences of our own; every case
asserts the exact events (PLOVER type, CAMEO code, source and target actor codes, modality,
trigger).

1. SANCTION (CAMEO 16): a verb PETRARCH2 pairs with a sanctions noun ("EXTEND * SANCTIONS",
   "ADD * SANCTIONS", "AGREE * (TO SANCTIONS)" [163]) is the noun's support verb; putting a
   party on a sanctions, entity or terrorism list is blacklisting (163); an asset freeze and a
   travel ban are sanctions; suspending or freezing a membership reduces relations (160,
   PLOVER SANCTION 'expel'). Look-alikes: a list of anything else, lifting and threatening.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-10T08:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


SANCTIONS = [
    ("The Commerce Department added five Chinese chip makers to the entity list.",
     [("SANCTION", "163", ["USAGOV"], ["CHN"], "asserted", "added")]),
    ("Washington placed the Houthis on its terrorism blacklist.",
     [("SANCTION", "163", ["USA"], ["YEMREB"], "asserted", "placed")]),
    ("The band added Rome to the list of tour dates.", []),
    ("Britain announced an asset freeze on the head of the Wagner group.",
     [("SANCTION", "163", ["GBR"], ["RUSMIL"], "asserted", "freeze")]),
    ("Australia slapped travel bans on four Myanmar generals.",
     [("SANCTION", "163", ["AUS"], ["MMRMIL"], "asserted", "bans")]),
    ("The African Union suspended Mali's membership after the coup.",
     [("SANCTION", "160", ["IGOAFRAFU"], ["MLI"], "asserted", "suspended")]),
    ("The EU agreed to new sanctions against Moscow.",
     [("SANCTION", "163", ["IGOEUREEC"], ["RUS"], "asserted", "sanctions")]),
    ("Canada added sanctions on three Russian banks.",
     [("SANCTION", "163", ["CAN"], ["RUSBUS"], "asserted", "sanctions")]),
    # look-alikes: ending and threatening sanctions keep their own codes
    ("The United States lifted sanctions on Syria.",
     [("RETREAT", "085", ["USA"], ["SYR"], "asserted", "lifted")]),
    ("Moscow threatened sanctions against Tokyo.",
     [("THREATEN", "1312", ["RUS"], ["JPN"], "asserted", "threatened")]),
]


@pytest.mark.parametrize(("text", "expected"), SANCTIONS)
def test_sanctions(engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected

