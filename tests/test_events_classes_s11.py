"""Session 11 event-type classes (issue 10, the TYPE side), each a rule from the CAMEO
codebook, PETRARCH2's CAMEO.2.0.txt or the PLOVER manual, on sentences of our own; every case
asserts the exact events (PLOVER type, CAMEO code, source and target actor codes, modality,
trigger).

1. SANCTION (CAMEO 16): a verb PETRARCH2 pairs with a sanctions noun ("EXTEND * SANCTIONS",
   "ADD * SANCTIONS", "AGREE * (TO SANCTIONS)" [163]) is the noun's support verb; putting a
   party on a sanctions, entity or terrorism list is blacklisting (163); an asset freeze and a
   travel ban are sanctions; suspending or freezing a membership reduces relations (160,
   PLOVER SANCTION 'expel'). Look-alikes: a list of anything else, lifting and threatening.
2. PROTEST (CAMEO 14): a labour strike is 143, not an air strike; violence by protesters,
   demonstrators or rioters is 145 (riot), not 19; force used on protesters stays 175.
3. Types from the session-10 review and the brief: see ``TYPE_GAPS``.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-10T08:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


SANCTIONS = [
    ("The Commerce Department added five Chinese chip makers to the entity list.",
     [("SANCTION", "163", ["USAGOV"], ["CHN"], "asserted", "added")]),
    ("Washington placed the Houthis on its terrorism blacklist.",
     [("SANCTION", "163", ["USA"], ["YEMREB"], "asserted", "placed")]),
    ("The band added Rome to the list of tour dates.", []),
    ("Britain announced an asset freeze on the head of the Wagner group.",
     [("SANCTION", "163", ["GBR"], ["RUSMIL"], "asserted", "freeze")]),
    ("Australia slapped travel bans on four Myanmar generals.",
     [("SANCTION", "163", ["AUS"], ["MMRMIL"], "asserted", "bans")]),
    ("The African Union suspended Mali's membership after the coup.",
     [("SANCTION", "160", ["IGOAFRAFU"], ["MLI"], "asserted", "suspended")]),
    ("The EU agreed to new sanctions against Moscow.",
     [("SANCTION", "163", ["IGOEUREEC"], ["RUS"], "asserted", "sanctions")]),
    ("Canada added sanctions on three Russian banks.",
     [("SANCTION", "163", ["CAN"], ["RUSBUS"], "asserted", "sanctions")]),
    # look-alikes: ending and threatening sanctions keep their own codes
    ("The United States lifted sanctions on Syria.",
     [("RETREAT", "085", ["USA"], ["SYR"], "asserted", "lifted")]),
    ("Moscow threatened sanctions against Tokyo.",
     [("THREATEN", "1312", ["RUS"], ["JPN"], "asserted", "threatened")]),
]


@pytest.mark.parametrize(("text", "expected"), SANCTIONS)
def test_sanctions(engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


PROTESTS = [
    ("Protesters clashed with police in Nairobi over the tax bill.",
     [("PROTEST", "145", ["KENCVL"], ["KENCOP"], "asserted", "clashed")]),
    ("Rioters torched cars in the suburbs of Paris overnight.",
     [("PROTEST", "145", ["FRAOPP"], ["FRA"], "asserted", "torched")]),
    ("Demonstrators stormed the parliament building in Nairobi.",
     [("PROTEST", "145", ["KENCVL"], ["KEN"], "asserted", "stormed")]),
    ("Dock workers went on strike at ports along the US east coast.",
     [("PROTEST", "143", ["USALAB"], ["USA"], "asserted", "strike")]),
    ("Nurses in England went on strike over pay on Tuesday.",
     [("PROTEST", "143", ["GBRHLH"], ["GBR"], "asserted", "strike")]),
    ("Junior doctors began an indefinite strike in Seoul.",
     [("PROTEST", "143", ["KORHLH"], ["KOR"], "asserted", "strike")]),
    # look-alikes: strikes by armed bodies, force used on protesters, soldiers fighting
    ("Israeli jets carried out a strike on Gaza City overnight.",
     [("ASSAULT", "190", ["ISR"], ["PSE"], "asserted", "strike")]),
    ("The army launched a strike on rebel positions near Goma.",
     [("ASSAULT", "190", ["CODMIL"], ["COD"], "asserted", "strike")]),
    ("Protesters were shot by soldiers in Khartoum.",
     [("ASSAULT", "193", ["SDNMIL"], ["SDNCVL"], "asserted", "shot")]),
    ("Police fired tear gas to disperse protesters in Tbilisi.",
     [("ASSAULT", "175", ["GEOCOP"], ["GEO"], "asserted", "fired")]),
]


@pytest.mark.parametrize(("text", "expected"), PROTESTS)
def test_protests(engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


# 3. Types from the review (s10 F2, F4, F8) and the brief's gaps: a military alert only
# (RAISE * {&MILITARY ALERT} [152]); "pulled/walked out of" a deal or talks ends it like
# "withdrew from" (160/164; the parser reads "out" as a preposition); "at the end of the
# talks" is a time, not halted talks; declining an invitation rejects a meeting (125).
TYPE_GAPS = [
    ("The WHO heightened its alert over the cholera outbreak in Sudan.", []),
    ("South Korea's military raised its alert after the missile launch.",
     [("MOBILIZE", "152", ["KORMIL"], [], "asserted", "raised")]),
    ("Argentina pulled out of the climate agreement on Monday.",
     [("SANCTION", "160", ["ARG"], [], "asserted", "pulled")]),
    ("Russian troops pulled out of Kherson in November.",
     [("RETREAT", "087", ["RUSMIL"], [], "asserted", "pulled")]),
    ("Kenya walked out of talks with Somalia on Monday.",
     [("SANCTION", "164", ["KEN"], ["SOM"], "asserted", "walked")]),
    ("The EU leaders spoke at the end of the talks with China.", []),
    ("At the end of his visit to Cairo, Blinken praised Egypt.",
     [("SUPPORT", "051", ["USAGOV"], ["EGY"], "asserted", "praised")]),
    ("Serbia declined an invitation from NATO to attend the summit.",
     [("REJECT", "125", ["SRB"], ["IGOWSTNAT"], "asserted", "declined")]),
    ("NATO turned down Serbia's invitation.",
     [("REJECT", "125", ["IGOWSTNAT"], ["SRB"], "asserted", "turned down")]),
    ("Putin accepted an invitation from Modi to visit India.",
     [("AGREE", "030", ["RUSGOV"], ["INDGOV"], "asserted", "accepted")]),
]


@pytest.mark.parametrize(("text", "expected"), TYPE_GAPS)
def test_type_gaps(engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


# 4. Non-events (s10 review F17): releasing information is no release of people (084),
# visiting a place of worship, burial or care or the wounded is no diplomatic visit (042),
# speaking to reporters is no consultation (040). Look-alikes keep their events.
NON_PARTIES = [
    ("The army released footage of the strike on Tuesday.", []),
    ("Hamas released a video of two Israeli hostages.", []),
    ("Hamas released two Israeli hostages on Saturday.",
     [("RETREAT", "084", ["PSEREBHMS"], ["ISR"], "asserted", "released")]),
    ("Iran's president visited the mausoleum of Imam Khomeini on Sunday.", []),
    ("Netanyahu visited wounded soldiers at a hospital in Haifa.", []),
    ("Blinken visited Egypt on Monday.",
     [("CONSULT", "042", ["USAGOV"], ["EGY"], "asserted", "visited")]),
    ("Speaking to reporters in Ankara, Fidan criticised Israel.",
     [("ACCUSE", "111", ["TURGOV"], ["ISR"], "asserted", "criticised")]),
    ("Putin spoke to Erdogan by phone on Friday.",
     [("CONSULT", "040", ["RUSGOV"], ["TURGOV"], "asserted", "spoke")]),
]


@pytest.mark.parametrize(("text", "expected"), NON_PARTIES)
def test_no_party_objects(engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
