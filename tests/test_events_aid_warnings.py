"""Aid, pledges and warnings coded by the codebook (issue 10, session 5), own sentences:

- a stated sum pledged or promised, and a lender's approval of a loan for a beneficiary, are
  PLOVER AID (071): the manual's AID covers "grants, gifts and credit" and only "broad
  promises of future AID" are AGREE; with no beneficiary in the sentence the report's
  recipient told before is the target (a fallback side);
- a complaint lodged with a forum against a party is aimed at that party (PLOVER ACCUSE
  "sue or bring to court"; PETRARCH2 LODGE COMPLAINT (WITH COURT) [115]);
- a warning of retaliation ("would respond to any attack", "will take all necessary
  measures to safeguard …") is THREATEN 130 (PETRARCH2 ANNOUNCE * MEASURES [130]); a reply
  to a proposal, offer or invitation, measures to protect one's own people, or a resolve
  with no adversary is not;
- a borrower's approval of a loan from a lender is its assent (AGREE 0311), not aid it gives;
- a verb's object table code is final ("suspended military aid" → 162), and ending one's
  own aid on a condition is a threat.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-10T08:00:00+00:00"


def events_of(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, confidence=True)


CASES = [
    ("Japan approved a $2 billion loan for Sri Lanka on Friday.",
     [("AID", "071", ["JPN"], ["LKA"], "asserted", "loan", 0.8)]),
    ("Germany pledged 300 million euros for Syria.",
     [("AID", "071", ["DEU"], ["SYR"], "asserted", "pledged", 0.9)]),
    ("Donors pledged 5.8 billion euros for Syria on Monday. Britain promised up to 160 "
     "million pounds in humanitarian aid.",
     [("AID", "071", ["GBR"], ["SYR"], "asserted", "promised", 0.3)]),
    ("Britain promised up to 160 million pounds in humanitarian aid to Sudan.",
     [("AID", "073", ["GBR"], ["SDN"], "asserted", "aid", 0.9)]),
    ("Japan will pledge 500 million dollars to Ukraine.",
     [("AGREE", "030", ["JPN"], ["UKR"], "future", "pledge", 0.9)]),
    ("China lodged a complaint with the World Trade Organization against Canada on Tuesday.",
     [("ACCUSE", "114", ["CHN"], ["CAN"], "asserted", "complaint", 0.8)]),
    ("Iran lodged a complaint with Switzerland over the seizure.",
     [("ACCUSE", "114", ["IRN"], ["CHE"], "asserted", "complaint", 0.8)]),
    ("Beijing would take all necessary measures to safeguard the rights of Chinese "
     "companies, the ministry said.", [("THREATEN", "130", ["CHN"], [], "future", "take", 0.8)]),
    ("Tehran said it would respond to any Israeli attack.",
     [("THREATEN", "130", ["IRN"], ["ISR"], "future", "respond", 0.8)]),
    ("Iran will respond to the US proposal next week.", []),
    ("The government would take all necessary measures to make this the last programme.", []),
    # a borrower's approval of a loan "from" a lender is its assent (PETRARCH2 APPROVE *
    # LOAN [0311]), never the borrower giving aid
    ("Ghana approved a loan from Germany on Thursday.",
     [("AGREE", "0311", ["GHA"], ["DEU"], "asserted", "approved", 0.9)]),
    ("Nepal approved a $300 million loan from Japan.",
     [("AGREE", "0311", ["NPL"], ["JPN"], "asserted", "approved", 0.9)]),
    ("France approved a loan for Tunisia on Monday.",
     [("AID", "071", ["FRA"], ["TUN"], "asserted", "loan", 0.8)]),
    # a reply to a proposal, offer or invitation is no warning, whatever its manner; a
    # hostile manner warns only when no friendly act is answered
    ("Turkey will respond appropriately to the Greek offer.", []),
    ("The ministry said Cuba would answer accordingly to the Spanish invitation.", []),
    ("Ankara will respond firmly to any provocation.",
     [("THREATEN", "130", ["TUR"], [], "future", "respond", 0.8)]),
    ("Hanoi would respond appropriately to the Chinese incursion.",
     [("THREATEN", "130", ["VNM"], ["CHN"], "future", "respond", 0.8)]),
    # measures to protect one's own people are protection; measures to safeguard a
    # contested claim (sovereignty, rights) warn whoever contests it
    ("Chile will take all necessary measures to protect its nationals in Haiti.", []),
    ("Canada will take appropriate steps to protect Canadian citizens in Lebanon.", []),
    ("Manila would take all necessary measures to safeguard its sovereignty.",
     [("THREATEN", "130", ["PHL"], [], "future", "take", 0.8)]),
    ("Washington suspended military aid to Egypt on Monday.",
     [("SANCTION", "162", ["USA"], ["EGY"], "asserted", "aid", 0.9)]),
    ("Washington will suspend military aid to Egypt if the army does not release the "
     "detainees.", [("THREATEN", "130", ["USA"], ["EGY"], "hypothetical", "aid", 0.9)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_aid_complaints_and_warnings(engine: Engine, text: str,
                                     expected: list[tuple[Any, ...]]) -> None:
    assert events_of(engine, text) == expected
