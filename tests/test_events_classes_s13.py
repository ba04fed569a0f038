"""Session 13 event-type classes (issue 10, the TYPE side and precision), each a rule from
WordNet, the CAMEO codebook, the PLOVER manual or plain grammar, on sentences of our own;
every case asserts the exact events (PLOVER type, CAMEO code, source and target countries,
modality, trigger, confidence).

1. WordNet relatives in the wrong sense (review s12 F8): a coded verb counts only in its
   most frequent sense; a sense of speaking or writing codes no force and no sanction; a
   guessed code of a deed done to people or places (a visit, force, violence) is no event
   when the verb's object is an abstract noun ("torpedoed the plan", "landed a contract").
2. Forecasts and plans (review s12 F9; issue 10): "X is likely / bound to <deed>" is the
   writer's forecast (hypothetical, as "is expected to"); "is set / due / poised to" stays
   future; "will withdraw" is the deed, future; "plans / intends to withdraw" is an
   expression of intent (CAMEO 03, 0356 "express intent to de-escalate military
   engagement", which CAMEO2PLOVER maps to AGREE), intended.
3. Background clauses (events/clauses.py): a deed told in a clause of condition, cause,
   concession, limit or purpose is not coded when its sentence has an event outside it;
   "after" clauses and participial adjuncts are news of their own and stay.
4. "The offer was met with silence": a passive meeting verb with an abstract subject tells
   how a thing was received, not a meeting (review s13 F11).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine
from eventwire.lexicon.triggers import TriggerLexicon

PUBLISHED = "2025-04-10T08:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, confidence=True)


FIGURATIVE = [
    # speech senses that reached force or sanction codes
    ("The Kremlin rubbished the report as Western propaganda.", []),
    ("Beijing rubbished the findings of the American inquiry.", []),
    ("The regulator okayed the merger of the two Turkish airlines.", []),
    ("The Polish minister insulted the Russian ambassador during the reception.", []),
    # a coded verb's rarer sense ("meet" as "join", "plunder" as "sack")
    ("Dozens of Ukrainian refugees were finally reunited with relatives in Germany.", []),
    ("The Nigerian president sacked the defence minister on Tuesday.", []),
    # an abstract object: the verb is used figuratively
    ("The company landed a $2 billion contract with the Saudi defence ministry.", []),
    ("Senators filibustered the Ukraine aid bill for a third day.", []),
    ("Both parties levelled fierce criticism at the Kenyan prime minister.", []),
    # look-alikes: the same verbs against people, places and vehicles keep their code
    ("Russian jets strafed a convoy of Ukrainian trucks near Kharkiv.",
     [("ASSAULT", "195", ["RUS"], ["UKR"], "asserted", "strafed", 0.5)]),
    ("Houthi rebels torpedoed a Saudi navy frigate off the coast of Yemen.",
     [("ASSAULT", "190", ["YEM"], ["SAU"], "asserted", "torpedoed", 0.5)]),
    ("Israeli bulldozers levelled the Palestinian village of Khirbet Zanuta.",
     [("ASSAULT", "190", ["ISR"], ["PSE"], "asserted", "levelled", 0.5)]),
    ("Egyptian police collared two opposition activists in Cairo.",
     [("COERCE", "173", ["EGY"], ["EGY"], "asserted", "collared", 0.5)]),
    ("Ukrainian drones firebombed a Russian fuel depot in Belgorod.",
     [("ASSAULT", "195", ["UKR"], ["RUS"], "asserted", "firebombed", 0.5)]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURATIVE)
def test_wordnet_relatives_need_the_coded_sense(engine: Engine, text: str,
                                                expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


def test_wordnet_table_senses() -> None:
    """Rows reached through a speech sense to force or sanctions, through the coded verb's
    rarer sense, or through a verb of feeling are gone; rows of the verbs' main senses stay;
    the abstract-noun list holds the figurative objects, not people, places or vehicles."""
    lexicon = TriggerLexicon.load()
    gone = ("rubbish", "okay", "visa", "insult", "diss", "reunite", "sack", "rid")
    assert [lemma for lemma in gone if lemma in lexicon.relatives] == []
    assert lexicon.relatives["strafe"] == ("190", "attack", "hypernym1")
    assert lexicon.relatives["excoriate"] == ("111", "condemn", "synonym")
    assert lexicon.relatives["nix"] == ("172", "forbid", "synonym")
    words = ("plan", "report", "contract", "accusation", "bill", "village", "convoy",
             "minister", "frigate")
    assert [w for w in words if w in lexicon.abstract_nouns] == [
        "plan", "report", "contract", "accusation", "bill"]


FORECASTS_AND_PLANS = [
    ("The United States is likely to withdraw its remaining troops from Niger.",
     [("RETREAT", "087", ["USA"], ["NER"], "hypothetical", "withdraw", 0.9)]),
    ("Turkey is likely to veto Sweden's membership of NATO.",
     [("REJECT", "129", ["TUR"], ["SWE"], "hypothetical", "veto", 0.8)]),
    ("Iran is bound by the treaty to allow inspectors into its nuclear sites.",
     [("RETREAT", "086", ["IRN"], [], "hypothetical", "allow", 0.9)]),
    ("Russia plans to withdraw its troops from the Belarusian border.",
     [("AGREE", "030", ["RUS"], ["BLR"], "intended", "plans", 0.9)]),
    ("The Colombian government plans to release 40 FARC prisoners next month.",
     [("AGREE", "0353", ["COL"], ["COL"], "intended", "plans", 0.8)]),
    # look-alikes: scheduled deeds stay future; "will withdraw" is the deed, future; an
    # intent to cooperate is AGREE; a plan of a conflictual deed is the deed (s10)
    ("Germany is set to withdraw its troops from Mali.",
     [("RETREAT", "087", ["DEU"], ["MLI"], "future", "withdraw", 0.9)]),
    ("The Japanese prime minister is due to visit Washington next week.",
     [("AGREE", "036", ["JPN"], ["USA"], "future", "visit", 0.8)]),
    ("Britain will withdraw its ambassador from Belarus.",
     [("SANCTION", "161", ["GBR"], ["BLR"], "future", "withdraw", 0.9)]),
    ("Poland plans to close its border with Belarus.",
     [("COERCE", "191", ["POL"], ["BLR"], "intended", "plans", 0.9)]),
]


@pytest.mark.parametrize(("text", "expected"), FORECASTS_AND_PLANS)
def test_forecasts_are_hypothetical_and_plans_an_intent(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


BACKGROUND = [
    ("Russia sent 2,000 troops to Belarus to seize the border crossings.",
     [("MOBILIZE", "154", ["RUS"], ["BLR"], "asserted", "sent", 0.9)]),
    ("Turkey closed its airspace to Israeli planes because Israel bombed Gaza.",
     [("COERCE", "191", ["TUR"], ["ISR"], "asserted", "closed", 0.9)]),
    # "as" of time joins two asserted deeds (review s13 F22): both are news
    ("Pakistan expelled the Indian envoy as India launched missile strikes on Punjab.",
     [("SANCTION", "166", ["PAK"], ["IND"], "asserted", "expelled", 0.8),
      ("ASSAULT", "190", ["IND"], ["PAK"], "asserted", "strikes", 0.8)]),
    ("Iran will retaliate if Israel strikes its nuclear sites, the Iranian foreign minister "
     "said.",
     [("THREATEN", "130", ["IRN"], ["ISR"], "hypothetical", "retaliate", 0.8)]),
    # look-alikes: "while" joining two actors' deeds, an "after" clause and a participial
    # adjunct tell deeds of their own
    ("Turkey condemned the raid on the flotilla, while Greece protested the arrest of its "
     "nationals.",
     [("ACCUSE", "111", ["TUR"], [], "asserted", "condemned", 0.8),
      ("PROTEST", "141", ["GRC"], [], "asserted", "protested", 0.8)]),
    ("Israel struck Gaza hours after Hamas fired rockets at Tel Aviv.",
     [("ASSAULT", "190", ["ISR"], ["PSE"], "asserted", "struck", 0.8),
      ("ASSAULT", "190", ["PSE"], ["ISR"], "asserted", "fired", 0.9)]),
    ("Serbia arrested two Kosovo police officers, accusing them of spying.",
     [("COERCE", "173", ["SRB"], ["XKX"], "asserted", "arrested", 0.8),
      ("ACCUSE", "112", ["SRB"], ["XKX"], "asserted", "accusing", 0.8)]),
]


@pytest.mark.parametrize(("text", "expected"), BACKGROUND)
def test_background_clauses_are_not_the_news(engine: Engine, text: str,
                                             expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


RECEPTIONS = [
    ("The Chinese offer was met by silence in Manila.", []),
    ("The Iranian threat was met by superior technological capabilities, the Israeli general "
     "said.", []),
    ("The Russian proposal was greeted with dismay in Brussels.", []),
    # look-alike: people met by people
    ("The Chinese envoy was met by Philippine officials in Manila.",
     [("CONSULT", "040", ["PHL"], ["CHN"], "asserted", "met", 0.8)]),
]


@pytest.mark.parametrize(("text", "expected"), RECEPTIONS)
def test_a_thing_met_with_a_response_is_no_meeting(engine: Engine, text: str,
                                                   expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
