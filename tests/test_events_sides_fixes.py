"""Session 8 review fixes on sides of events (targets): a proposal answers no one, "the
group" is no uncoded name (a town the NER took for an organisation), affiliation is not
backing, a backed group takes the place of its act before the report's setting, and a seat
of power named with another state's possessive is that state's. Sentences written for these
tests; rows are (PLOVER, CAMEO, source codes, target codes, modality)."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-04T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return [row[:5] for row in event_rows(engine, text, PUBLISHED, codes=True)]


CASES = [
    # a proposal or offer is put to the other side: it answers no mediator (was → IGOUNO…)
    ("Serbia and Kosovo held talks in Brussels on Monday, with EU envoy Miroslav Lajcak "
     "shuttling messages between the two delegations. Last year, the Serbian president had "
     "proposed negotiations on the northern municipalities.",
     [("CONSULT", "040", ["SRB", "XKX"], ["IGOEUREEC"], "asserted"),
      ("AGREE", "036", ["SRB"], [], "asserted")]),
    ("Armenia and Azerbaijan held indirect talks in Geneva on Friday, with Swiss Foreign "
     "Minister Ignazio Cassis shuttling messages between the two delegations. In January, "
     "Azerbaijan had offered a peace treaty to its neighbour.",
     [("CONSULT", "040", ["ARM", "AZE"], ["CHEGOV"], "asserted"),
      ("AGREE", "030", ["AZE"], [], "asserted")]),
    # "the group" is the coded armed group, not the uncoded town between them
    ("Fighters of the M23 movement entered the town of Walungu on Friday. Rwanda denies "
     "arming the group.",
     [("REJECT", "122", ["RWA"], ["CODREB"], "asserted")]),
    # affiliation is not backing: the al-Qaeda-linked group is coded as that movement
    ("An al-Qaeda-linked group ambushed an army patrol in northern Burkina Faso on Sunday.",
     [("ASSAULT", "190", ["IMGMUSALQ"], ["BFAMIL"], "asserted")]),
    # a group named by its backer takes the place of its act, not the target's owner
    ("Iran-backed militias fired drones at a US garrison in Iraq on Sunday.",
     [("ASSAULT", "195", ["IRQUAF"], ["USAMIL"], "asserted")]),
    # another state's possessive on a seat of power: that state's office
    ("India's Foreign Office rejected the claim on Tuesday.",
     [("REJECT", "120", ["INDGOV"], [], "asserted")]),
    # look-alike: the seat alone stays the British one
    ("The Foreign Office in London condemned the attack.",
     [("ACCUSE", "111", ["GBRGOV"], [], "asserted")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sides_review_fixes(engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
