"""Review s8 findings on the nouns workstream (sections A, B, H of notes/s8-review.md), with
sentences of our own; each asserts the exact events (PLOVER type, CAMEO code, source and
target actor codes, modality, negated, trigger).

* Deliveries (``events/deliveries.py``): the cargo is the vehicle's load, not a modifier of
  a carried person ("carrying the food minister"); people are no cargo (CAMEO 07x is goods,
  money or aid); only an arrival somewhere is a delivery ("pulled out of" stays a withdrawal,
  "drove through", "sailed from" reach nowhere); goods for one's own embassy or bought by the
  receiver are no aid.
* Mediation and settlement nouns (``events/structure.py``, ``data/triggers.yaml``): the
  leader of talks "with" another party is that party's counterpart, not a go-between (CAMEO
  045 is mediation by an outsider); a normalisation is only of ties or relations; a
  reconciliation that stalled or failed is no AGREE, one hoped for an intention.
* Allegation nouns (``events/allegations.py``): a withdrawn allegation is no accusation
  (retracting is a concession); an allegation rejected by the accused is the accused's
  REJECT towards the accuser, with no accusation by the accused.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-10T08:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True, negated=True)


CASES = [
    # -- deliveries: still aid
    ("A Qatari plane carrying 40 tonnes of medical supplies landed at Kabul airport.",
     [("AID", "073", ["QAT"], ["AFG"], "asserted", False, "landed")]),
    ("A Polish aid convoy rolled into Lviv on Monday.",
     [("AID", "070", ["POL"], ["UKR"], "asserted", False, "rolled")]),
    # -- deliveries: people carried are no cargo
    ("A Kuwaiti jet carrying the food minister landed in Beirut.", []),
    ("A Jordanian convoy carrying aid workers reached Mosul.", []),
    ("A convoy of Egyptian relief workers entered Gaza on Sunday.", []),
    ("A UN plane carrying medical staff landed in Aden.", []),
    # -- deliveries: no arrival somewhere
    ("Red Cross aid trucks pulled out of Khan Younis after the strikes.",
     [("RETREAT", "087", ["NGOHLHIRC"], [], "asserted", False, "pulled")]),
    ("Three Polish aid trucks drove through Lviv on their way to Kharkiv.", []),
    ("A Turkish aid ship sailed from Mersin on Friday.", []),
    # -- deliveries: goods for one's own embassy, goods bought
    ("A French plane carrying food for its embassy staff landed in Niamey.", []),
    ("A German cargo plane carrying medical equipment bought by Greek hospitals landed in "
     "Athens.", []),
    # -- a leader that is a party of the talks
    ("The US-led talks with Venezuela ended without a deal.",
     [("CONSULT", "040", ["USA"], ["VEN"], "asserted", False, "talks")]),
    # -- settlement nouns
    ("The Bank of Japan began the normalization of its monetary policy.", []),
    ("The rapprochement between Serbia and Kosovo collapsed in 2023.", []),
    ("The normalisation of ties between Turkey and Armenia failed.", []),
    ("Israel wishes for a normalization of relations with Saudi Arabia.",
     [("AGREE", "037", ["ISR"], ["SAU"], "intended", False, "normalization")]),
    # -- allegation nouns
    ("Moscow withdrew its allegation that Kyiv was building a dirty bomb.",
     [("RETREAT", "087", ["RUS"], [], "asserted", False, "withdrew")]),
    ("Tehran retracted its accusation that Baku was sheltering militants.", []),
    ("Georgia rejected Moscow's allegation that Tbilisi was arming rebels.",
     [("REJECT", "120", ["GEO"], ["RUS"], "asserted", False, "rejected")]),
    ("Russia's allegation that Ukraine attacked the Kremlin was dismissed by Kyiv.",
     [("REJECT", "016", ["UKR"], ["RUS"], "asserted", False, "dismissed")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_review8_nouns(engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
