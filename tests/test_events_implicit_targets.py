"""Targets the trigger's slots leave implicit (issue 10, session 9): the largest dyad loss on
unseen wire text is an event with the right type and source and NO target while the sentence
names one. Three places hold it, each read by a CAMEO convention (events/implicit_targets.py):

1. An act on a place is aimed at the place's state (CAMEO codes the location's owner), as
   the places stage resolved it — never the source's own state unless the text says so.
2. An agreement or refusal whose object names the party only inside it.
3. A refusal, concession or agreement whose counterpart is the party of the interaction that
   prompted it, named in an adjunct ("despite pressure from X", "after talks with X").

A target filled by 1 through a locative phrase, by 2 or by 3 is a fallback: the event's
confidence drops to 0.3, so an analyst can tell it from a target in the trigger's own slot
("shelled Kharkiv" keeps the trigger's confidence). All sentences are our own.
"""

from __future__ import annotations

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-10T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[object, ...]]:
    return event_rows(engine, text, PUBLISHED, confidence=True)


@pytest.mark.parametrize(("text", "expected"), [
    # 1. places acted on
    ("Israeli tanks fired shells at targets in Khan Younis on Tuesday.",
     [("ASSAULT", "194", ["ISR"], ["PSE"], "asserted", "fired", 0.3)]),
    ("Saudi-led aircraft struck targets in Hodeidah on Friday, residents said.",
     [("ASSAULT", "195", ["SAU"], ["YEM"], "reported", "struck", 0.3)]),
    ("Russian forces shelled Kharkiv overnight, killing three people.",
     [("ASSAULT", "194", ["RUS"], ["UKR"], "asserted", "shelled", 0.8)]),
    # 2. a party inside the object
    ("Hungary rejected an invitation to a summit hosted by Ukraine.",
     [("REJECT", "120", ["HUN"], ["UKR"], "asserted", "rejected", 0.3),
      ("CONSULT", "043", ["UKR"], [], "asserted", "hosted", 0.8)]),
    ("Japan agreed to fund the reconstruction of bridges in Ukraine.",
     [("AGREE", "0331", ["JPN"], ["UKR"], "asserted", "agreed", 0.8)]),
    # 3. the counterpart in an adjunct
    ("Venezuela's President Nicolas Maduro refused to step down despite pressure from "
     "Washington.",
     [("REJECT", "120", ["VEN"], ["USA"], "asserted", "refused", 0.3)]),
    ("Pakistan agreed to extend the trade deal after talks with Afghanistan.",
     [("AGREE", "030", ["PAK"], ["AFG"], "asserted", "agreed", 0.3)]),
    ("Serbia agreed to open two new border crossings after negotiations with Kosovo.",
     [("AGREE", "030", ["SRB"], ["XKX"], "asserted", "agreed", 0.3)]),
    ("The Philippines refused to withdraw its vessels from the shoal despite demands from "
     "Beijing.",
     [("REJECT", "124", ["PHL"], ["CHN"], "asserted", "refused", 0.3)]),
    # domestic: the text names the government
    ("Kenyan doctors called off their strike after talks with the government.",
     [("CONCEDE", "082", ["KEN"], ["KEN"], "asserted", "called off", 0.3),
      ("CONSULT", "040", ["KEN"], ["KEN"], "asserted", "talks", 0.8)]),
    ("Nigeria's labour unions called off a planned general strike after a meeting with the "
     "government.",
     [("CONCEDE", "082", ["NGA"], ["NGA"], "asserted", "called off", 0.3),
      ("CONSULT", "040", ["NGA"], ["NGA"], "asserted", "meeting", 0.8)]),
    ("Opposition supporters rallied in Tbilisi to demand reforms from the government.",
     [("PROTEST", "141", ["GEO"], ["GEO"], "asserted", "rallied", 0.3)]),
    # no counterpart named: nothing filled
    ("Ukraine refused to withdraw its troops despite heavy losses.",
     [("REJECT", "120", ["UKR"], ["UKR"], "asserted", "refused", 0.9)]),
    ("Israel agreed to extend the truce after talks in Cairo.",
     [("AGREE", "0356", ["ISR"], [], "asserted", "agreed", 0.8)]),
    # the source's own place is no target
    ("Russian forces shelled the Belgorod region, Ukrainian officials said.",
     [("ASSAULT", "194", ["RUS"], [], "reported", "shelled", 0.8)]),
])
def test_implicit_targets(engine: Engine, text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(engine, text) == expected
