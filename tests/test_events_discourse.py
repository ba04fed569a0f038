"""Sides of events from the discourse and from actor modifiers (issue 10, session 8:
``events.discourse``, ``actors.modifiers``, the body anaphor in ``coref.resolver`` and the
two domestic sides of ``build.reciprocal``). Sentences written for these tests; each class
has neutral look-alikes that must not change."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-04T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return [row[:5] for row in event_rows(engine, text, PUBLISHED, codes=True)]


# -- a modifier naming a backer is neither the actor nor its country -----------------------
BACKERS = [
    # an apposition with a backer: the Houthis fire, and the tanker is no Iranian business
    ("The Houthis, an Iranian-backed group, fired two missiles at a tanker on Tuesday.",
     [("ASSAULT", "190", ["YEMREB"], [], "asserted")]),
    # "the Iran-aligned group" is the Houthis (the body told before), not Iran
    ("Yemen's Houthis seized a cargo ship on Sunday. The Iran-aligned group warned on Monday "
     "that it would target more vessels.",
     [("COERCE", "171", ["YEMREB"], ["YEMBUS"], "asserted"),
      ("THREATEN", "130", ["YEMREB"], [], "asserted")]),
    # "Russian-backed separatists" in a report set in Ukraine are Ukraine's separatists
    ("Fighting intensified in eastern Ukraine on Monday. Russian-backed separatists shelled "
     "the town of Avdiivka, Ukrainian officials said.",
     [("ASSAULT", "194", ["UKRSEP"], [None], "reported")]),
    # a nationality on "the group" narrows it to that country's body
    ("The Iranian-backed Hezbollah fired rockets at Israel. Israel struck back at the "
     "Lebanese group.",
     [("ASSAULT", "190", ["LBNREB"], ["ISR"], "asserted"),
      ("ASSAULT", "190", ["ISR"], ["LBNREB"], "asserted")]),
    # "the group" after a named NGO is that NGO
    ("Human Rights Watch accused Egyptian police of torturing detainees. The group urged "
     "Cairo to open an inquiry.",
     [("ACCUSE", "112", ["NGOHRI"], ["EGYCOP"], "asserted"),
      ("REQUEST", "020", ["NGOHRI"], ["EGY"], "asserted")]),
    # look-alike: "-led" names the leader, as PETRARCH codes it
    ("The Saudi-led coalition carried out air strikes on Sanaa.",
     [("ASSAULT", "195", ["SAU"], ["YEM"], "asserted")]),
    # look-alike: "the group of lawyers" names its own members, no antecedent body (their
    # demand for a release is aimed at the police who hold the protesters)
    ("Police in Lagos arrested 30 protesters on Saturday. The group of lawyers representing "
     "them demanded their release.",
     [("COERCE", "173", ["NGACOP"], ["NGACVL"], "asserted"),
      ("REQUEST", "105", ["NGAJUD"], ["NGACOP"], "asserted")]),
]


# -- an agreement or talks of a government and a domestic rival: two sides ----------------
DOMESTIC = [
    ("The Ethiopian government and the TPLF agreed to a permanent cessation of hostilities.",
     [("AGREE", "030", ["ETHGOV"], ["ETHREB"], "asserted"),
      ("AGREE", "030", ["ETHREB"], ["ETHGOV"], "asserted")]),
    ("The Colombian government and the ELN rebels held talks in Havana on Monday.",
     [("CONSULT", "040", ["COLGOV"], ["COLREB"], "asserted"),
      ("CONSULT", "040", ["COLREB"], ["COLGOV"], "asserted")]),
    ("Mali's government and Tuareg separatists signed a peace accord in Algiers.",
     [("SUPPORT", "057", ["MLIGOV"], ["MLISEP"], "asserted"),
      ("SUPPORT", "057", ["MLISEP"], ["MLIGOV"], "asserted")]),
    # look-alike: two states keep their state codes
    ("Kenya and Uganda agreed to reopen the border.",
     [("AGREE", "0355", ["KEN"], ["UGA"], "asserted"),
      ("AGREE", "0355", ["UGA"], ["KEN"], "asserted")]),
]


# -- an agreement or rejection answers what was said to its source earlier ----------------
ANSWERS = [
    # a request at a meeting, taken up in the next sentence
    ("The UN envoy met President Bashar al-Assad in Damascus on Monday and asked him to open "
     "more border crossings for aid. Assad agreed to open two more crossings for three "
     "months.",
     [("CONSULT", "040", ["IGOUNO"], ["SYRGOV"], "asserted"),
      ("AGREE", "030", ["SYRGOV"], ["IGOUNO"], "asserted")]),
    # a request answered after background and a quote
    ("Washington urged Belgrade to pull back troops from the Kosovo border. Serbian officials "
     "said the deployment was routine. \"We have nothing to hide,\" President Aleksandar "
     "Vucic said. On Sunday, Serbia agreed to hold talks.",
     [("REQUEST", "020", ["USA"], ["SRB"], "asserted"),
      ("AGREE", "036", ["SRB"], ["USA"], "asserted")]),
    # an accusation rejected five sentences later, with quotes between
    ("Estonia accused Russia of jamming GPS signals over the Baltic. Tallinn said the "
     "interference had disrupted dozens of flights. \"This is a hybrid attack,\" the foreign "
     "minister said. Officials said an investigation was under way. Airlines reported delays. "
     "Moscow rejected what it called baseless claims.",
     [("ACCUSE", "112", ["EST"], ["RUS"], "asserted"),
      ("REJECT", "120", ["RUS"], ["EST"], "asserted")]),
    # look-alike: nothing was asked of the government
    ("The government agreed to raise fuel prices on Monday.", []),
    # look-alike: the request was to another party, so Chile's agreement answers no one
    ("Brazil asked Argentina to extradite the suspects. Chile agreed to host the summit.",
     [("REQUEST", "021", ["BRA"], ["ARG"], "asserted"),
      ("AGREE", "036", ["CHL"], [], "asserted")]),
]


# -- a mission, a thing or an act names whose it is -----------------------------------------
OWNERS = [
    # a nationality on a closed mission names the state it belongs to, not the host
    ("Germany closed the Iranian consulate on Thursday.",
     [("SANCTION", "161", ["DEU"], ["IRN"], "asserted")]),
    ("Germany closed three Iranian consulates in Frankfurt, Hamburg and Munich.",
     [("SANCTION", "161", ["DEU"], ["IRN"], "asserted")]),
    # a storming of an embassy is an act against the embassy's state
    ("Protesters stormed the Swedish embassy in Baghdad early on Thursday.",
     [("PROTEST", "145", ["IRQCVL"], ["SWE"], "asserted")]),
    # a demand for a release is aimed at whoever holds them, told before
    ("The Houthis seized the Galaxy Leader on Sunday. Its crew of 25 was taken to Hodeidah. "
     "The United States demanded the immediate release of the ship and its crew.",
     [("COERCE", "171", ["YEMREB"], [], "asserted"),
      ("REQUEST", "105", ["USA"], ["YEMREB"], "asserted")]),
    # a condemnation of an attack on a party told before is aimed at the attacker
    ("A gunman stormed Azerbaijan's embassy in Tehran on Friday. The European Union "
     "condemned the attack on the Azerbaijani mission.",
     [("ASSAULT", "190", ["IRNUAF"], ["AZE"], "asserted"),
      ("ACCUSE", "111", ["IGOEUREEC"], ["IRNUAF"], "asserted")]),
    ("Israeli jets struck Hezbollah positions in southern Lebanon. Iran condemned the strikes "
     "on Lebanon.",
     [("ASSAULT", "195", ["ISR"], ["LBNREB"], "asserted"),  # jets: aerial weapons
      ("ACCUSE", "111", ["IRN"], ["ISR"], "asserted")]),
    # ... or named with it: the victim is not the target
    ("Russian missiles hit Kyiv overnight. Poland condemned the attack by Russia on "
     "Ukraine's capital.",
     [("ASSAULT", "193", ["RUS"], ["UKR"], "asserted"),
      ("ACCUSE", "111", ["POL"], ["RUS"], "asserted")]),
    # look-alike: no attack on the mission was told, so the sentence's own target stays
    ("The United States condemned the attack on the Azerbaijani mission in Tehran.",
     [("ACCUSE", "111", ["USA"], ["AZE"], "asserted")]),
]


@pytest.mark.parametrize(("text", "expected"), [*BACKERS, *DOMESTIC, *ANSWERS, *OWNERS])
def test_sides_from_discourse_and_modifiers(engine: Engine, text: str,
                                           expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
