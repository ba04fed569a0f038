"""Force that is rehearsed, not used: a military exercise (CAMEO 15, PLOVER MOBILIZE).

PETRARCH2 codes "TEST * [150]" and "* &WEAPON (ON EXERCISE) [150]" for FIRE: a weapon fired in a
test or an exercise demonstrates military power (CAMEO 150) and is no attack on anyone (CAMEO
19 is the *use* of conventional force); the PLOVER manual's MOBILIZE is "all military or police
moves that fall short of the actual use of force". So a deed of force (CAMEO 18-20) that is

- simulated, rehearsed or practised ("drills simulating a blockade of Taiwan", "practised
  encircling the island"),
- a test or a mock one ("test-fired a missile", "a mock attack", "simulated strikes"), or
- done in or during an exercise ("fired missiles during the drills")

is coded as the exercise, 150 — but only when the exercise is the deed's own frame:

- the noun has its drill sense: "in exercise of its right" (an ``of``-complement) is the abstract
  noun, and a singular "manoeuvre" is a tactical move in combat ("in a flanking manoeuvre"); only
  plural or military "manoeuvres" are an exercise;
- the deed is aimed at nobody: weapons are fired *in* an exercise (PETRARCH2's "&WEAPON (ON
  EXERCISE)"), so a deed whose object names a party ("attacked a police academy in Kenya during
  a training exercise", "struck Hezbollah targets") is force used, whoever's drill was the
  setting;
- no one is killed or hurt: casualties are never an exercise (CAMEO 18-20 with victims).
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
MANOEUVRES = frozenset({"maneuver", "manoeuvre"})
MILITARY_MODIFIERS = frozenset({"military", "naval", "joint", "army", "navy", "air", "war",
                                "combat", "training", "large-scale", "annual", "live-fire"})
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "murder", "massacre", "slay", "maim",
                            "die", "hurt", "slaughter", "behead", "execute"})
PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})
# where a deed names what it is aimed at: "attacked [X]", "fired at [X]", "struck [X] in"
AIM_DEPS = frozenset({"dobj", "obj"})
AIM_PREPS = frozenset({"at", "on", "against", "into"})
CLAUSE_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp"})


def drill_sense(noun: Token) -> bool:
    """``noun`` (an exercise noun) is a drill, not "exercise of a right" or a combat manoeuvre."""
    kids = children_of(noun)
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
        return False  # "in exercise of its right to self-defence"
    if noun.lemma_.lower() in MANOEUVRES:
        return noun.tag_ in ("NNS", "NNPS") or any(
            c.dep_ in MODIFIER_DEPS and c.lower_ in MILITARY_MODIFIERS for c in kids)
    return True


def exercise_noun(obj: Token) -> bool:
    lemma = obj.lemma_.lower()
    if lemma in EXERCISE_NOUNS:
        return drill_sense(obj)
    return lemma == "game" and any(c.lower_ == "war" for c in children_of(obj))


def names_party(token: Token) -> bool:
    return any(t.ent_type_ in PARTY_ENTITIES for t in token.subtree)


def aimed_at_party(deed: Token) -> bool:
    """The deed's object names someone ("attacked a police academy in Kenya", "shelled Goma")."""
    for child in children_of(deed):
        if child.dep_ in AIM_DEPS and names_party(child):
            return True
        if child.dep_ == "prep" and child.lower_ in AIM_PREPS and any(
                o.dep_ == "pobj" and names_party(o) for o in children_of(child)):
            return True
    return False


def casualties(deed: Token) -> bool:
    """Someone is killed or hurt by the deed ("killed three soldiers", "..., killing six")."""
    return deed.lemma_.lower() in CASUALTY_VERBS or any(
        c.dep_ in CLAUSE_DEPS and c.lemma_.lower() in CASUALTY_VERBS for c in children_of(deed))


def in_exercise(token: Token) -> bool:
    """An "in/during the drills" phrase on the deed ("fired missiles during the drills")."""
    return any(prep.dep_ == "prep" and prep.lower_ in EXERCISE_PREPS and any(
        obj.dep_ == "pobj" and exercise_noun(obj)
        for obj in children_of(prep)) for prep in children_of(token))


def rehearsed(token: Token) -> bool:
    """The deed at ``token`` is simulated, a test or mock one, or part of an exercise."""
    if any(c.dep_ in MODIFIER_DEPS and c.lemma_.lower() in REHEARSAL_MODIFIERS
           for c in children_of(token)):
        return True
    current = token
    for _ in range(3):
        if in_exercise(current):
            return not (aimed_at_party(token) or casualties(token))
        if current.dep_ not in UP_DEPS or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in REHEARSAL_VERBS:
            return True
    return False


def exercise_code(cameo: str, token: Token) -> str:
    """150 for a deed of force that is rehearsed (see the module), else ``cameo``."""
    return "150" if cameo.startswith(FORCE_ROOTS) and rehearsed(token) else cameo


# CAMEO 152 is a *military* alert (PETRARCH2 RAISE * {&MILITARY ALERT} [152], PUT * (ON
# ALERT) [152] of forces): an alert raised by a health, weather, business or civic body, or
# about a hazard ("heightened its alert over the cholera outbreak", "a travel alert") is no
# force posture at all
CIVIL_SECTORS = frozenset({"HLH", "MED", "BUS", "EDU", "ENV", "AGR", "LAB", "CVL", "SCI",
                           "NGO", "REL"})
MILITARY_WORDS = frozenset({"military", "army", "troop", "force", "navy", "combat", "war",
                            "defence", "defense", "nuclear", "missile", "border", "marine",
                            "soldier", "air"})


def civil_code(code: str | None) -> bool:
    """A CAMEO actor code whose roles name a civil sector ("IGOUNOHLHWHO": health)."""
    if not code:
        return False
    roles = {code[i:i + 3] for i in range(3, len(code), 3)}
    return bool(roles & CIVIL_SECTORS) and not roles & {"MIL", "COP", "SPY"}


def civil_alert(cameo: str, trigger: Token, source_codes: list[str | None]) -> bool:
    """A 152 whose alert names no military word in the clause and whose raiser is a civil
    body (health, weather, business …): not an event."""
    if cameo != "152":
        return False
    words = {t.lemma_.lower() for t in trigger.subtree} | {
        t.lemma_.lower() for c in children_of(trigger) if c.dep_ in ("nsubj", "nsubjpass")
        for t in c.subtree}
    if words & MILITARY_WORDS:
        return False
    return bool(source_codes) and all(civil_code(c) for c in source_codes)
