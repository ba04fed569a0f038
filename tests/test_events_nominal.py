"""Events told by nouns (issue 10, session 7): the nouns derived from every verb trigger by
``scripts/build_noun_triggers.py`` (``data/triggers/nominal.yaml``) and the arguments of an
event noun from syntax: the possessor or nationality modifier, the "by" agent (on the noun or
hung by the parser on its "of" object) as source; the "of" object as target of a noun whose
verb takes an object ("the expulsion of two diplomats") and as source of an intransitive one
("the withdrawal of Rwandan troops": ``source: [of]``). Sentences of our own; each asserts
the exact events (PLOVER type, CAMEO code, source and target actor codes, modality, negated,
trigger). Neutral sentences of the same class (a generic mention, a topic, a noun whose
everyday sense is a thing or a body) code nothing.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import pytest

from eventwire.api import Engine
from eventwire.errors import LexiconError
from eventwire.lexicon.triggers import TriggerLexicon
from eventwire.models import Article

PUBLISHED = "2025-04-10T08:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    article = Article(id="t", text=text, published=PUBLISHED, language="en")
    return [(e.plover, e.cameo, [r.code for r in e.source], [r.code for r in e.target],
             e.modality, e.negated, e.evidence.trigger.text)
            for e in engine.document(article).events]


DERIVED = [  # nouns of the generated lexicon, each with its arguments from syntax
    ("Brazil's condemnation of the coup in Niger came on Wednesday.",
     [("ACCUSE", "111", ["BRA"], ["NER"], "asserted", False, "condemnation")]),
    ("The deportation of Haitian migrants by the Dominican Republic continued this week.",
     [("COERCE", "174", ["DOM"], ["HTIREF"], "asserted", False, "deportation")]),
    ("The confiscation of Russian assets by Canada was approved by lawmakers.",
     [("COERCE", "171", ["CAN"], ["RUS"], "asserted", False, "confiscation")]),
    ("Iran's imprisonment of a French tourist has lasted two years.",
     [("COERCE", "173", ["IRN"], ["FRACVL"], "asserted", False, "imprisonment")]),
    ("The Israeli army carried out the demolition of Palestinian homes in Hebron.",
     [("ASSAULT", "1712", ["ISRMIL"], ["PSE"], "asserted", False, "demolition")]),
    ("The shooting of a Serbian policeman by Kosovo police angered Belgrade.",
     [("ASSAULT", "193", ["XKXCOP"], ["SRBCOP"], "asserted", False, "shooting")]),
    ("The killing of three Indian soldiers by Chinese troops shocked New Delhi.",
     [("ASSAULT", "190", ["CHNMIL"], ["INDMIL"], "asserted", False, "killing")]),
    ("The retreat of Ukrainian forces from Avdiivka was confirmed by Kyiv.",
     [("RETREAT", "087", ["UKRMIL"], ["UKR"], "asserted", False, "retreat")]),
    # negated by its determiner: kept, marked negated
    ("Hungary issued no condemnation of the Russian strike.",
     [("ACCUSE", "111", ["HUN"], ["RUS"], "asserted", True, "condemnation")]),
]

ARGUMENTS = [  # hand-built nouns: the "by" agent and the "of" phrase of an intransitive noun
    ("The expulsion of two Russian diplomats by Norway was announced on Thursday.",
     [("SANCTION", "166", ["NOR"], ["RUS"], "asserted", False, "expulsion")]),
    ("The withdrawal of Rwandan troops from eastern Congo began on Monday.",
     [("RETREAT", "087", ["RWAMIL"], ["COD"], "asserted", False, "withdrawal")]),
]

RESTATED = [  # a noun with no agent of its own in an adjunct of a deed of its type restates it;
    # a bare noun after "in" is the deed's manner; a noun with its own agent is another event
    ("Ethiopian troops recaptured the town of Lalibela after heavy fighting with Tigrayan "
     "forces.", [("ASSAULT", "190", ["ETHMIL"], [None], "asserted", False, "recaptured")]),
    ("Thousands of Serbians blocked roads in defiance of the government to demand new "
     "elections.", [("PROTEST", "144", ["SRB"], ["SRB"], "asserted", False, "blocked")]),
    ("Israel struck Iranian air defences after Iran's missile attack on Israel.",
     [("ASSAULT", "190", ["ISR"], ["IRN"], "asserted", False, "struck"),
      ("ASSAULT", "190", ["IRN"], ["ISR"], "asserted", False, "attack")]),
    ("Colombian troops clashed with ELN rebels in Arauca after the killing of three soldiers "
     "by the rebels.",
     [("ASSAULT", "190", ["COLMIL"], ["COLREB"], "asserted", False, "clashed"),
      ("ASSAULT", "190", ["COLREB"], ["COLMIL"], "asserted", False, "killing")]),
]

NEUTRAL = [  # the same nouns where they name no event, or no actor does them
    "The killing was condemned by rights groups.",
    "Deportation is a sensitive subject in Kenya.",
    "The defence ministry in Lima published its budget.",
    "A settlement of 400 families lies near the river.",
    "Sanctions are a blunt tool, the economist said.",
    # the "by" agent hung on the object is the source, never also the target
    "The seizure of the tanker by Iran's Revolutionary Guards alarmed Greece.",
]


@pytest.mark.parametrize(("text", "expected"), DERIVED + ARGUMENTS + RESTATED)
def test_event_nouns_take_their_arguments_from_syntax(engine: Engine, text: str,
                                                      expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


@pytest.mark.parametrize("text", NEUTRAL)
def test_nouns_that_name_no_act_of_an_actor_code_nothing(engine: Engine, text: str) -> None:
    assert rows(engine, text) == []


def test_generated_lexicon_names_its_script_and_keeps_the_verbs_meaning() -> None:
    text = (files("eventwire") / "data" / "triggers" / "nominal.yaml").read_text("utf-8")
    assert text.startswith("# GENERATED by scripts/build_noun_triggers.py")
    lexicon = TriggerLexicon.load()
    (condemnation,) = lexicon.lookup("noun", "condemnation")
    assert (condemnation.frame, condemnation.target) == ("criticize", ("of",))
    (withdrawal,) = lexicon.lookup("noun", "withdrawal")  # hand entry: wins, intransitive
    assert (withdrawal.frame, withdrawal.target, withdrawal.source) == (
        "retreat", ("from",), ("of",))
    for thing in ("defence", "settlement", "phone", "storm", "shell", "talking"):
        assert lexicon.lookup("noun", thing) == (), thing  # a thing, a body or a gerund


def test_source_slots_are_for_nouns_only(tmp_path: Any) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text("version: 1\nverbs:\n  evacuate: {code: \"0874\", source: [of]}\n")
    with pytest.raises(LexiconError, match=r"mine.yaml, line 3, verbs entry 'evacuate': "
                                           r"'source' slots are for nouns"):
        TriggerLexicon.load([bad])


# Review s7 §3/§8: the "of" phrase is the source only of a noun whose verb takes no object;
# for a transitive verb it is the person or thing acted on, and the source is the "by"
# agent, the possessor or (extradite, deport) the "from" state, wherever the parser hung it
TRANSITIVE_OF = [
    ("The extradition of a Venezuelan banker from Italy to Brazil was approved on Monday.",
     [("COOPERATE", "063", ["ITA"], ["BRA"], "asserted", False, "extradition")]),
    ("Argentina's extradition of the Chilean fugitive to Peru was completed.",
     [("COOPERATE", "063", ["ARG"], ["PER"], "asserted", False, "extradition")]),
    ("The handover of the Ukrainian prisoners by Russia to the Red Cross took place at dawn.",
     [("RETREAT", "084", ["RUS"], ["NGOHLHIRC"], "asserted", False, "handover")]),
    # intransitive: the "of" phrase acts
    ("The arrival of the Indian prime minister in Moscow was broadcast live.",
     [("CONSULT", "042", ["IND"], ["RUS"], "asserted", False, "arrival")]),
    ("Japan's defence minister arrived in Manila for talks.",
     [("CONSULT", "042", ["JPNGOVMIL"], ["PHL"], "asserted", False, "arrived")]),
    # a "with" phrase naming a backer is no counterpart (the fight is not against it)
    ("Turkish troops resumed fighting with Kurdish militants on Friday.",
     [("ASSAULT", "190", ["TURMIL"], ["TURREB"], "asserted", False, "fighting")]),
    ("If the talks fail, Israel will return to fighting, with the backing of the United "
     "States.", [("THREATEN", "138", ["ISR"], [], "hypothetical", False, "fighting")]),
]

NOT_SUCH_EVENTS = [
    # the person extradited is not the extraditing side: no country gives it up here
    "The extradition of the Colombian rebel leader to the United States was completed.",
    # compensation is the money paid, not a release of persons or property (CAMEO 084)
    "The compensation of flood victims by the Thai government began on Monday.",
    # warships or troops going somewhere are no visit (CAMEO 042, PLOVER CONSULT: meetings)
    "The arrival of Chinese warships in Cambodia worried Vietnam.",
    "Two Russian frigates arrived in Havana on Wednesday.",
    "Sudanese troops kept fighting in Darfur with the support of Egypt.",
]


@pytest.mark.parametrize(("text", "expected"), TRANSITIVE_OF)
def test_of_is_the_source_only_of_intransitive_nouns(engine: Engine, text: str,
                                                     expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


@pytest.mark.parametrize("text", NOT_SUCH_EVENTS)
def test_patients_backers_and_armed_arrivals_make_no_such_event(engine: Engine,
                                                                text: str) -> None:
    assert rows(engine, text) == []


def test_generated_lexicon_follows_its_transitivity_rule() -> None:
    lexicon = TriggerLexicon.load()
    got = {noun: (entry.target, entry.source) for noun in
           ("extradition", "handover", "disbursal", "arrival", "fighting", "deportation")
           for entry in lexicon.lookup("noun", noun)}
    assert got == {"extradition": (("to",), ("from",)), "handover": (("to",), None),
                   "disbursal": (("to", "for"), None), "arrival": (("in", "at"), ("of",)),
                   "fighting": (("against", "with"), ("of",)),
                   "deportation": (("of",), ("from",))}
    assert lexicon.lookup("noun", "compensation") == ()


# Review s7 §8 / modality note: a stance on "the decision" looks past an agentless or
# not-yet-real deed just before to the act of someone (the report's news); an intended
# attack inside a relative clause is no act "condemned the attacks" is aimed at
ANAPHORA = [
    ("The EU imposed new sanctions on Iran on Monday. Sanctions on Iranian banks will be "
     "reimposed from May. Tehran condemned the decision.",
     [("SANCTION", "163", ["IGOEUREEC"], ["IRN"], "asserted", False, "sanctions"),
      ("ACCUSE", "111", ["IRN"], ["IGOEUREEC"], "asserted", False, "condemned")]),
    ("Turkey closed its border with Syria on Friday. Damascus condemned the move.",
     [("COERCE", "191", ["TUR"], ["SYR"], "asserted", False, "closed"),
      ("ACCUSE", "111", ["SYR"], ["TUR"], "asserted", False, "condemned")]),
    # the plot Kyiv is accused of is the accusation's content, no deed of Ukraine's: the
    # attacks condemned are the strikes on Odesa (a port in Odesa: Ukraine, the place's state)
    ("Russian missiles struck a port in Odesa on Monday. Moscow accused Kyiv of a plot in "
     "which Ukraine was preparing attacks on Crimea. The United States condemned the attacks.",
     [("ASSAULT", "190", ["RUS"], ["UKR"], "asserted", False, "struck"),
      ("ACCUSE", "112", ["RUS"], ["UKR"], "asserted", False, "accused"),
      ("ACCUSE", "111", ["USA"], ["RUS"], "asserted", False, "condemned")]),
]

# one visit per traveller and day: another named person's visit on another day stays apart
VISITS = [
    ("Indian Foreign Minister S. Jaishankar met Afghan officials in Kabul on Monday, the first "
     "visit by an Indian foreign minister to the Afghan capital. Earlier this month, Indian "
     "intelligence chief Ravi Sinha visited the city.",
     [("CONSULT", "042", ["IND"], ["AFG"], "asserted", False, "visit"),
      ("CONSULT", "042", ["INDSPY"], [], "asserted", False, "visited")]),
    ("Foreign Minister Hakan Fidan visited Damascus on Sunday. The visit by the Turkish "
     "minister on Sunday lasted six hours.",
     [("CONSULT", "042", ["TURGOV"], ["SYR"], "asserted", False, "visited")]),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORA + VISITS)
def test_act_anaphora_and_visits_keep_their_own_actors(engine: Engine, text: str,
                                                       expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
