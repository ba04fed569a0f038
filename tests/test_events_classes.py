"""Classes of deeds coded from the codebook whatever verb, noun or construction carries them
(issue 10, session 6, coding), on sentences of our own, each asserting the exact events
(PLOVER type, CAMEO code, source and target actor codes, modality, trigger):

- an expulsion phrased as an order to leave or as persona non grata (CAMEO 166; PETRARCH2
  EXPEL * DIPLOMAT), the deadline given with it no second event; announced for later it is a
  threat to expel (136), as PLOVER's annotators code announced withdrawals of inspectors;
- a state leaving an intergovernmental body (CAMEO 161, PLOVER SANCTION), future when
  announced for later, never a threat;
- a legislature voting down, voting against or voting to overturn (CAMEO 12, PLOVER REJECT),
  legislature → the owner of what is rejected;
- an act called by an evaluating word: disapproval (CAMEO 111), a crime (112, PETRARCH2
  REGARD * (AS &CRIME)), approval (051), the polarity from the VADER lexicon; the act
  evaluated is not the caller's deed;
- a crowd gathering with a neutral verb (CAMEO 141; PETRARCH2 GATHER (IN RALLY)), not
  mourners at a funeral;
- force sent against someone (CAMEO 19: aerial 195, tanks 194, other 190), while troops sent
  to an ally stay MOBILIZE;
- a warning that the other side will pay a price or face the consequences (CAMEO 130);
- a judicial execution (PLOVER ASSAULT 'targeted', CAMEO 186), the state the agent of an
  agentless one, never "the execution of the plan";
- an offer to put off a sanction on a condition (an intent to ease it, AGREE 0354), not a
  threat; a summoned chargé d'affaires (ACCUSE).
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-10T08:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


EXPULSIONS = [
    ("Quito ordered the Colombian ambassador to leave the country within 48 hours.",
     [("SANCTION", "166", ["ECU"], ["COL"], "asserted", "ordered")]),
    ("The Sudanese government gave the Kenyan envoy two days to leave Khartoum.",
     [("SANCTION", "166", ["SDN"], ["KEN"], "asserted", "gave")]),
    ("Moscow declared the Estonian consul persona non grata on Thursday.",
     [("SANCTION", "166", ["RUS"], ["EST"], "asserted", "declared")]),
    ("Ethiopia told the Irish diplomat to leave the country.",
     [("SANCTION", "166", ["ETH"], ["IRL"], "asserted", "told")]),
    # announced for later: the expulsion with future modality (issue 10, failure kind 2)
    ("Algeria will declare twelve French embassy staff persona non grata, the ministry said.",
     [("SANCTION", "166", ["DZA"], ["FRA"], "future", "declare")]),
    ("Peru declared Mexico's ambassador persona non grata on Tuesday and gave him 72 hours "
     "to leave the country.",
     [("SANCTION", "166", ["PER"], ["MEX"], "asserted", "declared")]),
]

LEAVING_BODIES = [
    ("Hungary said it would withdraw from the International Criminal Court.",
     [("SANCTION", "161", ["HUN"], ["IGOJUDICC"], "future", "withdraw")]),
    ("Nicaragua withdrew from the Organization of American States in 2023.",
     [("SANCTION", "161", ["NIC"], ["IGOOAS"], "asserted", "withdrew")]),
    ("Burkina Faso announced its withdrawal from the Economic Community of West African "
     "States.", [("SANCTION", "161", ["BFA"], ["IGOWAFBUSWAS"], "asserted", "withdrawal")]),
    ("Venezuela quit the Andean Community in 2006.",
     [("SANCTION", "161", ["VEN"], ["IGOSAM"], "asserted", "quit")]),
    ("Mali is leaving the African Union, state television said.",
     [("SANCTION", "161", ["MLI"], ["IGOAFRAFU"], "reported", "leaving")]),
]

VOTES = [
    ("Kenyan lawmakers voted down President Ruto's finance bill.",
     [("REJECT", "120", ["KENLEG"], ["KENGOV"], "asserted", "voted down")]),
    ("Peruvian lawmakers voted against President Boluarte's proposal.",
     [("REJECT", "120", ["PERLEG"], ["PERGOV"], "asserted", "voted")]),
    ("Georgian legislators voted to override President Zourabichvili's veto.",
     [("REJECT", "120", ["GEOLEG"], ["GEOGOV"], "asserted", "override")]),
    ("South Korean lawmakers voted to reject Prime Minister Han's budget.",
     [("REJECT", "120", ["KORLEG"], ["KORGOV"], "asserted", "reject")]),
    ("The Romanian parliament voted to overturn the president's decree on Tuesday.",
     [("REJECT", "120", ["ROULEG"], ["ROUGOV"], "asserted", "overturn")]),
]

EVALUATIONS = [
    ("Turkey called the Israeli raid a violation of international law.",
     [("ACCUSE", "112", ["TUR"], ["ISR"], "asserted", "violation")]),
    ("Amnesty International called the Iranian verdict a betrayal of justice.",
     [("ACCUSE", "111", ["NGOHRIAMN"], ["IRN"], "asserted", "betrayal")]),
    ("Beijing called Japan's decision a dangerous provocation.",
     [("ACCUSE", "111", ["CHN"], ["JPN"], "asserted", "provocation")]),
    ("Germany called the Israeli-Saudi deal historic.",
     [("SUPPORT", "051", ["DEU"], ["ISR"], "asserted", "historic")]),
    ("India called the Pakistani remarks baseless, the ministry said.",
     [("ACCUSE", "111", ["IND"], ["PAK"], "reported", "baseless")]),
    ("Russia described the British sanctions as illegitimate.",
     [("ACCUSE", "111", ["RUS"], ["GBR"], "asserted", "illegitimate")]),
    ("The Chinese foreign ministry called the Japanese decision reckless and irresponsible.",
     [("ACCUSE", "111", ["CHN"], ["JPN"], "asserted", "reckless")]),
]

CROWDS = [
    ("Thousands of protesters gathered outside the Serbian parliament on Sunday.",
     [("PROTEST", "141", ["SRBCVL"], ["SRB"], "asserted", "gathered")]),
    ("Hundreds of Kenyan students massed outside the parliament, chanting slogans against "
     "the government.", [("PROTEST", "141", ["KENEDU"], ["KEN"], "asserted", "massed")]),
    ("Tens of thousands of Georgians filled the streets of Tbilisi, waving EU flags.",
     [("PROTEST", "141", ["GEO"], ["GEO"], "asserted", "filled")]),
    ("Demonstrators converged on the Bolivian presidential palace.",
     [("PROTEST", "141", ["BOLCVL"], ["BOL"], "asserted", "converged")]),
    ("Hundreds of Armenian mourners gathered for the funeral.", []),
]

FORCE = [
    ("The Sudanese air force sent fighter jets against rebel positions in Darfur.",
     [("ASSAULT", "195", ["SDNMIL"], ["SDN"], "asserted", "sent")]),
    ("Russia deployed drones against Ukrainian cities overnight.",
     [("ASSAULT", "195", ["RUS"], ["UKR"], "asserted", "deployed")]),
    ("Israel sent tanks against Hamas positions in Rafah.",
     [("ASSAULT", "194", ["ISR"], ["PSEREBHMS"], "asserted", "sent")]),
    ("The Nigerian army dispatched troops against Boko Haram.",
     [("ASSAULT", "190", ["NGAMIL"], ["NGAREB"], "asserted", "dispatched")]),
    ("The United States sent troops to Poland.",
     [("MOBILIZE", "154", ["USA"], ["POL"], "asserted", "sent")]),
]

WARNINGS = [
    ("Beijing warned that Manila would pay a price if it continued its provocations.",
     [("THREATEN", "130", ["CHN"], ["PHL"], "asserted", "warned")]),
    ("Russia said Finland would face the consequences of joining NATO.",
     [("THREATEN", "130", ["RUS"], ["FIN"], "asserted", "said")]),
    ("Pyongyang cautioned that Seoul would regret its decision.",
     [("THREATEN", "130", ["PRK"], ["KOR"], "asserted", "cautioned")]),
    ("Washington offered to delay the sanctions if Iran restored access to the inspectors.",
     [("AGREE", "0354", ["USA"], ["IRN"], "asserted", "offered")]),
    ("The European Union offered to postpone the tariffs if Beijing cut its steel exports.",
     [("AGREE", "0354", ["IGOEUREEC"], ["CHN"], "asserted", "offered")]),
]

EXECUTIONS = [
    ("Iran executed a Swedish-Iranian dissident on Saturday.",
     [("ASSAULT", "186", ["IRN"], ["SWEOPP"], "asserted", "executed")]),
    ("Iran's judiciary said the German national was executed on Monday.",
     [("ASSAULT", "186", ["IRN"], ["DEU"], "reported", "executed")]),
    ("Saudi Arabia executed seven men on Tuesday.",
     [("ASSAULT", "186", ["SAU"], ["SAUPPL"], "asserted", "executed")]),
    ("The execution of the plan will take years.", []),
    ("The Foreign Office summoned Russia's charge d'affaires on Monday.",
     [("ACCUSE", "114", ["GBRGOV"], ["RUS"], "asserted", "summoned")]),
]


CHARGES = [
    ("Kyiv said Russian troops had committed war crimes in Bucha.",
     [("ACCUSE", "112", ["UKR"], ["RUSMIL"], "asserted", "said")]),
    ("The Sudanese army said the Rapid Support Forces were guilty of genocide in Darfur.",
     [("ACCUSE", "112", ["SDNMIL"], ["SDNREB"], "asserted", "said")]),
    ("The ministry said the Turkish delegation had committed a serious error.", []),
    # an act told before and evaluated by a definite act noun: aimed at that act's agent
    ("India expelled a Canadian diplomat on Monday. Ottawa called the move unjustified.",
     [("SANCTION", "166", ["IND"], ["CAN"], "asserted", "expelled"),
      ("ACCUSE", "111", ["CAN"], ["IND"], "asserted", "called the move unjustified")]),
    ("Russia annexed four Ukrainian regions. Kyiv called the move a crime.",
     [("COERCE", "171", ["RUS"], ["UKR"], "asserted", "annexed"),
      ("ACCUSE", "112", ["UKR"], ["RUS"], "asserted", "called the move a crime")]),
    ("Mali, Burkina Faso and Niger announced that they were leaving the International "
     "Criminal Court. Amnesty International called the decision a betrayal of victims.",
     [("SANCTION", "161", ["MLI", "BFA", "NER"], ["IGOJUDICC"], "reported", "leaving"),
      ("ACCUSE", "111", ["NGOHRIAMN"], ["MLI", "BFA", "NER"], "asserted",
       "called the decision a betrayal")]),
]

# a headline's bare infinitive is what is to happen (PLOVER: future meetings are AGREE)
HEADLINES = [
    ("Pakistan, Afghan Taliban delegations to meet in Doha after new air strikes",
     [("AGREE", "036", ["PAK"], ["AFGREB"], "future", "meet"),
      ("AGREE", "036", ["AFGREB"], ["PAK"], "future", "meet")]),
    ("Japan to send aid to Myanmar after quake",
     [("AGREE", "033", ["JPN"], ["MMR"], "future", "aid")]),
]


@pytest.mark.parametrize("text,expected", [*EXPULSIONS, *LEAVING_BODIES, *VOTES, *EVALUATIONS,
                                           *CROWDS, *FORCE, *WARNINGS, *EXECUTIONS,
                                           *CHARGES, *HEADLINES])
def test_class_of_deed_is_coded_from_the_codebook(engine: Engine, text: str,
                                                  expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
