"""Find trigger candidates: a token, its lexicon entry and what it means (frame or code)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from eventwire.events.modality import (
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    REPORTING_VERBS,
    aux_words,
    condition_marks,
)
from eventwire.lexicon.patterns import GENERAL_VERBS
from eventwire.lexicon.triggers import Trigger, TriggerLexicon
from eventwire.token_lookup import children_of

MODIFIER_CLAUSES = {"acl", "amod", "relcl", "advcl", "pcomp"}

# Codes where the target is often left open (protests, force posture, violence): the same
# rule as the generated lexicon (scripts/build_cameo_triggers.py).
OPEN_TARGET_PREFIXES = ("14", "15", "18", "19", "20")
# Where a trigger's code came from, most reliable first (Event.confidence).
CONFIDENCE = {"pattern": 0.9, "lexicon": 0.8, "synonym": 0.6, "vector": 0.4}
FALLBACK_CONFIDENCE = 0.3  # an argument filled by a fallback rule, not by the parse

SECOND_WORD_DEPS = {"prt", "prep", "dobj", "advmod", "npadvmod", "oprd", "acomp", "compound:prt"}
NOUN_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss"}  # poss: "'pressure' policy"
POS_KIND = {"VERB": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}
OBLIGATION = {"must", "should"}
OBLIGATION_ENTRY = Trigger(key="say ... must", lemma="say", pos="verb", code="100",
                           stance="demand", target=("ccomp",), where="built-in rule")


@dataclass(frozen=True)
class Candidate:
    token: Token
    entry: Trigger
    meaning: str | None  # frame name or CAMEO code; None for pure governors
    via_object: Token | None = None  # the object that decided the meaning, if any
    basis: str = "lexicon"  # pattern | lexicon | synonym | vector: see CONFIDENCE


def lemmas(token: Token, pos: str) -> tuple[str, ...]:
    """Lemma forms to look up ("Talks" in a capitalised headline is tagged PROPN)."""
    if pos == "PROPN":
        lower = token.lower_
        return (lower, lower[:-1]) if lower.endswith("s") else (lower,)
    return (token.lemma_.lower(),)


def verb_stems(lower: str, tag: str) -> tuple[str, ...]:
    """Fallback stems of an inflected verb, tried after its lemma."""
    for suffix, tags in (("ed", ("VBD", "VBN")), ("ing", ("VBG",)), ("es", ("VBZ",))):
        if tag in tags and lower.endswith(suffix):
            stem = lower[: -len(suffix)]
            return (stem + "e", stem) if suffix != "es" else (stem, lower[:-1])
    return ()


def entries_for(token: Token, lexicon: TriggerLexicon) -> list[tuple[Trigger, str]]:
    pos = token.pos_
    kind = POS_KIND.get(pos)
    if kind is None:
        return []
    found: list[tuple[Trigger, str]] = []
    for lemma in lemmas(token, pos):
        found.extend((e, lemma) for e in lexicon.lookup(kind, lemma))
    if not found and pos == "VERB":  # the lemmatizer's slips: "staged" → "stag"
        for stem in verb_stems(token.lower_, token.tag_):
            found.extend((e, stem) for e in lexicon.lookup(kind, stem))
            if found:
                break
    return found


def second_word_matches(token: Token, entry: Trigger) -> bool:
    if entry.second is None:
        return True
    if entry.pos == "noun":
        return any(c.dep_ in NOUN_MODIFIER_DEPS and entry.second in (c.lower_, c.lemma_.lower())
                   for c in children_of(token))
    return any(c.dep_ in SECOND_WORD_DEPS and c.lower_ == entry.second and c.i > token.i
               for c in children_of(token))  # "fired on X", not "On Monday, X fired"


def entry_for(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """The most specific entry whose second word (if any) is present."""
    for entry, _ in entries_for(token, lexicon):
        if second_word_matches(token, entry):
            return entry
    return None


def object_of(token: Token) -> Token | None:
    """The direct object (verbs; the passive subject when passive) or "of" object (nouns)."""
    if token.pos_ in ("NOUN", "PROPN"):
        for child in children_of(token):
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((g for g in children_of(child) if g.dep_ == "pobj"), None)
        return None
    for dep in ("dobj", "nsubjpass", "oprd"):
        found = next((c for c in children_of(token) if c.dep_ == dep), None)
        if found is not None:
            return found
    for child in children_of(token):  # "blow up the lines" parsed with a prep particle
        if child.dep_ == "prep" and child.lower_ in ("up", "off", "out", "down"):
            return next((g for g in children_of(child) if g.dep_ == "pobj"), None)
    return None


def of_objects(token: Token) -> list[Token]:
    """"700 kg of medicine": the noun after "of"."""
    return [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"
            for g in children_of(c) if g.dep_ == "pobj"]


# an object key: a sum of money ("$7 billion", "300 million euros"): the parser's MONEY
# entity or a noun of PETRARCH2's &CURRENCY synset
MONEY = "&money"


def object_meaning(token: Token, entry: Trigger, currency: frozenset[str] = frozenset()
                   ) -> tuple[str, Token] | None:
    obj = object_of(token)
    if obj is None or not entry.objects or borrower(token):
        return None
    for candidate in (obj, *obj.conjuncts, *of_objects(obj)):
        for lemma in (candidate.lemma_.lower(), candidate.lower_):
            if lemma in entry.objects:
                return entry.objects[lemma], candidate
        if MONEY in entry.objects and (candidate.ent_type_ == "MONEY"
                                       or candidate.lemma_.lower() in currency):
            return entry.objects[MONEY], candidate
    return None


def borrower(token: Token) -> bool:
    """"Pakistan's cabinet approved a loan from China": with a "from" phrase naming the
    lender, the one who approves is the borrower, not the donor (no object table applies;
    PETRARCH2's APPROVE * LOAN [0311] pattern does)."""
    if token.lemma_ != "approve":
        return False
    obj = object_of(token)
    return any(c.dep_ == "prep" and c.lower_ == "from"
               for t in (token, *([obj] if obj is not None else [])) for c in children_of(t))


def obligation(token: Token) -> Candidate | None:
    """"X said Y must do Z" is X's demand on Y (CAMEO 100), whatever Z is."""
    if token.lemma_ not in REPORTING_VERBS or token.pos_ != "VERB":
        return None
    for clause in children_of(token):
        if clause.dep_ != "ccomp" or not any(
                c.dep_ == "aux" and c.lower_ in OBLIGATION for c in children_of(clause)):
            continue
        subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ != "PRON":
            return Candidate(token, OBLIGATION_ENTRY, OBLIGATION_ENTRY.code)
    return None


@lru_cache(maxsize=4096)
def dictionary_entry(key: str, code: str, target: tuple[str, ...], where: str) -> Trigger:
    """A trigger entry for a verb coded by the PETRARCH2 dictionary (or its vector
    neighbour): every code needs a target actor except protests, force posture and violence;
    prepositions where the pattern puts the target join the usual target slots."""
    lemma, _, second = key.partition(" ")
    slots = ("dobj", "dative", *target, "with", "to", "on", "against", "for") if target else None
    return Trigger(key=key, lemma=lemma, pos="verb", second=second or None, code=code,
                   target=slots, needs_target=not code.startswith(OPEN_TARGET_PREFIXES),
                   where=where)


def dictionary_candidate(token: Token, lexicon: TriggerLexicon) -> Candidate | None:
    """A verb no lexicon entry lists: the most specific PETRARCH2 pattern that fits, else
    the verb's own code, else (for verbs the dictionary does not know) the nearest coded
    verb by word vectors. Statements (01) and PETRARCH's reversed codes are not coded; a
    null pattern ([---]) says the construction is no event."""
    if token.pos_ != "VERB" or lexicon.patterns is None or token.lemma_ in REPORTING_VERBS:
        return None  # reporting verbs carry the event they report, never their own
    found = lexicon.patterns.match(token)
    if found is not None:
        if found.code is None or found.reverse or found.code.startswith("01"):
            return None
        if object_as_subject(token, found.object_heads):
            return None
        if found.kind == "synonym" and (token.dep_ in MODIFIER_CLAUSES
                                        or token.lemma_ in GENERAL_VERBS
                                        or catenative(token)):
            return None  # "a plan targeting X", "the visit comes", "helped rebuild": no
            # deed of their own
        entry = dictionary_entry(found.verb, found.code, found.target_preps,
                                 f"CAMEO.2.0.txt line {found.line}" if found.line
                                 else f"CAMEO.2.0.txt verb {found.verb}")
        return Candidate(token, entry, found.code, basis=found.kind)
    if lexicon.neighbours is None or token.dep_ in MODIFIER_CLAUSES or not any(
            c.dep_ in ("dobj", "prep", "dative") for c in children_of(token)):
        return None
    near = lexicon.neighbours.nearest(token)
    if near is None:
        return None
    entry = dictionary_entry(token.lemma_.lower(), near[1], (),
                             f"vector neighbour {near[0]} ({near[2]})")
    return Candidate(token, entry, near[1], basis="vector")


def catenative(token: Token) -> bool:
    """A verb whose complement is another verb and which has no object of its own ("helped
    support the rights of …", "helps to rebuild schools"): the two make one predicate and
    the complement is the deed; PETRARCH2 codes the verb's own synonym code (HELP [070])
    only for the verb as the predicate ("helped the refugees")."""
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in children_of(token)) and not any(
        c.dep_ in ("dobj", "dative", "iobj") for c in children_of(token))


