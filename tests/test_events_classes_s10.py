"""Session 10 event-type classes (issue 10: the wrong CAMEO root on unseen wire text), each a
rule from the CAMEO codebook or PETRARCH2's CAMEO.2.0.txt, on sentences of our own; every case
asserts the exact events (PLOVER type, CAMEO code, source and target actor codes, modality,
trigger).

1. Reduce relations (CAMEO 16): ending a deed coded by a code rather than a frame ("peace
   talks", PETRARCH2's {PEACE TALK}) ends its frame's deed; ending an agreement in force
   (withdrawing from, terminating, revoking, tearing up a deal) is 160, not 127 (rejecting a
   proposed one); freezing, pausing, scaling back and downgrading are suspending or reducing
   (PETRARCH2 FREEZE * AID [162], * RELATIONS [160]).
3. Exhibit force posture (CAMEO 15): force rehearsed, not used (a test, a mock or simulated
   deed, or one done during an exercise: PETRARCH2 FIRE "TEST *" and "* &WEAPON (ON
   EXERCISE)" [150]) is the exercise; massing forces and calling up reservists (AMASS *
   &MILITARY [154]) and raising an alert (RAISE * {&MILITARY ALERT} [152]) are MOBILIZE.
2. Assault (18) or fight (19) by the means the text names (the codebook: 183 non-military
   bombing, 182 physical assault, 195 aerial weapons; PETRARCH2 KILL "{SUICIDE &WEAPON} *"
   [1831], "{&CAR &WEAPON} *" [1832]): a suicide, car or roadside bomb, or militants'
   bombing, is 183x; aircraft and drones 195; a blade or club 182; a plain bombing by a
   state or its forces is aerial (195).
4. Yield (CAMEO 08), not consult: armed forces leaving, departing, pulling back or moving
   out retreat (087; PETRARCH2's GO_SOMEWHERE [040] is a visitor's departure); prisoners
   exchanged or swapped, a prisoner exchange, bodies handed back and a pardon are releases
   (084/0841).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-10T08:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


REDUCE_RELATIONS = [
    ("Kyiv suspended peace talks with Moscow on Tuesday.",
     [("SANCTION", "164", ["UKR"], ["RUS"], "asserted", "suspended")]),
    ("Colombia's government suspended peace talks with the ELN after a deadly attack.",
     [("SANCTION", "164", ["COL"], ["COLREB"], "asserted", "suspended")]),
    ("Turkey froze talks with Sweden on NATO membership.",
     [("SANCTION", "164", ["TUR"], ["SWE"], "asserted", "froze")]),
    ("The suspension of talks between Caracas and Bogota angered business leaders.",
     [("SANCTION", "164", ["VEN"], ["COL"], "asserted", "suspension")]),
    ("Lithuania downgraded diplomatic relations with China over Taiwan.",
     [("SANCTION", "161", ["LTU"], ["CHN"], "asserted", "downgraded")]),
    ("The EU froze some aid to Georgia in protest at a foreign agent law.",
     [("SANCTION", "162", ["IGOEUREEC"], ["GEO"], "asserted", "aid")]),
    ("Trump paused all U.S. military aid to Ukraine after the Oval Office row.",
     [("SANCTION", "162", ["USA"], ["UKR"], "asserted", "aid")]),
    ("The World Bank halted new lending to Uganda over the anti-gay law.",
     [("SANCTION", "1621", ["IGOUNODEVWBK"], ["UGA"], "asserted", "halted")]),
    ("Mali terminated its defence accord with France.",
     [("SANCTION", "160", ["MLI"], ["FRA"], "asserted", "terminated")]),
    ("Niger revoked a military agreement with the United States.",
     [("SANCTION", "160", ["NER"], ["USA"], "asserted", "revoked")]),
    ("Washington tore up the nuclear deal with Iran in 2018.",
     [("SANCTION", "160", ["USA"], ["IRN"], "asserted", "tore up")]),
    ("Russia withdrew from the Black Sea grain deal on Monday.",
     [("SANCTION", "160", ["RUS"], [], "asserted", "withdrew")]),
    # look-alikes: peace talks resumed are negotiation; a proposal rejected is a rejection
    ("Peace talks between Kinshasa and the M23 resumed in Doha on Monday.",
     [("CONSULT", "046", ["CODGOV"], ["CODREB"], "asserted", "talks"),
      ("CONSULT", "046", ["CODREB"], ["CODGOV"], "asserted", "talks")]),
    ("Hamas rejected the Israeli ceasefire proposal on Sunday.",
     [("REJECT", "120", ["PSEREBHMS"], ["ISR"], "asserted", "rejected")]),
]


@pytest.mark.parametrize(("text", "expected"), REDUCE_RELATIONS)
def test_reduce_relations(engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


FORCE_POSTURE = [
    ("North Korea test-fired a ballistic missile into the sea on Monday.",
     [("MOBILIZE", "150", ["PRK"], [], "asserted", "fired")]),
    ("Russian jets fired missiles at mock targets during the drills.",
     [("MOBILIZE", "150", ["RUS"], [], "asserted", "fired")]),
    ("Iranian forces staged a mock attack on a replica of a US aircraft carrier.",
     [("MOBILIZE", "150", ["IRNMIL"], [], "asserted", "attack")]),
    ("China held military drills around Taiwan on Monday.",
     [("MOBILIZE", "150", ["CHN"], [], "asserted", "drills")]),
    ("Russia massed troops near the Ukrainian border.",
     [("MOBILIZE", "154", ["RUS"], ["UKR"], "asserted", "massed")]),
    ("Russia amassed 100,000 troops along the border with Ukraine.",
     [("MOBILIZE", "154", ["RUS"], ["UKR"], "asserted", "amassed")]),
    ("Ukraine called up 30,000 reservists.",
     [("MOBILIZE", "154", ["UKR"], [], "asserted", "called up")]),
    ("South Korea raised its alert after the missile launch.",
     [("MOBILIZE", "152", ["KOR"], [], "asserted", "raised")]),
    # look-alike: missiles fired at an enemy's positions are force (CAMEO 19: jets, 195)
    ("Russian jets fired missiles at Ukrainian positions near Kupiansk.",
     [("ASSAULT", "195", ["RUS"], ["UKR"], "asserted", "fired")]),
]


@pytest.mark.parametrize(("text", "expected"), FORCE_POSTURE)
def test_force_posture(engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


ASSAULT_OR_FIGHT = [
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu, killing 12 people.",
     [("ASSAULT", "1831", ["SOMREB"], ["SOM"], "asserted", "blew")]),
    ("A suicide bomber attacked a Shiite mosque in Kunduz, killing 50 worshippers.",
     [("ASSAULT", "1831", ["AFGREB"], ["AFG"], "asserted", "attacked")]),
    ("Al-Shabaab carried out a car bomb attack on a police station in Mogadishu.",
     [("ASSAULT", "1832", ["SOMREB"], ["SOM"], "asserted", "attack")]),
    ("Taliban militants detonated a roadside bomb near a police convoy in Kandahar.",
     [("ASSAULT", "1833", ["AFGREB"], ["AFG"], "asserted", "detonated")]),
    ("Militants bombed a church in Kaduna on Sunday.",
     [("ASSAULT", "183", ["NGAREB"], ["NGA"], "asserted", "bombed")]),
    ("Settlers attacked Palestinian farmers with clubs near Ramallah.",
     [("ASSAULT", "182", ["PSECVL"], ["PSEAGR"], "asserted", "attacked")]),
    ("Israeli drones struck a market in Khan Younis on Tuesday.",
     [("ASSAULT", "195", ["ISR"], ["PSE"], "asserted", "struck")]),
    ("Israel's bombing of Gaza killed dozens on Monday.",
     [("ASSAULT", "195", ["ISR"], ["PSE"], "asserted", "bombing")]),
    # look-alikes: conventional force keeps its own code
    ("Russian forces shelled Kharkiv overnight.",
     [("ASSAULT", "194", ["RUSMIL"], ["UKR"], "asserted", "shelled")]),
    ("Ukrainian troops attacked Russian positions near Robotyne.",
     [("ASSAULT", "190", ["UKRMIL"], ["RUS"], "asserted", "attacked")]),
]


@pytest.mark.parametrize(("text", "expected"), ASSAULT_OR_FIGHT)
def test_assault_or_fight_by_means(engine: Engine, text: str,
                                   expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


YIELD = [
    ("Russian troops left the city of Kherson on Friday.",
     [("RETREAT", "087", ["RUSMIL"], [], "asserted", "left")]),
    ("French troops departed from Niger in December.",
     [("RETREAT", "087", ["FRAMIL"], ["NER"], "asserted", "departed")]),
    ("Israeli forces pulled back from the Philadelphi corridor.",
     [("RETREAT", "087", ["ISRMIL"], [], "asserted", "pulled")]),
    ("M23 fighters moved out of the town of Walikale.",
     [("RETREAT", "087", ["CODREB"], [], "asserted", "moved")]),
    ("Israel and Hamas exchanged prisoners on Thursday.",
     [("RETREAT", "0841", ["ISR"], ["PSEREBHMS"], "asserted", "exchanged"),
      ("RETREAT", "0841", ["PSEREBHMS"], ["ISR"], "asserted", "exchanged")]),
    ("Russia and Ukraine swapped 95 prisoners of war each on Friday.",
     [("RETREAT", "0841", ["RUS"], ["UKR"], "asserted", "swapped"),
      ("RETREAT", "0841", ["UKR"], ["RUS"], "asserted", "swapped")]),
    ("Kyiv and Moscow carried out a prisoner exchange on Friday.",
     [("RETREAT", "0841", ["UKR", "RUS"], [], "asserted", "exchange")]),
    ("Russia handed back the bodies of 757 Ukrainian soldiers.",
     [("RETREAT", "084", ["RUS"], [], "asserted", "handed back")]),
    ("Belarus pardoned 30 political prisoners on Friday.",
     [("RETREAT", "084", ["BLR"], ["BLROPP"], "asserted", "pardoned")]),
    # look-alike: a delegation leaving is no retreat
    ("The Iranian delegation left Geneva on Friday.", []),
    # review gaps: a case won is no lawsuit by the winner; reviving a coercive policy is it
    ("Mexico won the case against the United States at the WTO.", []),
]


@pytest.mark.parametrize(("text", "expected"), YIELD)
def test_yield(engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
