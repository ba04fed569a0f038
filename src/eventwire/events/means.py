"""Unconventional or conventional violence: the CAMEO root by the means the text names.

The CAMEO codebook separates two kinds of violence by their means, not by their verb:
18 ASSAULT is unconventional violence (181 abduction, 182 physical assault, 183 suicide, car
or other non-military bombing: 1831 suicide, 1832 car, 1833 roadside; 186 assassination);
19 FIGHT is conventional military force (193 small arms, 194 artillery and tanks, 195 aerial
weapons). "Attack", "kill", "strike" and "bomb" name either, so the words around the trigger
decide (PETRARCH2 KILL: "{SUICIDE &WEAPON} *" [1831], "{&CAR &WEAPON} *" [1832], "TIMEBOMB *",
"LANDMINE *" [183]; EXPLOSIVE_DESTRUCTION: "FIGHTER_&AIRCRAFT *", "&AIRCRAFT * +" [195]):

- a bomb set off by a person or a vehicle ("a suicide bomber", "a car bomb", "a roadside
  bomb", "an IED", "blew himself up", "bombed" by militants, not from the air) → 183 (1831,
  1832, 1833 by the modifier);
- aircraft and drones as the agent or the modifier ("drones struck", "a drone strike") → 195;
- edged weapons and bare force ("with a knife", "a knife attack", "hacked with machetes")
  → 182.

Only the unspecified codes of the two roots are refined (180, 190, 193, 194, 195 and "blew up"
171); abduction, assassination, occupation, blockade and the rest keep their own codes. A
bombing told with no kind of its own (183) by a state or its armed forces is aerial, 195 ("Israel's
bombing of Gaza": the codebook's 183 is *non-military* bombing).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.token_lookup import children_of

REFINED = frozenset({"180", "190", "193", "194", "195"})
BOMB_WORDS = frozenset({"bomb", "bombing", "ied", "explosive", "vbied", "landmine",
                        "timebomb", "car-bomb"})
BOMB_KINDS = {"suicide": "1831", "car": "1832", "vehicle": "1832", "truck": "1832",
              "roadside": "1833", "booby": "1833"}
PERSON_BOMBERS = frozenset({"bomber", "attacker", "militant"})  # with "suicide": 1831
AIR_HEADS = frozenset({"drone", "warplane", "jet", "aircraft", "helicopter", "airstrike",
                       "plane", "gunship", "fighter-bomber", "airplane"})
# "air"/"aerial" name aerial weapons only on an attack or a force ("an air attack", "the air
# force"), not on air defences, which shoot from the ground
AIR_MODS = frozenset({"air", "aerial"})
AIR_MOD_HEADS = frozenset({"attack", "strike", "raid", "assault", "bombardment", "bombing",
                           "force", "campaign", "power", "offensive"})
EDGED_WORDS = frozenset({"knife", "machete", "axe", "sword", "dagger", "bayonet", "club",
                         "stick", "cleaver"})
# who sets off a bomb that no aircraft drops: irregular fighters (not armies, not states)
IRREGULAR_AGENTS = frozenset({"militant", "insurgent", "jihadist", "terrorist", "extremist",
                              "gunman", "assailant", "attacker", "bomber", "bandit"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
# verbs whose object is the device ("detonated a roadside bomb", "planted an IED")
DETONATING_VERBS = frozenset({"detonate", "explode", "plant", "trigger", "set"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def words_of(token: Token) -> set[str]:
    """The lemma of ``token`` and of its noun modifiers ("suicide bomber", "car bomb attack")."""
    found = {token.lemma_.lower()}
    for child in children_of(token):
        if child.dep_ in MODIFIER_DEPS:
            found |= words_of(child)
    return found


def agent_of(token: Token) -> Token | None:
    """The subject of the trigger verb, or of the clause it continues ("blew himself up,
    killing 12": the bomber); the "by" agent of a passive."""
    current = token
    for _ in range(2):
        for child in children_of(current):
            if child.dep_ in SUBJECT_DEPS:
                return child
            if child.dep_ == "agent":
                return next((g for g in children_of(child) if g.dep_ == "pobj"), None)
        if current.dep_ not in ("advcl", "conj", "xcomp") or current.head.i == current.i:
            return None
        current = current.head
    return None


def instruments(token: Token) -> set[str]:
    """Words of "with" phrases on the trigger or on its agent ("armed with a knife")."""
    found: set[str] = set()
    holders = [token]
    if (agent := agent_of(token)) is not None:
        holders += [agent, *(c for c in children_of(agent) if c.dep_ == "acl")]
    for holder in holders:
        for prep in children_of(holder):
            if prep.dep_ == "prep" and prep.lower_ == "with":
                for obj in children_of(prep):
                    if obj.dep_ == "pobj":
                        found |= words_of(obj)
    return found


def aerial(head: Token | None) -> bool:
    """An aircraft, or an air attack or force ("drones", "an air strike", "the air force")."""
    if head is None:
        return False
    lemma = head.lemma_.lower()
    return lemma in AIR_HEADS or lemma in AIR_MOD_HEADS and bool(words_of(head) & AIR_MODS)


def bomb_code(words: set[str]) -> str:
    return next((code for word, code in BOMB_KINDS.items() if word in words), "183")


def means_code(cameo: str, token: Token) -> str:
    """The code for the violence at ``token`` by its means (see the module), else ``cameo``."""
    lemma = token.lemma_.lower()
    blew_up = lemma == "blow" and any(c.lower_ == "up" for c in children_of(token))
    if cameo not in REFINED and not (blew_up and cameo.startswith("17")):
        return cameo
    own = words_of(token) if token.pos_ in ("NOUN", "PROPN") else set()
    if lemma in DETONATING_VERBS:
        own = {w for c in children_of(token) if c.dep_ == "dobj" for w in words_of(c)}
    agent = agent_of(token)
    agent_words = words_of(agent) if agent is not None else set()
    if blew_up and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in children_of(token)):
        return "1831"  # "a suicide bomber blew himself up"
    if aerial(token if token.pos_ in ("NOUN", "PROPN") else None) or aerial(agent):
        return "195"
    if own & BOMB_WORDS - {lemma} or (own and lemma in BOMB_WORDS and own - {lemma}):
        return bomb_code(own)  # "a car bomb attack", "a suicide bombing"
    if agent_words & BOMB_WORDS or ("suicide" in agent_words
                                    and agent_words & PERSON_BOMBERS):
        return bomb_code(agent_words)  # "a roadside bomb killed", "a suicide bomber killed"
    if lemma == "bomb" and token.pos_ == "VERB" and agent_words & IRREGULAR_AGENTS:
        return "183"  # "militants bombed a church": not from the air
    if (own | instruments(token)) & EDGED_WORDS:
        return "182"  # "a knife attack", "attacked worshippers with a machete"
    return cameo


STATE_SECTORS = frozenset({"MIL", "GOV"})


def military_bombing(cameo: str, token: Token,
                     kinds: Sequence[tuple[str, str | None]]) -> str:
    """195 for a plain bombing (183, no suicide/car/roadside word) whose sources are all
    states or state forces (``kinds``: (actor kind, sector) of each source), else ``cameo``."""
    if cameo != "183" or not kinds or set(BOMB_KINDS) & words_of(token):
        return cameo
    if all(sector == "MIL" or kind == "state" and (sector is None or sector in STATE_SECTORS)
           for kind, sector in kinds):
        return "195"
    return cameo