def standing_state(top: Token) -> bool:
    """A restrictive relative clause in the simple present describes a lasting property of
    the noun's referent ("the faction that controls Kabul", "a resolution that aims to
    tighten sanctions", "rebels who fight alongside the army"): a state (TimeML STATE), not
    an event told by the report; PLOVER codes events. A reporting verb ("a group that says
    it fired the rockets") still carries the event it reports. ``top``: the topmost
    governor of the trigger."""
    for token in (top, *top.ancestors):
        if token.dep_ == "relcl":
            return (token.tag_ in ("VBZ", "VBP") and token.lemma_ not in REPORTING_VERBS
                    and not any(c.dep_ in ("aux", "auxpass") for c in children_of(token)))
    return False


# A warning of retaliation ("would respond firmly if …", "will take all necessary measures
# to safeguard its interests") is a coercive warning, PLOVER THREATEN (CAMEO 130; PETRARCH2
# ANNOUNCE * MEASURES [130], DEMAND MEASURES (AGAINST) [130]); said of the past ("Iran
# responded to the letter") or of a friendly act ("would respond to the proposal") it is no
# event (PETRARCH2 REACT [---]).
RESPONSE_VERBS = {"respond", "react", "retaliate", "reply", "answer"}
COUNTER_OBJECTS = {"measure", "countermeasure", "step", "action"}
COUNTER_MODIFIERS = {"necessary", "all", "appropriate", "firm", "resolute", "decisive",
                     "reciprocal", "retaliatory", "strong", "corresponding", "tough",
                     "forceful"}
