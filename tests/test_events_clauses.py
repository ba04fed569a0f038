"""Events told by clauses (issue 10, session 8), with sentences of our own.

A subjectless participial or adverbial -ing clause carries its own event whose agent is the
subject of the clause it hangs on (subject control of adjuncts): "Norway recalled its
ambassador, [accusing] Caracas of …" is also Norway's accusation; "After [accusing] Rwanda
…, Congo expelled …" likewise. An agentless passive main clause lends its "by" agent or
nobody. A past participle ("Backed by Russia, …") is not the subject's act.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-04T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


PARTICIPLES = [
    ("Norway recalled its ambassador to Venezuela, accusing Caracas of harassing its "
     "diplomats.",
     [("SANCTION", "161", ["NOR"], ["VEN"], "asserted", "recalled"),
      ("ACCUSE", "112", ["NOR"], ["VEN"], "asserted", "accusing")]),
    ("Hungary blocked the aid package, accusing Brussels of blackmail.",
     [("ACCUSE", "112", ["HUN"], ["BEL"], "asserted", "accusing")]),
    ("After accusing Rwanda of backing the rebels, Congo expelled the Rwandan ambassador.",
     [("ACCUSE", "112", ["COD"], ["RWA"], "asserted", "accusing"),
      ("SANCTION", "166", ["COD"], ["RWA"], "asserted", "expelled")]),
    ("Ukraine responded by expelling two Hungarian diplomats.",
     [("SANCTION", "166", ["UKR"], ["HUN"], "asserted", "expelling")]),
    ("Beijing sent warships near the island, warning Taipei against provocations.",
     [("MOBILIZE", "154", ["CHN"], [], "asserted", "sent"),
      ("THREATEN", "130", ["CHN"], ["TWN"], "asserted", "warning")]),
    # an evaluation in the participle ("calling it …") is the main subject's
    ("Panama suspended relations with Venezuela, calling Maduro's re-election a fraud.",
     [("SANCTION", "161", ["PAN"], ["VEN"], "asserted", "suspended"),
      ("ACCUSE", "112", ["PAN"], ["VENGOV"], "asserted", "fraud")]),
]

# neutral participles: no event of their own, and nothing borrowed from the main clause
NEUTRAL_PARTICIPLES = [
    ("The army withdrew from the town, citing security concerns.", []),
    ("The minister left Paris on Monday, heading for Berlin.", []),
    ("Speaking in Geneva, the minister said the talks had been useful.", []),
    ("Citing security concerns, Niger closed its border with Benin.",
     [("COERCE", "191", ["NER"], ["BEN"], "asserted", "closed")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES + NEUTRAL_PARTICIPLES)
def test_participial_clauses_take_the_main_subject(engine: Engine, text: str,
                                                   expected: list[Any]) -> None:
    assert rows(engine, text) == expected


# A relative clause anchored before the report's time (its own earlier date, or past
# perfect) describes its noun (TimeML): background, not the day's news.
DATED_RELATIVES = [
    ("The army retook the village from rebels who had seized it in March.", []),
    ("Ukraine hit the bridge that Russia built in 2018.",
     [("ASSAULT", "190", ["UKR"], [], "asserted", "hit")]),
]


@pytest.mark.parametrize(("text", "expected"), DATED_RELATIVES)
def test_dated_relative_clauses_are_background(engine: Engine, text: str,
                                               expected: list[Any]) -> None:
    assert rows(engine, text) == expected


# A demand told as the participle of a protest is that protest's demand (PLOVER manual,
# REQUEST: "demands that take the form of demonstrations, protests, etc. are coded as
# PROTEST"); a verbal demand in a participle stays a request.
PROTEST_DEMANDS = [
    ("About 300 farmers blocked roads near Lyon, demanding that the government cut fuel "
     "taxes.",
     [("PROTEST", "144", ["FRAAGR"], ["FRA"], "asserted", "blocked")]),
    ("Kenyan protesters marched on parliament to demand the repeal of the finance bill.",
     [("PROTEST", "141", ["KENCVL"], ["KENLEG"], "asserted", "marched")]),
    # a demand made in words stays a request
    ("The Philippines summoned the Chinese ambassador to demand an explanation.",
     [("ACCUSE", "114", ["PHL"], ["CHN"], "asserted", "summoned"),
      ("REQUEST", "100", ["PHL"], [], "asserted", "demand")]),
]


@pytest.mark.parametrize(("text", "expected"), PROTEST_DEMANDS)
def test_a_protest_carries_its_demands(engine: Engine, text: str, expected: list[Any]) -> None:
    assert rows(engine, text) == expected


# Coercive warnings with no threaten verb (PLOVER THREATEN: "coercive or forceful
# warnings"): "would not hesitate to" (a litotes for readiness, its "not" negates nothing),
# an authority ordering its own forces to fire commits that deed
# itself, intended (the order's addressee is its instrument, not a target of a request).
WARNINGS_AND_ORDERS = [
    ("Kenya said it would not hesitate to attack the smugglers.",
     [("THREATEN", "138", ["KEN"], ["KENCRM"], "future", "attack")]),
    ("Iran would not hesitate to strike US bases if attacked, a commander said.",
     [("THREATEN", "138", ["IRN"], ["USA"], "future", "strike")]),
    ("The Kenyan president authorised police to shoot rioters.",
     [("ASSAULT", "193", ["KEN"], ["KENOPP"], "intended", "shoot")]),
    ("The Syrian government ordered troops to fire on the demonstrators.",
     [("ASSAULT", "193", ["SYR"], ["SYRCVL"], "intended", "fire")]),
    # neutral look-alikes: no warning, no force
    ("The minister said he would not hesitate to call the company.", []),
    # inside a condition nothing is asserted, not even a participle on a noun there
    ("Chad will expel the peacekeepers unless Niger arrests rebels fighting near the border.",
     [("THREATEN", "136", ["TCD"], [], "hypothetical", "expel")]),
    ("The court ordered the company to pay compensation to the victims.", []),
]


@pytest.mark.parametrize(("text", "expected"), WARNINGS_AND_ORDERS)
def test_warnings_without_a_threat_verb_and_orders_to_fire(engine: Engine, text: str,
                                                          expected: list[Any]) -> None:
    assert rows(engine, text) == expected


# The content of an allegation, a claim, a rumour or a denial is not a deed of the accused
# (FactBank: a source other than the writer); under an alleging verb it is coded only with
# the accusation it makes (PETRARCH2 "a (b . ATTACK) SAY = a b 112").
CLAIMED_CONTENT = [
    ("Moscow repeated its allegation that Kyiv was planning an attack.",
     [("ACCUSE", "112", ["RUS"], ["UKR"], "asserted", "allegation")]),
    ("Minsk repeated its claim that Poland was massing troops on the border.", []),
    ("Rumours that Russia would invade Moldova spread on social media.", []),
    ("Moscow alleged that Kyiv was planning an attack on the plant.", []),
    ("Beijing alleged that Manila had rammed its coast guard vessel.",
     [("ACCUSE", "112", ["CHN"], ["PHL"], "asserted", "alleged"),
      ("ASSAULT", "190", ["PHL"], [], "reported", "rammed")]),
    ("Kyiv denied claims that its troops had shelled the town.",
     [("REJECT", "016", ["UKR"], [], "asserted", "denied")]),
    # the deed an accuser lays at another's door ("blamed X for …") is the blame's content
    ("Kabul blamed Pakistan for the bombing of a market in Khost.",
     [("ACCUSE", "112", ["AFG"], ["PAK"], "asserted", "blamed")]),
    # a demanded admission tells what is to be admitted, not a deed of today
    ("Armenia demanded an admission by Ankara that Ottoman troops massacred Armenians.",
     [("REQUEST", "105", ["ARM"], ["TUR"], "asserted", "demanded")]),
    # a report that something happened is the writer's news, not a claim noun
    ("The report that Russia had withdrawn its troops was confirmed by Kyiv.",
     [("RETREAT", "087", ["RUS"], [], "asserted", "withdrawn")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMED_CONTENT)
def test_claimed_content_is_no_deed_of_the_accused(engine: Engine, text: str,
                                                   expected: list[Any]) -> None:
    assert rows(engine, text) == expected


# A mandative clause ("insisted that Iran release …", subjunctive: a bare verb after a
# singular subject, or "be" + participle) under insist/ask/urge/demand is a demand (PLOVER
# REQUEST) aimed at the clause's subject, the one who must act; an indicative complement
# of "insist" is a statement.
MANDATIVE = [
    ("Germany insisted that Iran release the German national.",
     [("REQUEST", "105", ["DEU"], ["IRN"], "asserted", "release")]),
    ("France asked that Algeria free the writer.",
     [("REQUEST", "105", ["FRA"], ["DZA"], "asserted", "asked")]),
    ("The US insisted that Israel allow aid into Gaza.",
     [("REQUEST", "103", ["USA"], ["ISR"], "asserted", "aid")]),
    ("The Kenyan opposition demanded that the government release the journalist.",
     [("REQUEST", "105", ["KENOPP"], ["KEN"], "asserted", "demanded")]),
    ("The minister insisted that the talks had been useful.", []),
    ("China insisted that Taiwan is part of its territory.", []),
]


@pytest.mark.parametrize(("text", "expected"), MANDATIVE)
def test_mandative_clauses_are_demands(engine: Engine, text: str, expected: list[Any]) -> None:
    assert rows(engine, text) == expected
