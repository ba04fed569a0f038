"""Nominal and adjectival events and the causes behind the Kayhan misses: coercion policies
("maximum pressure"), overthrows, evaluations ("unacceptable"), attitudes ("hostile to").
Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-02-26T00:09:00+03:30"


def events_of(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED)


CASES = [
    # PETRARCH2 IMPEL block: PRESSURE is coercion (170); a policy/campaign of it is the event
    ("Washington reimposed its tough maximum pressure policy towards Caracas on Friday.",
     [("COERCE", "170", ["USA"], ["VEN"], "asserted", "policy")]),
    ("The United States restored its policy of maximum pressure on Cuba.",
     [("COERCE", "170", ["USA"], ["CUB"], "asserted", "pressure")]),
    ("U.S. President Joe Biden reinstated his 'maximum pressure' campaign against Venezuela.",
     [("COERCE", "170", ["USA"], ["VEN"], "asserted", "campaign")]),
    # OVERTHROW [180]; topple needs an actor brought down
    ("Chadian rebels toppled the government of Sudan in April.",
     [("ASSAULT", "180", ["TCD"], ["SDN"], "asserted", "toppled")]),
    ("The storm toppled trees across Sudan.", []),
    # evaluations are disapproval (111) by whoever makes them, against the thing's owner
    ("Germany called Russia's annexation plan unacceptable.",
     [("ACCUSE", "111", ["DEU"], ["RUS"], "asserted", "unacceptable")]),
    ("Russia's annexation plan is unacceptable, Germany said.",
     [("ACCUSE", "111", ["DEU"], ["RUS"], "reported", "unacceptable")]),
    ("On Ukraine, Chancellor Olaf Scholz said they discussed Putin's 'unacceptable' annexation"
     " plan.", [("ACCUSE", "111", ["DEU"], ["RUS"], "reported", "unacceptable")]),
    # an unquoted modifier is the writer's word, not a statement of an actor
    ("Scholz said they discussed Putin's unacceptable annexation plan.", []),
    ("Turkey is hostile to Greece.", [("ACCUSE", "111", ["TUR"], ["GRC"], "asserted", "hostile")]),
    # "{&PKO &MILITARY} * [0861:074]" (ARRIVE block) needs peacekeepers as subject; a broken
    # brace group must not let it fit any subject of "come"
    ("Sweden's decision comes two weeks after the vote in Kosovo.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_nominal_and_adjectival_events(engine: Engine, text: str,
                                       expected: list[tuple[Any, ...]]) -> None:
    assert events_of(engine, text) == expected


def test_kayhan_finds_pressure_and_the_unacceptable_plan(kayhan_report: dict) -> None:
    found = {(e["plover"], tuple(a["code"] for a in e["source"]),
              tuple(a["code"] for a in e["target"]), e["evidence"]["trigger"]["text"])
             for e in kayhan_report["events"]}
    assert ("COERCE", ("USAGOV",), ("IRN",), "policy") in found
    assert ("ACCUSE", ("IRNGOV",), ("USAGOV",), "unacceptable") in found
