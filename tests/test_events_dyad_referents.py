"""The dyad once the type is right (issue 10, session 9): two causes of a right type with
the wrong or no target on unseen reports, each fixed by its mechanism and tested on
sentences of our own.

1. Reciprocal acts told by their wording: "A and B accused each other", "blamed one
   another", "exchanged fire". Each party is the other's target, one event per direction
   (CAMEO/PETRARCH code reciprocal events once per direction; a reciprocal pronoun or a verb
   of exchange makes any act symmetric). Three or more parties stay one event (PLOVER
   manual, compound and reciprocal actors).
2. A stance on an act told before, named by a noun the trigger lexicon may not code ("the
   demolition", "the closure", "the legislation": English nominalisations), or by a bare
   act noun after a row of reactions ("Russia welcomed the decision. The EU condemned the
   move."): the stance is aimed at whoever did the act (CAMEO 05/11/12), and an act done is
   preferred to one only announced.
"""

from __future__ import annotations

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-10T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[object, ...]]:
    return event_rows(engine, text, PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    ("Thailand and Cambodia accused each other of violating the ceasefire on Sunday.",
     [("ACCUSE", "112", ["THA"], ["KHM"], "asserted", "accused"),
      ("ACCUSE", "112", ["KHM"], ["THA"], "asserted", "accused")]),
    ("Eritrea and Djibouti accused one another of massing troops along their shared border.",
     [("ACCUSE", "112", ["ERI"], ["DJI"], "asserted", "accused"),
      ("ACCUSE", "112", ["DJI"], ["ERI"], "asserted", "accused")]),
    ("India and Pakistan exchanged artillery fire across the Line of Control overnight.",
     [("ASSAULT", "193", ["IND"], ["PAK"], "asserted", "exchanged"),
      ("ASSAULT", "193", ["PAK"], ["IND"], "asserted", "exchanged")]),
    # "for the attack on Goma" is no target once the object is "each other"
    ("Rwanda and Congo blamed each other for the attack on Goma.",
     [("ACCUSE", "112", ["RWA"], ["COD"], "asserted", "blamed"),
      ("ACCUSE", "112", ["COD"], ["RWA"], "asserted", "blamed")]),
    ("Venezuela and Guyana threatened each other over the Essequibo dispute on Thursday.",
     [("THREATEN", "130", ["VEN"], ["GUY"], "asserted", "threatened"),
      ("THREATEN", "130", ["GUY"], ["VEN"], "asserted", "threatened")]),
    ("Kenya and Somalia praised each other for the progress made in the talks.",
     [("SUPPORT", "051", ["KEN"], ["SOM"], "asserted", "praised"),
      ("SUPPORT", "051", ["SOM"], ["KEN"], "asserted", "praised")]),
    ("Ethiopia and Egypt criticised each other at the African Union summit in Addis Ababa.",
     [("ACCUSE", "111", ["ETH"], ["EGY"], "asserted", "criticised"),
      ("ACCUSE", "111", ["EGY"], ["ETH"], "asserted", "criticised")]),
    ("Sudan and Chad expelled each other's ambassadors on Monday.",
     [("SANCTION", "166", ["SDN"], ["TCD"], "asserted", "expelled"),
      ("SANCTION", "166", ["TCD"], ["SDN"], "asserted", "expelled")]),
    ("Bolivia and Chile sued each other at the International Court of Justice.",
     [("ACCUSE", "115", ["BOL"], ["CHL"], "asserted", "sued"),
      ("ACCUSE", "115", ["CHL"], ["BOL"], "asserted", "sued")]),
    ("China and the Philippines blamed one another for the collision near Second Thomas "
     "Shoal.",
     [("ACCUSE", "112", ["CHN"], ["PHL"], "asserted", "blamed"),
      ("ACCUSE", "112", ["PHL"], ["CHN"], "asserted", "blamed")]),
    ("Kyrgyzstan and Tajikistan accused each other on Friday of starting the border clashes.",
     [("ACCUSE", "112", ["KGZ"], ["TJK"], "asserted", "accused"),
      ("ACCUSE", "112", ["TJK"], ["KGZ"], "asserted", "accused")]),
    # a third party named as the object: no reciprocal
    ("Thailand and Cambodia accused Laos of harbouring rebels.",
     [("ACCUSE", "112", ["THA", "KHM"], ["LAO"], "asserted", "accused")]),
    # three parties stay one event (no n × (n − 1) events)
    ("Mali, Niger and Burkina Faso praised each other for leaving the bloc.",
     [("SUPPORT", "051", ["MLI", "NER", "BFA"], [], "asserted", "praised")]),
    # a joint stance with no reciprocal wording stays one event
    ("Japan and South Korea condemned the missile launch.",
     [("ACCUSE", "111", ["JPN", "KOR"], [], "asserted", "condemned")]),
])
def test_a_reciprocal_act_is_coded_once_per_direction(
        engine: Engine, text: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(engine, text) == expected


def test_a_negated_reciprocal_act_is_not_split(engine: Engine) -> None:
    assert event_rows(engine, "Morocco and Algeria did not accuse each other of anything.",
                      PUBLISHED, negated=True) == [
        ("ACCUSE", "112", ["MAR", "DZA"], [], "asserted", True, "accuse")]


@pytest.mark.parametrize(("text", "stance"), [
    # a nominalisation the lexicon codes otherwise than the deed (171 vs 18x)
    ("North Korea blew up two roads near the border on Tuesday. Seoul condemned the "
     "demolition as a provocation.",
     ("ACCUSE", "111", ["KOR"], ["PRK"], "asserted", "condemned")),
    ("Algeria closed its airspace to Moroccan aircraft on Wednesday. Rabat denounced the "
     "closure.",
     ("ACCUSE", "111", ["MAR"], ["DZA"], "asserted", "denounced")),
    ("Nicaragua closed the offices of the Red Cross on Tuesday. The Vatican criticised the "
     "closure.",
     ("ACCUSE", "111", ["VAT"], ["NIC"], "asserted", "criticised")),
    # a decision told by an uncoded verb of deciding ("passed a law")
    ("Israel's parliament passed a law banning UNRWA on Monday. Jordan condemned the "
     "legislation.",
     ("ACCUSE", "111", ["JOR"], ["ISR"], "asserted", "condemned")),
    # a bare act noun after a reaction: the news, not the reaction
    ("The Malian junta expelled the French ambassador on Monday. Russia welcomed the "
     "decision. The European Union condemned the move.",
     ("ACCUSE", "111", [None], ["MLI"], "asserted", "condemned")),
    ("The United States imposed new tariffs on Chinese steel on Friday. China rejected the "
     "decision. Beijing's foreign ministry said Washington was undermining trade. Brazil "
     "criticised the move as well.",
     ("ACCUSE", "111", ["BRA"], ["USA"], "asserted", "criticised")),
    # the act done, not the one announced with no agent
    ("The European Union imposed sanctions on Iranian drone makers on Monday. Exports of "
     "engine parts to Iran will also be restricted from June. Tehran condemned the measures "
     "as illegal.",
     ("ACCUSE", "111", ["IRN"], [None], "asserted", "condemned")),
    ("Azerbaijani forces shelled villages in Armenia's Syunik province overnight. Yerevan "
     "condemned the shelling.",
     ("ACCUSE", "111", ["ARM"], ["AZE"], "asserted", "condemned")),
    ("Pakistani police detained dozens of Afghan refugees in Karachi on Monday. Kabul "
     "criticised the detentions.",
     ("ACCUSE", "111", ["AFG"], ["PAK"], "asserted", "criticised")),
    ("Russian forces seized two Ukrainian patrol boats in the Sea of Azov. Kyiv denounced "
     "the seizure.",
     ("ACCUSE", "111", ["UKR"], ["RUS"], "asserted", "denounced")),
    ("Turkish jets bombed Kurdish positions in northern Iraq on Saturday. Baghdad condemned "
     "the bombing.",
     ("ACCUSE", "111", ["IRQ"], ["TUR"], "asserted", "condemned")),
    ("Iran executed a German-Iranian dissident on Monday. Berlin condemned the execution.",
     ("ACCUSE", "111", ["DEU"], ["IRN"], "asserted", "condemned")),
    # no act told before: no target
    ("Germany condemned the violence.",
     ("ACCUSE", "111", ["DEU"], [], "asserted", "condemned")),
    # a party does not condemn or defend its own act
    ("Russia expelled two Estonian diplomats on Tuesday. Moscow defended the expulsion.",
     ("SUPPORT", "052", ["RUS"], [], "asserted", "defended")),
])
def test_a_stance_on_an_act_told_before_is_aimed_at_its_agent(
        engine: Engine, text: str, stance: tuple[object, ...]) -> None:
    assert rows(engine, text)[-1] == stance


def test_an_actor_noun_with_a_verbal_suffix_is_no_act(engine: Engine) -> None:
    # "the administration" is an actor, not a nominalised act told before
    assert rows(engine, "Iran seized a tanker in the Gulf on Sunday. Tehran criticised the "
                        "American administration.")[-1][:4] == (
        "ACCUSE", "111", ["IRN"], ["USA"])


@pytest.mark.parametrize(("text", "appeal"), [
    # 3. the sides of a conflict told by their forces: "the two countries", "both parties",
    # "the rivals" stand for them (coref.resolver.focus_pair), as a pair of states does
    ("Ethiopian forces clashed with Eritrean troops near Zalambessa on Monday. The African "
     "Union called on the two countries to return to talks.",
     ("REQUEST", "026", [None], ["ERI", "ETH"], "asserted", "called")),
    ("Sudanese soldiers clashed with South Sudanese troops in the Abyei area on Sunday. The "
     "United Nations urged both countries to withdraw their forces.",
     ("REQUEST", "020", [None], ["SDN", "SSD"], "asserted", "urged")),
    ("Kyrgyz border guards exchanged fire with Tajik troops overnight. Russia urged the two "
     "countries to exercise restraint.",
     ("REQUEST", "020", ["RUS"], ["KGZ", "TJK"], "asserted", "urged")),
    # a state and an armed group: "both parties"
    ("Israeli troops and Hezbollah fighters traded fire along the border on Tuesday. France "
     "called on both parties to halt the fighting.",
     ("REQUEST", "025", ["FRA"], ["ISR", "LBN"], "asserted", "called")),
    # relational nouns of a dispute: rivals, foes
    ("India and Pakistan exchanged artillery fire across the Line of Control. Saudi Arabia "
     "offered to mediate between the rivals.",
     ("AGREE", "039", ["SAU"], ["IND", "PAK"], "asserted", "offered")),
    ("Armenia and Azerbaijan resumed talks in Abu Dhabi after months of tension. Washington "
     "praised the two rivals for their courage.",
     ("SUPPORT", "051", ["USA"], ["ARM", "AZE"], "asserted", "praised")),
    ("Thailand and Cambodia traded accusations over a landmine blast on Wednesday. Malaysia "
     "urged the two foes to respect the truce.",
     ("REQUEST", "020", ["MYS"], ["KHM", "THA"], "asserted", "urged")),
    # leaders of the two states in focus when no two people were named
    ("Ghana and Togo signed a maritime agreement on Tuesday. Nigeria congratulated the two "
     "presidents.",
     ("SUPPORT", "051", ["NGA"], ["GHA", "TGO"], "asserted", "congratulated")),
    # the host's own capital is where, not whom
    ("Peru and Ecuador agreed to reopen their border crossings. Chile welcomed the decision "
     "and invited the two presidents to Santiago.",
     ("CONSULT", "040", ["CHL"], ["ECU", "PER"], "asserted", "invited")),
    ("Venezuela and Guyana agreed in December not to use force over the Essequibo. Brazil "
     "praised the two neighbours.",
     ("SUPPORT", "051", ["BRA"], ["GUY", "VEN"], "asserted", "praised")),
    ("Iraq and Turkey held talks on water sharing in Ankara on Monday. Iran urged the two "
     "governments to include it in any deal.",
     ("REQUEST", "020", ["IRN"], ["IRQ", "TUR"], "asserted", "urged")),
    ("Iran and Pakistan exchanged strikes on militant camps this week. China, which has close "
     "ties to both countries, urged both sides to exercise restraint.",
     ("REQUEST", "020", ["CHN"], ["IRN", "PAK"], "asserted", "urged")),
])
def test_a_group_anaphor_names_the_sides_in_focus(
        engine: Engine, text: str, appeal: tuple[object, ...]) -> None:
    assert rows(engine, text)[-1] == appeal


@pytest.mark.parametrize(("text", "last"), [
    # 4. "it" as an object names the organisation or state in focus (coref.pronouns), not
    # the clause's subject nor the subject's own state
    ("Hungary said it would leave the International Criminal Court. Budapest accused it of "
     "political bias.",
     ("ACCUSE", "112", ["HUN"], [None], "asserted", "accused")),
    ("The World Health Organization warned of a cholera outbreak in Sudan. The army "
     "government accused it of exaggerating the figures.",
     ("ACCUSE", "112", ["SDN"], [None], "asserted", "accused")),
    ("ECOWAS suspended Guinea after the coup. The junta in Conakry urged it to lift the "
     "sanctions.",
     ("REQUEST", "025", ["GIN"], [None], "asserted", "urged")),
    ("The International Atomic Energy Agency reported that Iran had expanded enrichment. "
     "Tehran accused it of bias.",
     ("ACCUSE", "112", ["IRN"], [None], "asserted", "accused")),
    ("NATO deployed more jets to Poland on Monday. Moscow warned it against any provocation.",
     ("THREATEN", "130", ["RUS"], [None], "asserted", "warned")),
    ("The African Union suspended Niger's membership. The Nigerien junta criticised the bloc "
     "and called on it to respect the country's sovereignty.",
     ("REQUEST", "020", ["NER"], [None], "asserted", "called")),
    ("The European Union fined Apple 500 million euros. Washington criticised it.",
     ("ACCUSE", "111", ["USA"], [None], "asserted", "criticised")),
    ("The United Nations cut food rations for Afghan refugees in Iran. Tehran urged it to "
     "restore the aid.",
     ("REQUEST", "023", ["IRN"], [None], "asserted", "urged")),
    ("OPEC cut its output targets again in April. Washington urged it to pump more oil.",
     ("REQUEST", "020", ["USA"], [None], "asserted", "urged")),
    ("The Arab League readmitted Syria in May. Qatar criticised it for acting too soon.",
     ("ACCUSE", "111", ["QAT"], [None], "asserted", "criticised")),
    ("Interpol issued a red notice for the former president. Bolivia accused it of political "
     "persecution.",
     ("ACCUSE", "112", ["BOL"], [None], "asserted", "accused")),
    ("The IMF approved a loan for Egypt on Friday. Cairo thanked it for its support.",
     ("SUPPORT", "051", ["EGY"], [None], "asserted", "thanked")),
])
def test_an_object_it_names_the_body_in_focus(
        engine: Engine, text: str, last: tuple[object, ...]) -> None:
    assert rows(engine, text)[-1] == last


def test_an_object_it_resolves_to_the_body_s_code(engine: Engine) -> None:
    text = "UNESCO listed the old city of Hebron as a Palestinian heritage site. Israel " \
           "accused it of rewriting history."
    assert event_rows(engine, text, PUBLISHED, codes=True) == [
        ("ACCUSE", "112", ["ISR"], ["IGOUNODEV"], "asserted", "accused")]


def test_a_subject_it_is_left_alone(engine: Engine) -> None:
    assert rows(engine, "It was unclear whether Iran would attend the talks.") == []
