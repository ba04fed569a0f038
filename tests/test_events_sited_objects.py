"""Force against a place people are in, or an occasion they attend, is literal (review s13,
regression of ed0e0cb).

ed0e0cb drops a guessed code of force (a WordNet relative, a word-vector neighbour) when the
verb's object is an abstract noun ("torpedoed the plan"). Its list took every noun whose main
WordNet sense is abstract, and so also "market" (a marketplace among its first senses),
"compound" (an enclosure of houses) and "wedding"/"funeral" (social events): "firebombed the
market in Kherson" lost the attack that 19f50bc coded. A noun that also names a built place
among its first three tagged senses, or whose main sense is a social event, is no abstract
object. Our own sentences.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine
from eventwire.lexicon.triggers import TriggerLexicon

PUBLISHED = "2025-04-10T08:00:00+00:00"

CASES = [
    ("Russian drones firebombed the market in Kherson on Sunday.",
     [("ASSAULT", "195", ["RUS"], ["UKR"], "asserted", "firebombed", 0.3)]),
    ("Sudanese drones firebombed the marketplace in El Obeid on Monday.",
     [("ASSAULT", "195", ["SDN"], [], "asserted", "firebombed", 0.5)]),
    ("Nigerian jets strafed the ceremony in Zamfara state, killing 12 villagers.",
     [("ASSAULT", "195", ["NGA"], [], "asserted", "strafed", 0.5)]),
    # look-alikes: an abstract object keeps the verb figurative
    ("Two Kenyan lawmakers torpedoed the budget deal in parliament on Tuesday.", []),
    ("The Hungarian government torpedoed the framework for Ukraine's accession talks.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_force_on_a_place_or_an_occasion_is_literal(engine: Engine, text: str,
                                                     expected: list[tuple[Any, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED, confidence=True) == expected


def test_abstract_nouns_leave_out_places_and_social_events() -> None:
    nouns = TriggerLexicon.load().abstract_nouns
    words = ("market", "compound", "marketplace", "wedding", "funeral", "ceremony",
             "plan", "framework", "deal", "report", "contract")
    assert [w for w in words if w in nouns] == ["plan", "framework", "deal", "report",
                                                "contract"]
