"""Receiving a named person is hosting a visit (CAMEO 043, the receiver as source; PETRARCH2's
RECEIVE rows "* LEADER", "* ENVOY", "* MINISTERS", "* (FOR TALKS)" [043:042]), as receiving
a titled one already was; people received in numbers (students, refugees) are no visitors.
Own sentences; exact events (PLOVER type, CAMEO code, sides, modality, negated, trigger)."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-12T10:00:00+00:00"

CASES = [
    # a bare name received in a "when" clause of the narrative
    ("Russian President Vladimir Putin arrived in New Delhi on Monday. The high point came on "
     "Tuesday, when Prime Minister Narendra Modi received Putin at Hyderabad House.",
     [("CONSULT", "042", ["RUSGOV"], ["IND"], "asserted", False, "arrived"),
      ("CONSULT", "043", ["INDGOV"], ["RUSGOV"], "asserted", False, "received")]),
    # a title before the name, as before
    ("Qatar's emir Sheikh Tamim bin Hamad Al Thani received Iranian Foreign Minister Abbas "
     "Araghchi in Doha on Sunday.",
     [("CONSULT", "043", ["QATGOV"], ["IRNGOV"], "asserted", False, "received")]),
    # people received in numbers are not visitors
    ("Hungary received 300 students from Kenya on Tuesday under a scholarship scheme.", []),
    ("Jordan received 2,000 Syrian refugees on Tuesday, the UN refugee agency said.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_receiving_a_named_person_hosts_a_visit(engine: Engine, text: str,
                                                expected: list[tuple[Any, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED, codes=True, negated=True) == expected
