"""Event coding rules of session 3 (issue 10), each with sentences of our own:

- a verb the hand lexicon lists only as a light/ending governor or by an object table that
  misses falls back to the PETRARCH2 phrase pattern that fits ("returned fire", "froze its
  participation"), unless its object is an event noun (the noun stays the trigger);
- modality chooses the type as the PLOVER manual says: an announced withdrawal of one's own
  diplomats is SANCTION with future modality, of troops CONCEDE (manual: "announced ... would
  withdraw troops" is CONCEDE), a conditional one a threat; a warning is THREATEN by the
  warner against the warned party.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-02-26T00:09:00+03:30"


def events_of(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED)


CASES = [
    # RETURN * FIRE [190] (CAMEO.2.0.txt line 3157): "return" is a light verb in the lexicon
    ("Indian troops returned fire on Pakistani positions along the Line of Control.",
     [("ASSAULT", "190", ["IND"], ["PAK"], "asserted", "returned")]),
    # FREEZE * PARTICIPATION [160]: "freeze" lists assets, accounts, aid and ties only
    ("Burkina Faso froze its participation in the Sahel alliance, its foreign minister said.",
     [("SANCTION", "160", ["BFA"], [None], "reported", "froze")]),
    # the event noun stays the trigger when the verb governs it
    ("The United States imposed sanctions on Venezuela.",
     [("SANCTION", "163", ["USA"], ["VEN"], "asserted", "sanctions")]),
    # announced withdrawals: the deed, future (diplomats: SANCTION 'withdraw'; troops: RETREAT,
    # issue 10 failure kind 2, not the manual's CONCEDE)
    ("Germany will withdraw its ambassador from Mali, Chancellor Olaf Scholz said on Sunday.",
     [("SANCTION", "161", ["DEU"], ["MLI"], "future", "withdraw")]),
    ("Germany will withdraw its 900 soldiers from Mali, Chancellor Olaf Scholz said on Sunday.",
     [("RETREAT", "087", ["DEU"], ["MLI"], "future", "withdraw")]),
    # made conditional, the same deed is a threat
    ("Somalia would recall its ambassador from Ethiopia if the port deal went ahead.",
     [("THREATEN", "130", ["SOM"], ["ETH"], "hypothetical", "recall")]),
    # a warning is the warner's threat against the warned party
    ("Peru warned Chile that it would close the border.",
     [("THREATEN", "1381", ["PER"], ["CHL"], "asserted", "warned")]),
    ("Ecuador warned that it could expel the Colombian ambassador if the raids continued.",
     [("THREATEN", "136", ["ECU"], ["COL"], "asserted", "warned")]),
    ("Israeli Defence Minister Yoav Gallant warned on Saturday that Israel could resume its "
     "offensive against Hamas.",
     [("THREATEN", "138", ["ISR"], ["PSE"], "asserted", "warned")]),
    # demands are CAMEO 10 (PLOVER REQUEST) of the one who is to act
    ("Beijing demanded that Washington cancel the arms sale to Taiwan.",
     [("REQUEST", "100", ["CHN"], ["USA"], "asserted", "demanded")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_coding_rules(engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert events_of(engine, text) == expected
