"""Force that is rehearsed, not used: a military exercise (CAMEO 15, PLOVER MOBILIZE).

PETRARCH2 codes "TEST * [150]" and "* &WEAPON (ON EXERCISE) [150]" for FIRE: a weapon fired in a
test or an exercise demonstrates military power (CAMEO 150) and is no attack on anyone (CAMEO
19 is the *use* of conventional force); the PLOVER manual's MOBILIZE is "all military or police
moves that fall short of the actual use of force". So a deed of force (CAMEO 18-20) that is

- simulated, rehearsed or practised ("drills simulating a blockade of Taiwan", "practised
  encircling the island"),
- a test or a mock one ("test-fired a missile", "a mock attack", "simulated strikes"), or
- done in or during an exercise ("fired missiles during the drills")

is coded as the exercise, 150.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.token_lookup import children_of

REHEARSAL_VERBS = frozenset({"simulate", "rehearse", "practise", "practice", "mimic"})
REHEARSAL_MODIFIERS = frozenset({"test", "mock", "simulated", "simulate", "dummy", "practice"})
EXERCISE_NOUNS = frozenset({"drill", "exercise", "maneuver", "manoeuvre", "wargame",
                            "war-game"})
EXERCISE_PREPS = frozenset({"in", "during", "at"})
MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "advmod"})
# how a deed hangs under the verb that rehearses it: "simulating [a blockade]", "practised
# [encircling]", "rehearsed [an attack on]"
UP_DEPS = frozenset({"dobj", "xcomp", "pcomp", "pobj", "prep"})
FORCE_ROOTS = ("18", "19", "20")


def in_exercise(token: Token) -> bool:
    """An "in/during the drills" phrase on the deed ("fired missiles during the drills")."""
    return any(prep.dep_ == "prep" and prep.lower_ in EXERCISE_PREPS and any(
        obj.dep_ == "pobj" and (obj.lemma_.lower() in EXERCISE_NOUNS or (
            obj.lemma_.lower() == "game" and any(c.lower_ == "war" for c in children_of(obj))))
        for obj in children_of(prep)) for prep in children_of(token))


def rehearsed(token: Token) -> bool:
    """The deed at ``token`` is simulated, a test or mock one, or part of an exercise."""
    if any(c.dep_ in MODIFIER_DEPS and c.lemma_.lower() in REHEARSAL_MODIFIERS
           for c in children_of(token)):
        return True
    current = token
    for _ in range(3):
        if in_exercise(current):
            return True
        if current.dep_ not in UP_DEPS or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in REHEARSAL_VERBS:
            return True
    return False


def exercise_code(cameo: str, token: Token) -> str:
    """150 for a deed of force that is rehearsed (see the module), else ``cameo``."""
    return "150" if cameo.startswith(FORCE_ROOTS) and rehearsed(token) else cameo
