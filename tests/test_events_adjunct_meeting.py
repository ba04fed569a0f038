"""A meeting noun with its own "with" party in an "after" adjunct of a visit is its own
meeting (CAMEO 040 vs 042: another deed), not a restatement of the visit (s7 stories note,
a regression of the temporal-adjunct rule). Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-04T12:00:00+00:00"

CASES = [
    ("Modi arrives in Tokyo after summit with Biden in Washington.",
     [("CONSULT", "042", ["IND"], ["JPN"], "asserted", "arrives"),
      ("CONSULT", "040", ["IND"], ["USA"], "asserted", "summit")]),
    ("Lula arrived in Lisbon on Tuesday after a meeting with Sanchez in Madrid.",
     [("CONSULT", "042", ["BRA"], ["PRT"], "asserted", "arrived"),
      ("CONSULT", "040", ["BRA"], ["ESP"], "asserted", "meeting")]),
    # the same deed's code: still one event
    ("Modi held talks in Tokyo after the summit with Kishida on Monday.",
     [("CONSULT", "040", ["IND"], [], "asserted", "talks")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_meeting_after_a_visit_is_its_own_event(engine: Engine, text: str,
                                                  expected: list[tuple[Any, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED) == expected
