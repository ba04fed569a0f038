"""Who is source and who is target on unseen wire text (issue 10, session 11). Every
sentence is our own; several wordings per class.

1. F9: a name inside a noun compound on the act noun ("EU accession talks", "UN sanctions")
   is not its source when a verb that ends, refuses or plans the act has a subject: that
   subject acts; the name is the partner or topic, the target when no slot names one. A
   name on an act noun that is itself the subject or the object of a neutral verb keeps
   its agent reading ("US strikes hit ...", "announced US sanctions").
2. F10: a headline tells a passive without its auxiliary ("Kenyan opposition leader
   arrested ahead of rally"): the subject of a past form with no object in a headline line
   is the patient (target); the agent is the "by" phrase, else the state the deed implies,
   else no one. Whoever is expelled "from" a state is expelled by it.
3. F12: the act asked for under "called on X to", "pressed X to", "demands, including that
   X ..." is not an asserted deed of anyone: one REQUEST event, aimed at the one asked (the
   "on"/"to" object of the appeal), never at the asked act's own objects.
4. F7: a prepositional phrase whose object is a date or time ("on Monday", "at 3.35 p.m.")
   never fills a phrasal verb's preposition or a pattern's slot: "called Erdogan on Monday"
   is no appeal (CALL ON), "called up reservists on Monday" is a call-up.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-03-10T09:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


COMPOUND_PARTNERS = [
    ("Georgia suspended EU accession talks on Thursday.",
     [("SANCTION", "164", ["GEO"], ["IGOEUREEC"], "asserted", "suspended")]),
    ("Serbia froze EU membership negotiations after the vote.",
     [("SANCTION", "164", ["SRB"], ["IGOEUREEC"], "asserted", "froze")]),
    ("Azerbaijan ended OSCE mediation talks in Vienna.",
     [("SANCTION", "164", ["AZE"], ["IGOEUR"], "asserted", "ended")]),
    ("Iran rejected UN sanctions on its oil sector.",
     [("REJECT", "120", ["IRN"], ["IGOUNO"], "asserted", "rejected")]),
    # a slot of the noun names the partner: it stays the target
    ("Turkey halted NATO accession talks with Sweden on Monday.",
     [("SANCTION", "164", ["TUR"], ["SWE"], "asserted", "halted")]),
    # look-alikes: the name on the noun is its agent
    ("US strikes hit Houthi targets in Yemen on Saturday.",
     [("ASSAULT", "195", ["USA"], ["YEMREB"], "asserted", "hit")]),
    ("Washington announced US sanctions on Iranian oil exports.",
     [("SANCTION", "163", ["USA"], ["IRN"], "asserted", "sanctions")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND_PARTNERS)
def test_a_name_on_the_act_noun_is_the_partner_when_the_subject_acts(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


HEADLINE_PASSIVES = [
    ("Kenyan opposition leader arrested ahead of rally",
     [("COERCE", "173", ["KEN"], ["KENOPP"], "asserted", "arrested")]),
    ("Belarusian journalist detained at Minsk airport",
     [("COERCE", "173", ["BLR"], ["BLRMED"], "asserted", "detained")]),
    ("Two Georgian activists jailed after protest in Tbilisi",
     [("COERCE", "173", ["GEO"], ["GEOOPP"], "asserted", "jailed")]),
    ("French aid worker freed in Mali after 10 months",
     [("RETREAT", "084", [], ["FRA"], "asserted", "freed")]),
    ("Russian dissident expelled from Georgia at border",
     [("SANCTION", "166", ["GEO"], ["RUSOPP"], "asserted", "expelled")]),
    # the headline over its report: the police the report names arrested him
    ("Kenyan opposition leader arrested ahead of rally\n"
     "NAIROBI - Kenyan police said the arrest followed a court order on Monday.",
     [("COERCE", "173", ["KENCOP"], ["KENOPP"], "asserted", "arrested")]),
    # look-alikes: a full passive with its agent; an active clause; a sentence of a body
    ("Two British aid workers were abducted by gunmen in northern Mali.",
     [("ASSAULT", "181", ["MLIUAF"], ["GBR"], "asserted", "abducted")]),
    ("Iranian police arrested two French teachers in Tehran",
     [("COERCE", "173", ["IRNCOP"], ["FRAEDU"], "asserted", "arrested")]),
    ("The UN Security Council agreed on Monday to extend the peacekeeping mission in "
     "Lebanon.",
     [("AGREE", "030", ["IGOUNO"], ["LBN"], "asserted", "agreed")]),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_PASSIVES)
def test_a_headline_past_form_is_a_passive_whose_subject_is_the_patient(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


REQUESTED_ACTS = [
    ("France called on Iran to free the detained aid workers.",
     [("REQUEST", "025", ["FRA"], ["IRN"], "asserted", "called")]),
    ("Zelensky called on Witkoff to visit Ukraine.",
     [("REQUEST", "026", ["UKRGOV"], ["USAGOV"], "asserted", "called")]),
    ("The Russian side made demands, including that Ukraine withdraw its forces from four "
     "regions.",
     [("REQUEST", "100", ["RUS"], ["UKR"], "asserted", "demands")]),
    ("Iran set out several demands, including that the United States lift all sanctions.",
     [("REQUEST", "105", ["IRN"], ["USA"], "asserted", "demands")]),
    # the one asked is not named as an actor: the asked act's place is no target
    ("Zelensky urged Trump to visit Kyiv before any deal.",
     [("REQUEST", "026", ["UKRGOV"], [], "asserted", "urged")]),
    # an appeal parsed with its infinitive as a complement: unchanged
    ("Germany asked Turkey to release the detained journalist.",
     [("REQUEST", "025", ["DEU"], ["TUR"], "asserted", "asked")]),
]


@pytest.mark.parametrize(("text", "expected"), REQUESTED_ACTS)
def test_the_act_asked_for_is_no_deed_of_anyone(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


TIME_ADJUNCTS = [
    ("Putin called Erdogan on Monday.", []),
    ("The Pakistani commander had called his Indian counterpart at 3.35 p.m. on Saturday.", []),
    ("Germany called up 5,000 reservists on Monday.",
     [("MOBILIZE", "154", ["DEU"], [], "asserted", "called up")]),
    ("Israel called up reservists on Saturday.",
     [("MOBILIZE", "154", ["ISR"], [], "asserted", "called up")]),
    # the date changes nothing: the same as without it
    ("Iran fired missiles at a US air base in Qatar on Monday.",
     [("ASSAULT", "190", ["IRN"], ["USA"], "asserted", "fired")]),
    ("Iran fired missiles at a US air base in Qatar.",
     [("ASSAULT", "190", ["IRN"], ["USA"], "asserted", "fired")]),
    # look-alikes: the preposition with a party is still the slot
    ("Biden called on Congress on Monday to pass the aid bill.",
     [("REQUEST", "020", ["USAGOV"], ["USALEG"], "asserted", "called")]),
    ("Russian forces fired on Kharkiv on Tuesday.",
     [("ASSAULT", "193", ["RUSMIL"], ["UKR"], "asserted", "fired")]),
]


@pytest.mark.parametrize(("text", "expected"), TIME_ADJUNCTS)
def test_a_date_fills_no_prepositional_slot(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


# 5. A stance on an act noun ("condemned the attack") refers back to a deed told earlier in
#    its own sentence as well as in an earlier one: the target of condemning a deed is the
#    deed's agent (CAMEO 11, PLOVER ACCUSE). A deed told after the stance is no antecedent.
SAME_SENTENCE_ACTS = [
    ("Russia attacked Ukraine on Friday and Iran condemned the attack.",
     [("ASSAULT", "190", ["RUS"], ["UKR"], "asserted", "attacked"),
      ("ACCUSE", "111", ["IRN"], ["RUS"], "asserted", "condemned")]),
    ("After Israeli jets struck Beirut on Sunday, Egypt condemned the strikes.",
     [("ASSAULT", "195", ["ISR"], ["LBN"], "asserted", "struck"),
      ("ACCUSE", "111", ["EGY"], ["ISR"], "asserted", "condemned")]),
    ("Turkey shot down a Russian jet near the border, and Moscow denounced the attack as a "
     "stab in the back.",
     [("ASSAULT", "190", ["TUR"], ["RUS"], "asserted", "shot down"),
      ("ACCUSE", "111", ["RUS"], ["TUR"], "asserted", "denounced")]),
    # the antecedent in the sentence before, as before
    ("Russia launched a missile strike on Kyiv. Poland condemned the strike on Saturday.",
     [("ASSAULT", "190", ["RUS"], ["UKR"], "asserted", "strike"),
      ("ACCUSE", "111", ["POL"], ["RUS"], "asserted", "condemned")]),
]


@pytest.mark.parametrize(("text", "expected"), SAME_SENTENCE_ACTS)
def test_a_condemned_act_told_earlier_in_the_sentence_names_the_target(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