PROTECTIVE_PURPOSES = {"safeguard", "protect", "defend", "uphold", "respond", "counter"}
# an explicitly hostile manner ("respond firmly", "in kind", "with force"); a fitting manner
# ("appropriately", "accordingly") is said of replies to proposals too and warns no one
FORCEFUL_MANNER = {"firmly", "decisively", "forcefully", "strongly", "resolutely",
                   "harshly", "robustly", "severely", "kind", "force"}
# what "take measures to safeguard …" may defend against an adversary: a contested claim
# (rights, interests, sovereignty); measures to protect people (citizens, tourists) are
# protection, not a warning to anyone (CAMEO 13 needs a coercive warning to an adversary)
CLAIMED_GOODS = {"right", "interest", "sovereignty", "integrity", "territory", "dignity"}
HOSTILE_ACTS = {"attack", "aggression", "provocation", "measure", "sanction", "restriction",
                "tariff", "threat", "violation", "escalation", "strike", "expulsion",
                "incursion", "move", "step", "decision", "action", "act", "hostility"}
WARNING_ENTRY = Trigger(key="respond / take measures (warning)", lemma="respond", pos="verb",
                        code="130", target=("to", "against"), where="built-in rule")


def retaliation(token: Token) -> Candidate | None:
    """A warning that the subject will retaliate: a response verb or "take … measures"
    said for the future or a condition (will/would/could, or the complement of a vow or
    warning), aimed at a hostile act, made forceful by its manner or tied to a condition."""
    if token.pos_ != "VERB":
        return None
    if token.lemma_ in RESPONSE_VERBS:
        objects = [g for c in children_of(token)
                   if c.dep_ == "prep" and c.lower_ in ("to", "against")
                   for g in children_of(c) if g.dep_ == "pobj"]
        manner = any(c.dep_ == "advmod" and c.lemma_.lower() in FORCEFUL_MANNER
                     or c.dep_ == "prep" and c.lower_ in ("in", "with")
                     and any(g.lower_ in ("kind", "force") for g in children_of(c))
                     for c in children_of(token))
        hostile = any(o.lemma_.lower() in HOSTILE_ACTS for o in objects)
        # a reply to something that is no hostile act (a proposal, an offer, an invitation)
        # is no warning, however it is made
        if not (hostile or not objects and (manner or condition_marks(token))
                or token.lemma_ == "retaliate"):
            return None
    elif token.lemma_ == "take":
        obj = next((c for c in children_of(token) if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in COUNTER_OBJECTS:
            return None
        modified = any(c.lemma_.lower() in COUNTER_MODIFIERS for c in children_of(obj))
        purpose = any(c.pos_ == "VERB" and c.lemma_ in PROTECTIVE_PURPOSES and (
                          c.lemma_ in ("respond", "counter") or any(
                              g.lemma_.lower() in CLAIMED_GOODS for g in c.subtree))
                      for t in (token, obj) for c in children_of(t))
        against = any(c.dep_ == "prep" and c.lower_ == "against"
                      for t in (token, obj) for c in children_of(t))
        # "all necessary measures to make this the last programme" is a resolve, not a
        # warning: the measures must protect against, or answer, someone
        if not (modified and (purpose or against) or obj.lemma_.lower() == "countermeasure"):
            return None
    else:
        return None
    said_ahead = bool(aux_words(token) & (FUTURE_AUX | HYPOTHETICAL_AUX)) or (
        token.dep_ == "xcomp")  # "vowed to respond", "threatened to take measures"
    if not said_ahead:
        return None
    return Candidate(token, WARNING_ENTRY, WARNING_ENTRY.code)


def candidate_at(token: Token, lexicon: TriggerLexicon) -> Candidate | None:
    if token.lemma_ in RESPONSE_VERBS or token.lemma_ == "take":
        if (warning := retaliation(token)) is not None:
            return warning
    entry = entry_for(token, lexicon)
    if entry is not None and borrower(token):
        # the borrower's assent: PETRARCH2's APPROVE * LOAN [0311], not the lender's aid
        return dictionary_candidate(token, lexicon)
    if entry is None or not (entry.frame or entry.code or entry.objects):
        # "X announced that Y must …": a demand, even from a governor-only verb
        if (demand := obligation(token)) is not None:
            return demand
        if entry is None:
            return dictionary_candidate(token, lexicon)
    by_object = object_meaning(token, entry, lexicon.patterns.currency
                               if lexicon.patterns is not None else frozenset())
    if by_object is not None:
        return Candidate(token, entry, by_object[0], by_object[1], basis="pattern")
    if (not (entry.frame or entry.code) and entry.stance in (None, "light", "end")
            and not event_noun_object(token, lexicon)
            and (pattern := dictionary_pattern(token, lexicon))):
        return pattern
    return Candidate(token, entry, entry.frame or entry.code,
                     basis="pattern" if entry.second else "lexicon")


def event_noun_object(token: Token, lexicon: TriggerLexicon) -> bool:
    """The verb's object or prepositional object is an event noun of the lexicon ("imposed
    sanctions", "held a meeting", "engage in dialogue"): the noun is the trigger and the verb
    its governor."""
    objects = [o for o in [object_of(token)] if o is not None]
    objects += [g for c in children_of(token) if c.dep_ == "prep" for g in children_of(c)
                if g.dep_ == "pobj"]  # "engage in dialogue"
    # "launched a mediation effort", "provide $6 million in aid": the event noun may be the
    # object's compound or the object of its preposition
    nouns = [n for o in objects for n in (
        o, *(c for c in children_of(o) if c.dep_ == "compound"),
        *(g for c in children_of(o) if c.dep_ == "prep"
          for g in children_of(c) if g.dep_ == "pobj"))]
    return any(e.pos == "noun" for n in nouns for e, _ in entries_for(n, lexicon))


PARTY_PREPS = ("to", "with", "on", "against", "for", "toward", "towards")


def object_as_subject(token: Token, heads: frozenset[str]) -> bool:
    """"The Syrian delegation was led by the foreign minister": in the passive the
    pattern's own object (LEAD * DELEGATION [036]) is the subject, so it is part of the
    phrase and no party; with no other party named ("to Moscow", "with X") the clause says
    who headed the delegation, not an act towards anyone (the code needs a target)."""
    subject = next((c for c in children_of(token) if c.dep_ == "nsubjpass"), None)
    return (subject is not None and subject.lemma_.lower() in heads and not any(
        c.dep_ == "prep" and c.lower_ in PARTY_PREPS for c in children_of(token)))


def dictionary_pattern(token: Token, lexicon: TriggerLexicon) -> Candidate | None:
    """A verb the hand lexicon lists only as a light or ending governor or by an object
    table that misses here ("returned fire", "froze its participation", "suspended trade
    with"): the PETRARCH2 phrase pattern that fits, if one does. Only a *pattern* (the verb
    with its object or preposition) counts: the verb alone stays a governor."""
    if token.pos_ != "VERB" or lexicon.patterns is None or token.lemma_ in REPORTING_VERBS:
        return None
    found = lexicon.patterns.match(token)
    if (found is None or found.kind != "pattern" or found.code is None or found.reverse
            or found.code.startswith("01")):
        return None
    entry = dictionary_entry(found.verb, found.code, found.target_preps,
                             f"CAMEO.2.0.txt line {found.line}")
    return Candidate(token, entry, found.code, basis="pattern")


# The topic of a protest ("to demand reforms", "to protest the verdict") is not a separate
# event (PLOVER manual, PROTEST: "the topic of the protest---which will typically be a
# REQUEST---is not coded as a separate event"); a protest act restated is the same act.
PROTEST_TOPIC_TYPES = frozenset({"REQUEST", "PROTEST", "ACCUSE"})


def purpose_head(top: Token) -> Token | None:
    """The act whose purpose the infinitive clause ``top`` states: "blocked streets [to
    demand] reforms", "started a hunger strike [to protest] …" (the verb, or the noun an
    infinitive modifies)."""
    if top.dep_ not in ("advcl", "xcomp", "acl") or top.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(top)):
        return None
    return top.head if top.head.i != top.i else None


def outcome_head(top: Token) -> Token | None:
    """The act a participle clause states the outcome of: "opened fire on the crowd,
    [killing] two" (an adverbial -ing clause after its head)."""
    if top.dep_ == "advcl" and top.tag_ == "VBG" and top.i > top.head.i and not any(
            c.dep_ in ("nsubj", "mark") for c in children_of(top)):
        return top.head
    return None


def act_types(head: Token, lexicon: TriggerLexicon, type_of: Callable[[str], str]
              ) -> set[str]:
    """PLOVER types of the deeds ``head`` triggers itself or through its event-noun object
    ("started a hunger strike", "blocked streets"): ``type_of`` maps a meaning to a type."""
    found = set()
    for token in (head, *(c for c in children_of(head) if c.dep_ in ("dobj", "attr"))):
        candidate = candidate_at(token, lexicon)
        if candidate is not None and candidate.meaning is not None:
            found.add(type_of(candidate.meaning))
    return found

