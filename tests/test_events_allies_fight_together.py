"""Allies who fought together did not fight each other (session 12 review, F3).

A verb of combat with coordinated subjects and no party of its own is read as the two
sides fighting each other ("Thailand and Cambodia clashed"). A modifier that puts the
subjects on one side - "together", "jointly", "side by side", "alongside (each other)",
"as allies", "on the same side" - makes them co-agents (plain English grammar: a
comitative adverbial blocks the reciprocal reading of a symmetric predicate), so no
event of one against the other may come out. Our own sentences."""

from __future__ import annotations

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-14T09:00:00+00:00"


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia and Belarus fought side by side in the Second World War.",
     [("ASSAULT", "190", ["RUS", "BLR"], [], "asserted", "fought")]),
    ("Egypt and Syria fought as allies in the 1973 war.",
     [("ASSAULT", "190", ["EGY", "SYR"], [], "asserted", "fought")]),
    ("Turkey and Azerbaijan fought on the same side in 2020.",
     [("ASSAULT", "190", ["TUR", "AZE"], [], "asserted", "fought")]),
    # the place stays where they fought, as before the reciprocal rule
    ("Kenya and Uganda fought jointly in Somalia under the African Union mission.",
     [("ASSAULT", "190", ["KEN", "UGA"], ["SOM"], "asserted", "fought")]),
    ("Iran and Hezbollah fought alongside each other in Syria.",
     [("ASSAULT", "190", ["IRN", "LBNREB"], ["SYR"], "asserted", "fought")]),
])
def test_subjects_that_fought_on_one_side_are_no_foes(
        engine: Engine, text: str, expected: list[tuple[object, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED, codes=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Armenia and Azerbaijan fought on the northern front overnight.",
     [("ASSAULT", "190", ["ARM"], ["AZE"], "asserted", "fought"),
      ("ASSAULT", "190", ["AZE"], ["ARM"], "asserted", "fought")]),
    ("Israel and Iran accused each other of sabotage on Monday.",
     [("ACCUSE", "112", ["ISR"], ["IRN"], "asserted", "accused"),
      ("ACCUSE", "112", ["IRN"], ["ISR"], "asserted", "accused")]),
])
def test_foes_still_fight_each_other(
        engine: Engine, text: str, expected: list[tuple[object, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED, codes=True) == expected
