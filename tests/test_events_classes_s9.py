"""Session 9 event classes (issue 10), each fixed at its cause, on sentences of our own; every
case asserts the exact events (PLOVER type, CAMEO code, source and target actor codes,
modality, trigger):

1. a condition's agent names the target of a threat only, never of an act with its own object;
2. an announced deed with no threat is the deed with future modality (embassy closure: CAMEO
   161, PLOVER SANCTION per CAMEO2PLOVER-2021; "shut" is close's synonym in PETRARCH2);
3. desiderative and attempt verbs ("hoped/sought/tried to seize") make the deed intended;
4. an order to forces of the orderer's own side (by the actors' countries), or of an act with
   no one addressed, is the orderer's deed (RETREAT), not a demand of its forces; a court's or
   the UN's order stays a demand;
5. a case, suit or proceedings "against" a party, and taking a party "to" a court, are CAMEO
   115 with the party as target (the court is the forum);
6. summons and reprimands in other words ("called in", "handed a protest note to",
   "subjected … to a reprimand") target the envoy's state;
7. ties restored or resumed between two parties are reciprocal;
8. a group named only by its backer takes no country from a dateline;
9. relief goods are PETRARCH2's 073 objects and &FOOD, in a head, compound, "of" phrase or any
   item of a list;
10. a passive relative clause with its agent named is an event ("which was toppled by
    rebels"); money paying for a thing ("supported by a Russian government loan") is AID to
    the report's country.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-10T08:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


CASES = [
    # 1
    ("Turkey condemned the Swedish court's ruling and said it would respond unless the "
     "European Union intervened.",
     [("ACCUSE", "111", ["TUR"], ["SWEJUD"], "asserted", "condemned"),
      ("THREATEN", "130", ["TUR"], ["IGOEUREEC"], "hypothetical", "respond")]),
    # 2
    ("Denmark will shut its embassy in Baghdad next month, the foreign ministry said on "
     "Friday.", [("SANCTION", "161", ["DNK"], ["IRQ"], "future", "shut")]),
    # 3
    ("Russian troops tried to seize the Ukrainian town of Chasiv Yar on Monday.",
     [("COERCE", "171", ["RUSMIL"], ["UKR"], "intended", "seize")]),
    ("The RSF hoped to capture the Sudanese army's last base in Darfur, Kenya said on "
     "Tuesday.", [("COERCE", "192", ["SDNREB"], ["SDNMIL"], "intended", "capture")]),
    # 4
    ("The Kremlin ordered Russian troops to withdraw from Kherson on Wednesday.",
     [("RETREAT", "087", ["RUSGOV"], [], "intended", "withdraw")]),
    ("Beijing ordered Chinese warships to leave the Philippine exclusive economic zone on "
     "Monday.", [("RETREAT", "087", ["CHN"], ["PHL"], "intended", "leave")]),
    ("Putin ordered an Easter truce on Saturday.",
     [("RETREAT", "087", ["RUSGOV"], [], "intended", "truce")]),
    ("Biden ordered air strikes on Houthi targets in Yemen on Thursday.",
     [("ASSAULT", "195", ["USAGOV"], ["YEMREB"], "intended", "strikes")]),
    ("The Security Council ordered a ceasefire in Gaza.",
     [("REQUEST", "107", ["IGOUNO"], [], "asserted", "ordered")]),
    ("The International Court of Justice ordered Israeli forces to halt the offensive in "
     "Rafah.", [("REQUEST", "105", ["IGOUNOJUDICJ"], ["ISRMIL"], "asserted", "ordered")]),
    # 5
    ("Mexico took Ecuador to the International Court of Justice on Thursday over the embassy "
     "raid.", [("ACCUSE", "115", ["MEX"], ["ECU"], "asserted", "took")]),
    ("Armenia instituted proceedings against Azerbaijan on Friday.",
     [("ACCUSE", "115", ["ARM"], ["AZE"], "asserted", "proceedings")]),
    ("Iran's foreign ministry rejected the case as politically motivated on Tuesday.",
     [("REJECT", "120", ["IRN"], [], "asserted", "rejected")]),
    # 6
    ("Bangladesh called in the Indian high commissioner on Tuesday.",
     [("ACCUSE", "114", ["BGD"], ["IND"], "asserted", "called")]),
    ("Poland handed a protest note to the Russian envoy on Monday.",
     [("ACCUSE", "114", ["POL"], ["RUS"], "asserted", "handed")]),
    ("Israel subjected the Spanish and Irish envoys to a reprimand on Thursday.",
     [("ACCUSE", "111", ["ISR"], ["ESP", "IRL"], "asserted", "subjected")]),
    ("The union called in experts on Monday.", []),
    # 7
    ("Qatar and the United Arab Emirates restored ties on Monday.",
     [("SUPPORT", "050", ["QAT"], ["ARE"], "asserted", "restored"),
      ("SUPPORT", "050", ["ARE"], ["QAT"], "asserted", "restored")]),
    ("The restoration of ties between Tunisia and Syria was announced on Friday.",
     [("SUPPORT", "050", ["TUN"], ["SYR"], "asserted", "restoration"),
      ("SUPPORT", "050", ["SYR"], ["TUN"], "asserted", "restoration")]),
    # 8
    ("AMMAN - Iran-backed militias attacked a base near the border on Sunday.",
     [("ASSAULT", "190", ["UAF"], [], "asserted", "attacked")]),
    # 9
    ("Qatar delivered food parcels and water purification units to Gaza on Monday.",
     [("AID", "073", ["QAT"], ["PSE"], "asserted", "delivered")]),
    ("Turkey sent 20 trucks of food and hygiene kits to Ukraine on Saturday.",
     [("AID", "073", ["TUR"], ["UKR"], "asserted", "sent")]),
    # 10
    ("Iran backed the government of Bashar al-Assad, which was toppled by rebels in Damascus "
     "in December.",
     [("SUPPORT", "050", ["IRN"], ["SYRGOV"], "asserted", "backed"),
      ("ASSAULT", "180", ["SYRREB"], ["SYRGOV"], "asserted", "toppled")]),
    ("The soldiers, who had been helping Mali fight jihadist insurgents, will leave in the "
     "coming months.", []),
    ("TEHRAN - Construction of the railway in Gilan has begun, supported by a Russian "
     "government loan, Iranian officials said on Monday.",
     [("AID", "071", ["RUS"], ["IRN"], "asserted", "loan")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_session9_event_classes(engine: Engine, text: str,
                                expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
