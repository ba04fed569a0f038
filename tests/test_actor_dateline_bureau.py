"""A dateline city that is no capital is as often a regional bureau (session 12 review, F4).

"JOHANNESBURG - Zimbabwe's opposition said ...": the reporter filed from South Africa, the
news is Zimbabwe's. Such a city gives the report's setting (for "the government", "the
foreign ministry", "the governor") only when the text names its state or names no state
at all ("LAGOS - The governor accused the army ..." stays Nigeria's). Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-05-02T09:00:00+00:00"


@pytest.mark.parametrize(("text", "expected"), [
    ("JOHANNESBURG, May 2 - Zimbabwe's main opposition party said police had arrested 20 of "
     "its supporters. The government denied the charge.",
     [("COERCE", "173", ["ZWECOP"], ["ZWE"], "reported", "arrested"),
      ("REJECT", "016", ["ZWE"], [], "asserted", "denied")]),
    ("DUBAI, May 2 - Iran's Revolutionary Guards seized a British-flagged tanker in the Gulf "
     "on Friday. The foreign ministry defended the seizure.",
     [("COERCE", "171", ["IRNMIL"], ["GBRBUS"], "asserted", "seized"),
      ("SUPPORT", "052", ["IRNGOV"], [], "asserted", "defended")]),
])
def test_a_bureau_city_does_not_set_a_report_about_another_state(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED, codes=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("LAGOS, May 2 - Nigerian troops killed 12 militants in the Delta on Thursday. The "
     "governor praised the army.",
     [("ASSAULT", "190", ["NGAMIL"], ["NGAREB"], "asserted", "killed"),
      ("SUPPORT", "051", ["NGAGOV"], ["NGAMIL"], "asserted", "praised")]),
])
def test_a_city_dateline_still_sets_a_report_about_its_own_state(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED, codes=True) == expected
