"""Session 12 event-type classes (issue 10, the TYPE side), each a rule from WordNet, the
CAMEO codebook, PETRARCH2's CAMEO.2.0.txt, the PLOVER manual or plain grammar, on sentences
of our own; every case asserts the exact events (PLOVER type, CAMEO code, source and target
countries, modality, trigger).

1. Unseen verbs: a verb neither the lexicon nor PETRARCH2 lists takes the code of its nearest
   self-coding verb in WordNet (data/triggers/wordnet_verbs.tsv, confidence 0.5).
2. Raising predicates: "X is set / poised / due / slated / likely / about to <deed>" is X's
   deed with future modality (the predicate is a modal of the deed, not an intent or an
   event of its own; "is expected to" is a forecast: hypothetical). A future meeting is
   AGREE 036 (PLOVER: "references to future meetings ... should be coded as AGREE").
3. "agreed / voted to <conflictual deed>" is the doers' joint decision: the deed (PETRARCH2
   AGREE * (TO SANCTIONS) [163]), not a threat; "vowed to" stays a threat (review s11 F8).
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


UNSEEN_VERBS = [
    ("The Chinese foreign ministry excoriated Japan over its new defence budget.",
     [("ACCUSE", "111", ["CHN"], ["JPN"], "asserted", "excoriated", 0.5)]),
    ("Turkey upbraided Sweden for allowing a Koran burning in Stockholm.",
     [("ACCUSE", "111", ["TUR"], ["SWE"], "asserted", "upbraided", 0.5)]),
    ("Russian jets strafed Ukrainian positions near Bakhmut on Tuesday.",
     [("ASSAULT", "195", ["RUS"], ["UKR"], "asserted", "strafed", 0.5)]),
    # "bomb" (195) since s13: "bombard" is reached only through its rarer sense
    ("Houthi fighters firebombed a Saudi border post near Jizan.",
     [("ASSAULT", "195", ["YEM"], ["SAU"], "asserted", "firebombed", 0.5)]),
    ("Egyptian security forces collared two opposition leaders in Cairo.",
     [("COERCE", "173", ["EGY"], ["EGY"], "asserted", "collared", 0.5)]),
    # look-alikes: the same verbs with no actors, or in their everyday sense
    ("The chef peppered the soup with fresh herbs.", []),
    ("The actor was feted at the Venice film festival.", []),
    ("Fans hugged each other outside the stadium after the final.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNSEEN_VERBS)
def test_unseen_verbs_take_their_wordnet_relative(engine: Engine, text: str,
                                                  expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


def test_wordnet_table_rows_and_reach() -> None:
    """The table holds verbs no lexicon lists, with the code and the verb that gave it; a
    kind of winning is no beating ("outplay": "beat" 182 is reached only as a synonym), nor
    a manner of talking a meeting ("mumble"); verbs the lexicon lists are not in it."""
    lexicon = TriggerLexicon.load()
    assert lexicon.relatives["excoriate"] == ("111", "condemn", "synonym")
    assert lexicon.relatives["strafe"] == ("190", "attack", "hypernym1")
    assert [lemma for lemma in ("outplay", "mumble", "attack", "excoriate")
            if lemma in lexicon.relatives] == ["excoriate"]


RAISING = [
    ("The United States is set to withdraw its troops from Iraq next year.",
     [("RETREAT", "087", ["USA"], ["IRQ"], "future", "withdraw", 0.9)]),
    ("France is poised to recall its ambassador from Algeria.",
     [("SANCTION", "161", ["FRA"], ["DZA"], "future", "recall", 0.9)]),
    ("Putin is due to meet Erdogan in Ankara on Thursday.",
     [("AGREE", "036", ["RUS"], ["TUR"], "future", "meet", 0.8)]),
    ("Britain is slated to impose new sanctions on Iran next week.",
     [("SANCTION", "163", ["GBR"], ["IRN"], "future", "sanctions", 0.8)]),
    # "likely to": a forecast, hypothetical since s13 (review s12 F9); the EU: no country
    ("The EU is likely to extend its sanctions on Russia.",
     [("SANCTION", "163", [None], ["RUS"], "hypothetical", "sanctions", 0.8)]),
    ("Modi is expected to visit Beijing next month.",
     [("AGREE", "036", ["IND"], ["CHN"], "hypothetical", "visit", 0.8)]),
    # look-alikes: the same words as main verbs keep their own reading
    ("Turkey set conditions for Sweden's NATO membership.",
     [("REQUEST", "100", ["TUR"], [None], "asserted", "set", 0.9)]),
    ("The government expected Russia to withdraw.",
     [("RETREAT", "087", ["RUS"], [], "hypothetical", "withdraw", 0.8)]),
]

# Naming someone to a post is no deed against them: "name" is a verb of calling, its word
# vector (nearest: force verbs) names no deed; a dictionary pattern still codes an envoy
NAMING = [
    ("The ruling party of Kenya named the defence minister as its candidate for president.", []),
    ("The main opposition party was due to name him as its presidential candidate.", []),
    ("Egypt named a new ambassador to Israel on Sunday.",
     [("SUPPORT", "050", ["EGY"], ["ISR"], "asserted", "named", 0.9)]),
]


@pytest.mark.parametrize(("text", "expected"), NAMING)
def test_naming_is_calling_not_force(engine: Engine, text: str,
                                     expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), RAISING)
def test_raising_predicates_pass_the_subject_to_a_future_deed(
        engine: Engine, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected


JOINT_DECISIONS = [
    ("The European Union agreed on Monday to extend its sanctions on Russia for six months.",
     [("SANCTION", "163", [None], ["RUS"], "asserted", "agreed", 0.8)]),
    ("The UN Security Council voted to impose an arms embargo on South Sudan.",
     [("SANCTION", "163", [None], ["SSD"], "asserted", "embargo", 0.8)]),
    # look-alikes: a vow is a threat; threatening sanctions keeps its code
    ("Russia vowed to strike Kyiv.",
     [("THREATEN", "138", ["RUS"], ["UKR"], "asserted", "vowed", 0.8)]),
    ("Moscow threatened sanctions against Tokyo.",
     [("THREATEN", "1312", ["RUS"], ["JPN"], "asserted", "threatened", 0.8)]),
]


@pytest.mark.parametrize(("text", "expected"), JOINT_DECISIONS)
def test_agreed_to_a_conflictual_deed_is_the_deed(engine: Engine, text: str,
                                                  expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
