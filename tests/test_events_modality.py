"""Modality chooses the type as the codebook says (issue 10, failure kinds 2-4), with
sentences of our own:

- an announced, decided or scheduled conflictual deed keeps its own type with future or
  intended modality ("will close the border", "plans to expel"): PLOVER THREATEN is
  "threats, coercive or forceful warnings", which needs a threat;
- a threat stays a threat when the text makes one: a condition ("unless", "if"), a warning
  ("warned it would retaliate", "warned that X could resume"), a vow against a party;
- a question about a deed is that deed with modality "question";
- a non-restrictive relative clause about a participant ("who had been helping X fight Y")
  is background, not an act of that clause's actors.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-04T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


ANNOUNCED_DEEDS = [
    ("Lithuania will close two of its border crossings with Belarus from Friday.",
     [("COERCE", "191", ["LTU"], ["BLR"], "future", "close")]),
    ("The Dutch government plans to expel three Iranian diplomats.",
     [("SANCTION", "166", ["NLD"], ["IRN"], "intended", "plans")]),
    ("Kenya will deport the two journalists next week.",
     [("COERCE", "174", ["KEN"], [], "future", "deport")]),
    ("Ankara will impose new tariffs on Chinese cars from July.",
     [("SANCTION", "163", ["TUR"], ["CHN"], "future", "tariffs")]),
    ("Venezuela will send troops to the border, the defence minister said.",
     [("MOBILIZE", "154", ["VEN"], [], "future", "send")]),
    ("Will China invade Taiwan?",
     [("ASSAULT", "190", ["CHN"], ["TWN"], "question", "invade")]),
]

THREATS = [
    ("Japan will ban imports of seafood from Russia unless Moscow returns the vessel.",
     [("THREATEN", "1312", ["JPN"], ["RUS"], "hypothetical", "ban")]),
    ("China would hold military drills around Taiwan if the president visited the United "
     "States, Beijing said.",
     [("THREATEN", "138", ["CHN"], [], "hypothetical", "drills")]),
    ("Iran vowed to retaliate against Israel.",
     [("THREATEN", "130", ["IRN"], ["ISR"], "asserted", "vowed")]),
    ("Iran warned it would retaliate against Israel.",
     [("THREATEN", "130", ["IRN"], ["ISR"], "asserted", "warned")]),
    # a warning of force is the warner's threat against its adversary, not the force
    ("Netanyahu warned on Monday that Israel could resume its strikes on Lebanon.",
     [("THREATEN", "138", ["ISR"], ["LBN"], "asserted", "warned")]),
]

NOT_EVENTS = [
    # background relative clauses: no act of Niger, of Hamas or of the envoy
    "The troops, who had been helping Niger fight Islamist militants, will leave by September, "
    "the Pentagon said.",
    "The envoy, who had negotiated the release of hostages held by Hamas, will retire next year.",
    # a plan with no coded deed
    "The ministry will publish its annual report next week.",
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED_DEEDS + THREATS)
def test_modality_chooses_the_type(engine: Engine, text: str, expected: list[Any]) -> None:
    assert rows(engine, text) == expected


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_background_and_plans_are_no_events(engine: Engine, text: str) -> None:
    assert rows(engine, text) == []
