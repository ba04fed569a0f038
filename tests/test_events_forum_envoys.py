"""Who the recipient is when the text names a forum or a person (issue 10, session 8 args).

- A forum is where a complaint is heard, not whom it is against: "filed complaints at the
  WTO against Poland" is ACCUSE aimed at Poland (PETRARCH2 FILE * CASE (AGAINST) 115; the
  parser hangs the "against" phrase on the forum, out of the complaint noun's reach). With no
  "against" party, a forum named with "at" is no target ("at the African Union summit").
- An envoy summoned by name and title ("summoned Japanese Ambassador Hideo Tarumi") is the
  summons of an ambassador, as "summoned the Japanese ambassador" is: ACCUSE 114 (complain
  officially) against the envoy's state. A titled name elsewhere ("Ambassador X told
  reporters") is no summons.

Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2024-05-20T10:00:00+00:00"

CASES = [
    ("Kyiv filed complaints at the World Trade Organization against Poland, Hungary and "
     "Slovakia.",
     [("ACCUSE", "114", ["UKR"], ["POL", "HUN", "SVK"], "asserted", "complaints")]),
    ("Brazil filed a complaint at the World Trade Organization against the United States on "
     "Monday.",
     [("ACCUSE", "114", ["BRA"], ["USA"], "asserted", "complaint")]),
    ("Australia lodged a complaint before a WTO panel against China over its barley tariffs.",
     [("ACCUSE", "114", ["AUS"], ["CHN"], "asserted", "complaint")]),
    ("The Philippines filed a complaint before an arbitral tribunal against China.",
     [("ACCUSE", "114", ["PHL"], ["CHN"], "asserted", "complaint")]),
    ("Mexico filed a complaint at the International Court of Justice against Ecuador.",
     [("ACCUSE", "114", ["MEX"], ["ECU"], "asserted", "complaint")]),
    # no "against" party: the place of the complaint is no target
    ("Ghana filed a complaint at the African Union summit in Addis Ababa.",
     [("ACCUSE", "114", ["GHA"], [], "asserted", "complaint")]),
    # an appeal to a body for aid is a request to that body (CAMEO 023)
    ("Sudan appealed to the United Nations for emergency food aid.",
     [("REQUEST", "023", ["SDN"], [None], "asserted", "appealed")]),
    # envoys summoned by title and name
    ("China summoned Japanese Ambassador Hideo Tarumi on Thursday to lodge a stern protest.",
     [("ACCUSE", "114", ["CHN"], ["JPN"], "asserted", "summoned")]),
    ("Poland's foreign ministry summoned Belarusian charge d'affaires Pavel Ivanov on Friday.",
     [("ACCUSE", "114", ["POL"], ["BLR"], "asserted", "summoned")]),
    ("The Netherlands summoned Turkish Ambassador Sadin Ayyildiz after the remarks.",
     [("ACCUSE", "114", ["NLD"], ["TUR"], "asserted", "summoned")]),
    # look-alikes: a titled envoy who speaks, and a committee summoning a witness
    ("Ambassador Hideo Tarumi told reporters in Beijing that the water was safe.", []),
    ("A congressional committee summoned Ambassador Gordon Sondland to testify.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_forum_and_envoy_recipients(engine: Engine, text: str,
                                    expected: list[tuple[Any, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED) == expected
