"""Session 9 review findings on event coding (F1–F3 of the reviewer's notes), each with the
reviewer's sentences and sentences of our own of the same class, asserting the exact events:

F1. relief goods are the giving verbs' own 073 objects (PETRARCH2 SEND/BRING/GRANT), &FOOD,
    and what arrives as relief — not the head of another verb's phrase ("military equipment",
    "a team of negotiators", "an observer mission"); a quantity or container is judged by its
    "of" object ("300 tonnes of ammunition", "a shipment of medicine"); the verb's own object
    table is read before the relief list, which only says which aid a generic one is;
F2. a reciprocal pronoun counts only as the trigger's own argument, not inside a clause or
    gerund under it ("accused Russia and China of shielding each other");
F3. "case", "suit" and "action" against a party are a legal action (115) only with a legal
    cue: a verb that brings one, a legal modifier, or a court in the sentence;
F9. "shut" takes close's objects (PETRARCH2 SHUT * BORDER): a crossing or airspace is a
    blockade;
F14. an object "it" whose nearest non-actor subject or object is a noun naming an act is
    that act: it names the act's agent, never the pronoun's own subject (shared by a
    conjoined verb), and no one when the act has no agent in its clause.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-10T08:00:00+00:00"

CASES = [
    # F1 (reviewer's)
    ("The United States sent military equipment to Ukraine.", []),
    ("Egypt sent a team of negotiators to Doha.",
     [("AGREE", "036", ["EGY"], ["QAT"], "asserted", "sent")]),
    ("The EU sent an observer mission to Georgia.",
     [("AGREE", "036", ["IGOEUREEC"], ["GEO"], "asserted", "sent")]),
    ("Russia delivered 300 tonnes of ammunition to North Korea.", []),
    ("Iran sent a shipment of drones to Russia.",
     [("COOPERATE", "062", ["IRN"], ["RUS"], "asserted", "sent")]),
    ("The company delivered rice cookers to retailers in Japan.", []),
    # F1 (ours): relief goods still found in a modifier, an "of" object, a head
    ("Japan sent medical supplies to Turkey on Tuesday.",
     [("AID", "073", ["JPN"], ["TUR"], "asserted", "sent")]),
    ("The United Arab Emirates sent a shipment of medicine to Sudan on Sunday.",
     [("AID", "073", ["ARE"], ["SDN"], "asserted", "sent")]),
    ("Germany provided vaccines to Namibia in March.",
     [("AID", "073", ["DEU"], ["NAM"], "asserted", "provided")]),
    # F2 (reviewer's)
    ("The United States and Britain accused Russia and China of shielding each other at the "
     "UN.", [("ACCUSE", "112", ["USA", "GBR"], ["RUS", "CHN"], "asserted", "accused")]),
    # F2 (ours)
    ("France and Germany criticised Hungary and Poland for protecting each other in Brussels.",
     [("ACCUSE", "111", ["FRA", "DEU"], ["HUN", "POL"], "asserted", "criticised")]),
    ("Peru and Chile blamed Bolivia and Argentina for supporting each other during the talks.",
     [("ACCUSE", "112", ["PER", "CHL"], ["BOL", "ARG"], "asserted", "blamed")]),
    # F2: the trigger's own reciprocal still gives both directions
    ("Armenia and Azerbaijan accused each other of shelling border villages.",
     [("ACCUSE", "112", ["ARM"], ["AZE"], "asserted", "accused"),
      ("ACCUSE", "112", ["AZE"], ["ARM"], "asserted", "accused")]),
    ("Serbia and Kosovo expelled each other's diplomats on Monday.",
     [("SANCTION", "166", ["SRB"], ["XKX"], "asserted", "expelled"),
      ("SANCTION", "166", ["XKX"], ["SRB"], "asserted", "expelled")]),
    # F3 (reviewer's, then ours)
    ("Blinken made the case against a ceasefire in Gaza.", []),
    ("The minister argued the case against new sanctions on Iran.", []),
    ("The opposition pressed its case against the budget in parliament.", []),
    # F3: legal actions stay
    ("South Africa brought a case against Israel at the International Court of Justice.",
     [("ACCUSE", "115", ["ZAF"], ["ISR"], "asserted", "case")]),
    ("Chevron filed a suit against Ecuador on Monday.",
     [("ACCUSE", "115", ["MNCUSA"], ["ECU"], "asserted", "filed")]),
    # F9 (reviewer's, ours, a look-alike)
    ("Israel shut the Rafah crossing on Monday.",
     [("COERCE", "191", ["ISR"], [], "asserted", "shut")]),
    ("Pakistan shut its airspace to Indian airlines.",
     [("COERCE", "191", ["PAK"], ["INDBUS"], "asserted", "shut")]),
    ("The store shut its doors on Monday.", []),
    # F14 (reviewer's shape, ours)
    ("The Law Society of Kenya condemned the deployment and challenged it in court.",
     [("ACCUSE", "111", ["KENNGO"], [], "asserted", "condemned")]),  # s13: a body, not Kenya
    ("The Kenyan bar association criticised the decision and appealed it on Monday.",
     [("ACCUSE", "111", ["KEN"], [], "asserted", "criticised"),
      ("REQUEST", "020", ["KEN"], [], "asserted", "appealed")]),
    ("Russia launched an attack on Kyiv. Britain condemned it on Monday.",
     [("ASSAULT", "190", ["RUS"], ["UKR"], "asserted", "attack"),
      ("ACCUSE", "111", ["GBR"], ["RUS"], "asserted", "condemned")]),
    ("Russia announced the annexation of four regions. Ukraine rejected it on Friday.",
     [("REJECT", "120", ["UKR"], ["RUS"], "asserted", "rejected")]),
    # F14: an object "it" that is a thing still finds the state in focus
    ("Iran seized a British-flagged tanker. London condemned it.",
     [("COERCE", "171", ["IRN"], ["GBRBUS"], "asserted", "seized"),
      ("ACCUSE", "111", ["GBR"], ["IRN"], "asserted", "condemned")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_findings_events(engine: Engine, text: str,
                                expected: list[tuple[Any, ...]]) -> None:
    assert event_rows(engine, text, PUBLISHED, codes=True) == expected
