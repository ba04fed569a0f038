"""A prisoner swap is two deeds (PLOVER manual: "the actual release or exchange of prisoners
should be coded as RETREAT"): "X released A in exchange for B" is also the release of B by
A's state, aimed at B (CAMEO codes a person by nationality and role). The holder of each
prisoner is the other prisoner's state, so an agentless "A was freed in exchange for B" is a
release by B's state. Things exchanged for goods or money are no swap. Sentences are our own
(issue 10, session 8 args)."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2024-08-02T10:00:00+00:00"

CASES = [
    ("Russia released the American basketball player Brittney Griner in exchange for the "
     "Russian arms dealer Viktor Bout.",
     [("RETREAT", "084", ["RUS"], ["USA"], "asserted", "released"),
      ("RETREAT", "084", ["USA"], ["RUS"], "asserted", "exchange")]),
    ("Venezuela freed five American citizens in return for two Venezuelan businessmen held in "
     "the United States.",
     [("RETREAT", "084", ["VEN"], ["USA"], "asserted", "freed"),
      ("RETREAT", "084", ["USA"], ["VEN"], "asserted", "return")]),
    ("The Russian arms dealer Viktor Bout was freed in exchange for the American basketball "
     "player Brittney Griner on Thursday.",
     [("RETREAT", "084", ["USA"], ["RUS"], "asserted", "freed"),
      ("RETREAT", "084", ["RUS"], ["USA"], "asserted", "exchange")]),
    ("Belarus released a German citizen in exchange for a Russian spy held in Germany.",
     [("RETREAT", "084", ["BLR"], ["DEU"], "asserted", "released"),
      ("RETREAT", "084", ["DEU"], ["RUS"], "asserted", "exchange")]),
    ("Ukraine released 95 Russian soldiers in exchange for 95 Ukrainian prisoners of war.",
     [("RETREAT", "084", ["UKR"], ["RUS"], "asserted", "released"),
      ("RETREAT", "084", ["RUS"], ["UKR"], "asserted", "exchange")]),
    # one release, no swap
    ("Iran freed a French aid worker on Friday.",
     [("RETREAT", "084", ["IRN"], ["FRA"], "asserted", "freed")]),
    # look-alikes: goods, a ransom, nothing given in return
    ("The company released a new phone in exchange for old devices.", []),
    ("The rebels released the hostages in return for a ransom.", []),
    ("Iran released two French citizens in exchange for nothing, the minister said.",
     [("RETREAT", "084", ["IRN"], ["FRA"], "reported", "released")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_prisoner_swap_is_two_releases(engine: Engine, text: str,
                                       expected: list[tuple[Any, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED) == expected


def test_each_side_of_a_swap_keeps_the_person_sector(engine: Engine) -> None:
    text = ("Iran on Friday released Belgian aid worker Olivier Vandecasteele in exchange for "
            "Assadollah Assadi, an Iranian diplomat.")
    assert event_rows(engine, text, PUBLISHED, codes=True) == [
        ("RETREAT", "084", ["IRN"], ["BELNGO"], "asserted", "released"),
        ("RETREAT", "084", ["BEL"], ["IRNGOV"], "asserted", "exchange")]
