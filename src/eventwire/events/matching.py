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
    raising_predicate,
)
from eventwire.events.protests import labour_strike
from eventwire.lexicon.evaluations import crime_synset, polarity
from eventwire.lexicon.patterns import GENERAL_VERBS
from eventwire.lexicon.triggers import Trigger, TriggerLexicon
from eventwire.token_lookup import children_of, conjuncts_of, doc_memo, temporal_phrase

MODIFIER_CLAUSES = {"acl", "amod", "relcl", "advcl", "pcomp"}

# Codes where the target is often left open (protests, force posture, violence): the same
# rule as the generated lexicon (scripts/build_cameo_triggers.py).
OPEN_TARGET_PREFIXES = ("14", "15", "18", "19", "20")
# Where a trigger's code came from, most reliable first (Event.confidence).
CONFIDENCE = {"pattern": 0.9, "lexicon": 0.8, "synonym": 0.6, "wordnet": 0.5, "vector": 0.4,
              "learned": 0.2}
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
    basis: str = "lexicon"  # pattern | lexicon | synonym | wordnet | vector | learned: see
    # CONFIDENCE


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
               and not temporal_phrase(c)  # "called Erdogan on Monday" is no "call on"
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
RELIEF = "&relief"  # relief goods (PatternDictionary.relief)
GENERIC_AID = "aid"  # a table's aid of no kind ("supply: aid"): relief goods name the kind
# an object key: a person (the parser's PERSON entity, a personal pronoun or a noun for a
# person): "executed the prisoner", "he was executed", not "executed the plan"
PERSON = "&person"
# an object key: a person named ("received Blinken"; PETRARCH2's RECEIVE * LEADER/ENVOY/
# MINISTERS rows: a named person received is a visitor, not "received 300 students")
NAMED = "&named"
PERSON_NOUNS = {"national", "citizen", "prisoner", "man", "woman", "dissident", "activist",
                "journalist", "protester", "protestor", "member", "soldier", "spy", "officer",
                "teenager", "person", "people", "convict", "inmate", "opponent", "leader",
                "rapper", "singer", "wrestler", "blogger", "cleric", "defendant", "suspect",
                "detainee", "demonstrator", "worker", "student", "youth", "boy", "girl",
                "rebel", "militant", "fighter", "collaborator", "informant", "general",
                "minister", "official", "resident", "civilian", "hostage", "captive",
                "deserter", "dual", "juvenile", "offender", "murderer", "chief", "elder",
                "villager", "mayor", "farmer", "teacher", "priest", "imam", "judge", "lawyer",
                "doctor", "nurse", "poet", "writer", "smuggler", "trafficker", "observer",
                "volunteer", "negotiator", "mediator"}
PERSONAL_PRONOUNS = {"he", "she", "they", "him", "her", "them"}


def titles_of(token: Token) -> list[str]:
    """"summoned Chinese Ambassador Wu Jianghao": a named person's title words (the compound
    nouns before the name), which name the person's role as the object noun would ("the
    Chinese ambassador"); only for a name (PROPN head)."""
    if token.pos_ != "PROPN":
        return []
    return [c.lower_ for c in children_of(token) if c.dep_ == "compound" and c.i < token.i
            and c.ent_type_ != "PERSON"]


def is_person(token: Token) -> bool:
    return (token.ent_type_ == "PERSON" or token.lemma_.lower() in PERSON_NOUNS
            or token.lower_ in PERSONAL_PRONOUNS)


def object_meaning(token: Token, entry: Trigger, currency: frozenset[str] = frozenset(),
                   relief: frozenset[str] = frozenset(), vehicles: frozenset[str] = frozenset(),
                   relief_mods: frozenset[str] = frozenset()) -> tuple[str, Token] | None:
    """The code the verb's own object table gives its object; only when the table names
    none of it, relief goods (``&relief``): "sent weapons" stays military aid, "sent an
    envoy" a consultation, whatever else the list holds."""
    obj = object_of(token)
    if obj is None or not entry.objects or borrower(token):
        return None
    for candidate in (obj, *conjuncts_of(obj), *of_objects(obj)):
        for lemma in (candidate.lemma_.lower(), candidate.lower_, *titles_of(candidate)):
            if lemma in entry.objects:
                if entry.objects[lemma] == GENERIC_AID and RELIEF in entry.objects and (
                        goods := relief_goods(obj, relief, vehicles, relief_mods)):
                    return entry.objects[RELIEF], goods  # "medical supplies": which aid
                return entry.objects[lemma], candidate
        if MONEY in entry.objects and (candidate.ent_type_ == "MONEY"
                                       or candidate.lemma_.lower() in currency):
            return entry.objects[MONEY], candidate
        # not "the order of the minister"
        if PERSON in entry.objects and is_person(candidate) and (
                candidate.i == obj.i or candidate in conjuncts_of(obj)):
            return entry.objects[PERSON], candidate
        if NAMED in entry.objects and candidate.ent_type_ == "PERSON" and (
                candidate.pos_ == "PROPN") and (
                candidate.i == obj.i or candidate in conjuncts_of(obj)):
            return entry.objects[NAMED], candidate
    if RELIEF in entry.objects and relief and (
            goods := relief_goods(obj, relief, vehicles, relief_mods)) is not None:
        return entry.objects[RELIEF], goods
    return None


def relief_goods(obj: Token, relief: frozenset[str], vehicles: frozenset[str] = frozenset(),
                 relief_mods: frozenset[str] = frozenset()) -> Token | None:
    """The object names relief goods (``PatternDictionary.relief``): its head is one
    ("water", "medicine", "vaccines"), a modifier is one of the relief modifiers ("food
    parcels", "medical supplies", "humanitarian aid") — a modifier naming people never
    ("an observer mission", "volunteer doctors" are no goods) —, or, for a quantity,
    container or vehicle with an "of" object ("300 tonnes of", "a shipment of", "trucks
    of"), that object is; any item of a list counts ("tents, blankets and medicine")."""
    for noun in (obj, *conjuncts_of(obj)):
        contents = of_objects(noun)
        for part in (contents or [noun]):
            if part.lemma_.lower() in relief or part.lower_ in relief:
                return part
            if part.lemma_.lower() in vehicles:
                continue  # "aid trucks" are the deliveries' business
            mods = [c for c in children_of(part) if c.dep_ in ("compound", "amod", "nmod")
                    and not is_person(c)]
            words = (*mods, *(j for m in mods for j in conjuncts_of(m)))
            if any(w.lemma_.lower() in relief_mods or w.lower_ in relief_mods
                   for w in words):
                return part
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


# accidents: no actor's deed against another (CAMEO codes acts of actors), whatever a
# pattern or a word-vector neighbour says
ACCIDENT_VERBS = frozenset({"collide", "crash", "collapse", "capsize", "derail", "overturn"})


def dictionary_candidate(token: Token, lexicon: TriggerLexicon) -> Candidate | None:
    """A verb no lexicon entry lists: the most specific PETRARCH2 pattern that fits, else
    the verb's own code, else (for verbs the dictionary does not know) the nearest coded
    verb in WordNet (data/triggers/wordnet_verbs.tsv), else the nearest coded verb by word
    vectors (confidence 0.4). Statements (01) and PETRARCH's reversed codes are not coded; a
    null pattern ([---]) says the construction is no event."""
    if token.pos_ != "VERB" or lexicon.patterns is None or token.lemma_ in REPORTING_VERBS:
        return None  # reporting verbs carry the event they report, never their own
    if token.lemma_ in ACCIDENT_VERBS:
        return None  # "the destroyer collided with a coast guard vessel": an accident
    if raising_predicate(token):
        return None  # "Modi is expected to visit Beijing": the visit is the event (future)
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
    if misread_lemma(token) or token.lemma_ in CALLING_VERBS:
        return None  # "could be regarded as carrying …": a verb of calling evaluates, the
        # evaluation rules code it (evaluation_word), its word vector names no deed
    related = lexicon.relatives.get(token.lemma_.lower())
    if related is not None and figurative_object(token, related[0], lexicon):
        return None
    if related is not None and not governs_event_noun(token, lexicon):
        # WordNet says what kind of act the verb is ("excoriate" is "condemn", "strafe" a
        # kind of "attack"): before the pruned vectors, which cannot tell "bolster" from
        # "scupper" (one row)
        code, verb, relation = related
        entry = dictionary_entry(token.lemma_.lower(), code, (),
                                 f"WordNet {relation} {verb}")
        return Candidate(token, entry, code, basis="wordnet")
    near = lexicon.neighbours.nearest(token)
    if near is None or figurative_object(token, near[1], lexicon):
        return None
    entry = dictionary_entry(token.lemma_.lower(), near[1], (),
                             f"vector neighbour {near[0]} ({near[2]})")
    return Candidate(token, entry, near[1], basis="vector")


# codes of deeds done to people and places: a visit or a hosting (042-044), force posture
# (15), violence (18-20)
PHYSICAL_CODES = ("042", "043", "044", "15", "18", "19", "20")


def figurative_object(token: Token, code: str, lexicon: TriggerLexicon) -> bool:
    """Whether a guessed code (a WordNet relative, a word-vector neighbour) of a deed done to
    people or places has an abstract noun as the verb's object ("torpedoed the plan",
    "levelled accusations", "filibustered the bill", "landed a contract", "the deal was
    scuppered"): the verb is used in a figurative sense the guess does not know (review s12
    F8). The lexicon's own verbs are not asked: their entries say which objects they take."""
    return code.startswith(PHYSICAL_CODES) and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lexicon.abstract_nouns
        for c in children_of(token))


def governs_event_noun(token: Token, lexicon: TriggerLexicon) -> bool:
    """Whether the verb's direct object is a noun the lexicon codes as an event ("chaired
    talks between Serbia and Kosovo", "mooted a summit"): the verb governs the named event,
    which keeps its own parties; a WordNet relative ("chair" is "discuss") must not take its
    place."""
    return any(c.dep_ == "dobj" and bool(lexicon.lookup("noun", c.lemma_.lower()))
               for c in children_of(token))


def misread_lemma(token: Token) -> bool:
    """The rule lemmatizer takes "hoped" for "hop" (the -ed stripped, not -d): a
    one-syllable lemma ending consonant-vowel-consonant whose form adds "ed"/"ing" without
    doubling the last letter ("hopped" is "hop") is the lemma + "e"; its word vector is
    another verb's."""
    lemma, form = token.lemma_.lower(), token.lower_
    vowels = "aeiou"
    syllables = sum(1 for i, ch in enumerate(lemma)
                    if ch in vowels and (i == 0 or lemma[i - 1] not in vowels))
    return (len(lemma) >= 3 and syllables == 1 and form in (lemma + "ed", lemma + "ing")
            and lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels
            and lemma[-3] not in vowels)


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
            if token.lemma_ in REPORTING_VERBS:
                return False
            aux = [c for c in children_of(token) if c.dep_ in ("aux", "auxpass")]
            if not aux:
                return token.tag_ in ("VBZ", "VBP")
            # a present passive ("a militia that is backed by Iran", "that has been armed
            # by Iran"): a relation that holds now, not a deed (an active perfect, "a
            # ceasefire that Kyiv has demanded", and the progressive, "that is shelling the
            # city", still tell what was done or is going on)
            return token.tag_ == "VBN" and aux[0].tag_ in ("VBZ", "VBP") and any(
                a.dep_ == "auxpass" for a in aux)
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


# Diplomatic summons and reprimands, whatever the words (CAMEO 114 "complain officially",
# PLOVER ACCUSE; the envoy's state is the target): an envoy summoned or "called in", a
# protest handed or delivered to a recipient. The envoy words are the diplomatic roles of the
# PETRARCH2 agents dictionary (Phoenix.agents.txt: AMBASSADOR, CHARGE_D'AFFAIRES, CONSUL,
# DIPLOMAT, EMISSARY, ENVOY, LEGATE) and the Commonwealth ambassador, the high commissioner.
DIPLOMAT_WORDS = {"ambassador", "envoy", "diplomat", "emissary", "legate", "consul", "chargé",
                  "charge", "d'affaires", "affaires", "attache", "attaché", "nuncio"}
SUMMONING = {"summon", "call", "convoke"}
HANDING = {"hand", "deliver", "present", "convey", "give", "send", "issue"}
PROTEST_NOTES = {"protest", "démarche", "demarche", "complaint", "remonstrance"}
SUMMONS_ENTRY = Trigger(key="summon / call in (an envoy)", lemma="summon", pos="verb",
                        frame="complain", target=("dobj", "in", "dative", "to"),
                        needs_target=True, where="built-in rule (CAMEO 114)")


def is_envoy(noun: Token) -> bool:
    """"the Indian high commissioner", "Chinese Ambassador Wu Jianghao", "the chargé
    d'affaires": a diplomatic role in the noun, its compounds or its title words."""
    words = [noun, *(c for c in children_of(noun) if c.dep_ in ("compound", "amod"))]
    lowers = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    return bool(lowers & DIPLOMAT_WORDS) or "commissioner" in lowers and "high" in lowers


def summons(token: Token) -> Candidate | None:
    """"summoned the chargé d'affaires", "called in the high commissioner"."""
    lemma = token.lemma_.lower()
    kids = children_of(token)
    if lemma == "call":
        ins = [c for c in kids if c.lower_ == "in" and c.dep_ in ("prt", "prep")]
        if not ins:
            return None
        objects = [g for c in ins for g in children_of(c) if g.dep_ == "pobj"]
        objects += [c for c in kids if c.dep_ == "dobj"]
    else:
        objects = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    objects += [j for o in objects for j in conjuncts_of(o)]
    if any(is_envoy(o) for o in objects):
        return Candidate(token, SUMMONS_ENTRY, "complain", basis="pattern")
    return None


def protest_handed(token: Token) -> Candidate | None:
    """"handed a protest note to the Russian envoy", "delivered a démarche to Beijing"."""
    for obj in children_of(token):
        if obj.dep_ != "dobj":
            continue
        words = [obj, *(c for c in children_of(obj) if c.dep_ == "compound")]
        if any(w.lemma_.lower() in PROTEST_NOTES for w in words) and any(
                c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"
                for c in children_of(token)):
            return Candidate(token, SUMMONS_ENTRY, "complain", basis="pattern")
    return None


def subjected_to(token: Token, lexicon: TriggerLexicon) -> Candidate | None:
    """"subjected the envoys to a reprimand", "subjected detainees to torture": the noun after
    "to" is the act done to the object, coded as the dictionary codes its verb (REPRIMAND
    [111] in the CRITICIZE block, TORTURE …), the object its target."""
    if token.lemma_.lower() != "subject" or lexicon.patterns is None or not any(
            c.dep_ in ("dobj", "nsubjpass") for c in children_of(token)):
        return None
    for prep in children_of(token):
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for noun in children_of(prep):
            if noun.dep_ != "pobj":
                continue
            code = lexicon.patterns.own_code(noun.lemma_.lower())
            if code is not None and not code.startswith("01"):
                entry = dictionary_entry(f"subject ... to {noun.lemma_.lower()}", code,
                                         ("nsubjpass",), "CAMEO.2.0.txt verb "
                                         f"{noun.lemma_.lower()}")
                return Candidate(token, entry, code, basis="synonym")
    return None


def candidate_at(token: Token, lexicon: TriggerLexicon) -> Candidate | None:
    """The trigger candidate at ``token``, if any: worked out once per token of a document
    (the extractor asks for every possible trigger, then again for each governor on a
    trigger's chain, each purpose or outcome head and each act a clause refers back to)."""
    table = doc_memo(token.doc, "candidate_at", lexicon)
    i = token.i
    if i in table:
        known: Candidate | None = table[i]
        return known
    found = table[i] = _candidate_at(token, lexicon)
    return found


def _candidate_at(token: Token, lexicon: TriggerLexicon) -> Candidate | None:
    if token.pos_ == "VERB":
        lemma = token.lemma_.lower()
        found = (summons(token) if lemma in SUMMONING
                 else protest_handed(token) if lemma in HANDING
                 else subjected_to(token, lexicon) if lemma == "subject" else None)
        if found is not None:
            return found
    if token.lemma_ in RESPONSE_VERBS or token.lemma_ == "take":
        if (warning := retaliation(token)) is not None:
            return warning
    if (by_class := class_rule(token)) is not None:
        return by_class
    if absorbed(token):
        return None
    if received_thing(token, lexicon):
        return None
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
    by_object = object_meaning(token, entry, *((lexicon.patterns.currency,
                                                 lexicon.patterns.relief,
                                                 lexicon.patterns.vehicles,
                                                 lexicon.patterns.relief_mods)
                                                if lexicon.patterns is not None else ()))
    if by_object is not None:
        return Candidate(token, entry, by_object[0], by_object[1], basis="pattern")
    if (not (entry.frame or entry.code) and entry.stance in (None, "light", "end")
            and not event_noun_object(token, lexicon)
            and (pattern := dictionary_pattern(token, lexicon))):
        return pattern
    return Candidate(token, entry, entry.frame or entry.code,
                     basis="pattern" if entry.second else "lexicon")


# verbs of meeting someone that also tell how a thing was received ("was met with silence")
RECEPTION_VERBS = frozenset({"meet", "greet"})


def received_thing(token: Token, lexicon: TriggerLexicon) -> bool:
    """"The offer was met by silence in Manila", "the threat was met with superior
    capabilities", "the plan was greeted with dismay": a passive meeting verb whose subject is
    an abstract noun (data/triggers/wordnet_abstract_nouns.txt) tells how a thing was
    received or answered, not a meeting of parties (review s13 F11); "the envoy was met by
    officials" stays a meeting."""
    return token.pos_ == "VERB" and token.lemma_.lower() in RECEPTION_VERBS and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in lexicon.abstract_nouns
        for c in children_of(token))


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



# --- Classes of deeds the lexicon's single words miss (session 6). Each rule is a CAMEO /
# PLOVER category read off its syntax, whatever verb or noun carries it.

# Expulsion phrased as an order to leave or as persona non grata (CAMEO 166 "expel or deport
# individuals"; PETRARCH2 EXPEL * DIPLOMAT; PLOVER SANCTION 'expel'): "ordered the ambassador
# to leave the country", "gave the envoy 48 hours to leave", "told the attaché to depart",
# "declared the consul persona non grata". Peacekeepers ordered out are 1661, inspectors and
# monitors 1662. Only people a state can send out count ("ordered residents to leave" is an
# evacuation, not an expulsion). A state's own envoy asked to leave is recalled, not expelled
# (CAMEO 166 is done to another's people): "asked its ambassador to leave Moscow" is no
# expulsion here (left to the lexicon). The leaving is the order's complement (a time given
# "to leave"), not any clause of leaving ("gave the ambassador a medal before he left").
OWN_POSSESSIVES = {"its", "our", "their", "his", "her", "my"}
TIME_UNITS = {"hour", "day", "week", "month", "minute", "year"}
ENVOY_NOUNS = {"ambassador": "166", "envoy": "166", "diplomat": "166", "attache": "166",
               "attaché": "166", "consul": "166", "chargé": "166", "charge": "166",
               "emissary": "166", "representative": "166", "correspondent": "166",
               "journalist": "166", "staff": "166", "official": "166",
               "peacekeeper": "1661", "mission": "1661", "contingent": "1661",
               "inspector": "1662", "monitor": "1662", "observer": "1662"}
MISSION_HEADS = {"head", "chief", "commander", "leader", "director", "member"}
ORDER_VERBS = {"order", "tell", "give", "instruct", "ask", "direct", "demand", "grant"}
LEAVE_VERBS = {"leave", "depart", "quit", "exit"}
PNG_WORDS = {"grata", "non-grata"}


EXPEL_FRAMES = {"166": "expel", "1661": "expel_peacekeepers", "1662": "expel_inspectors"}


def _expel_entry(code: str) -> Trigger:
    return Trigger(key="order ... to leave / declare persona non grata", lemma="expel",
                   pos="verb", frame=EXPEL_FRAMES[code],
                   target=("dobj", "dative", "nsubjpass", "ccomp"),
                   where="built-in rule (CAMEO 166)")


def envoy_code(noun: Token | None) -> str | None:
    if noun is None:
        return None
    for t in (noun, *(c for c in noun.children if c.dep_ == "compound")):
        if (code := ENVOY_NOUNS.get(t.lemma_.lower())) is not None:
            return code
    if noun.lemma_.lower() in MISSION_HEADS and any(envoy_code(o) for o in of_objects(noun)):
        return "166"  # "the head of the peacekeeping contingent": one person expelled
    return None


def expulsion(token: Token) -> Candidate | None:
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    if lemma == "declare":
        if any(t.lower_ in PNG_WORDS for t in token.subtree if t.i > token.i):
            noun = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
            clause = next((c for c in token.children if c.dep_ in ("ccomp", "xcomp")), None)
            if noun is None and clause is not None:  # "declared [X's ambassador persona]
                noun = next((c for c in clause.children if c.dep_ == "nsubj"), None)  # …"
            code = envoy_code(noun) or "166"
            return Candidate(token, _expel_entry(code), EXPEL_FRAMES[code])
        return None
    if lemma not in ORDER_VERBS:
        return None
    person = next((c for c in token.children if c.dep_ in ("dobj", "dative", "nsubjpass")
                   and envoy_code(c) is not None), None)
    if person is None or any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES
                             for c in person.children):
        return None  # "asked its ambassador to leave": a recall
    infinitives = [c for c in token.children if c.dep_ == "advcl" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # not "before he left"
    if lemma in ("give", "grant"):  # "gave him two days [to leave]"
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in TIME_UNITS for c in token.children):
            return None
        clauses = [g for c in token.children if c.dep_ == "dobj" for g in c.children
                   if g.dep_ in ("acl", "relcl")] + infinitives
    else:
        clauses = [c for c in token.children if c.dep_ in ("xcomp", "ccomp", "oprd")]
        clauses += infinitives
    if not any(c.lemma_.lower() in LEAVE_VERBS for c in clauses):
        return None
    code = envoy_code(person) or "166"
    return Candidate(token, _expel_entry(code), EXPEL_FRAMES[code])


def expelled_leave(token: Token) -> bool:
    """"leave" in an order of expulsion is part of that act, not a deed of its own; so is
    the deadline given in the same breath ("declared him persona non grata and gave him 72
    hours to leave")."""
    if token.lemma_.lower() in LEAVE_VERBS and token.head.i != token.i and (
            expulsion(token.head) is not None):
        return True
    return (token.pos_ == "VERB" and token.dep_ == "conj" and token.lemma_.lower() in ORDER_VERBS
            and any(expulsion(a) is not None for a in (token.head, token.head.head))
            and any(
                g.lemma_.lower() in LEAVE_VERBS for c in token.children
                for g in (c, *c.children) if g.pos_ == "VERB"))


# Leaving an intergovernmental body (CAMEO 161 "reduce or break diplomatic relations", as
# the held-out coding of ICC and ECOWAS withdrawals; PLOVER SANCTION 'withdraw'): "quit the
# bloc", "withdrew from the International Criminal Court", "announced its exit from OPEC",
# "its withdrawal from the alliance". A body is an organisation name or a noun for one; troops
# or diplomats withdrawn from a place stay RETREAT / the object table. Only a state leaves
# (CAMEO 161 is relations between states): a lawyer withdrawing from a court, a party quitting
# the governing coalition (PLOVER: coalition formation is the legislative context) or a company
# leaving a business group is no break of relations.
BODY_NOUNS = {"bloc", "organization", "organisation", "union", "court", "alliance",
              "community", "council", "commission", "agency", "federation", "league",
              "association", "tribunal", "forum", "grouping", "body",
              "cartel", "assembly", "commonwealth"}
NOT_STATE_LEAVERS = {"lawyer", "judge", "attorney", "counsel", "team", "player", "company",
                     "firm", "party", "bank", "club", "corporation", "candidate", "union",
                     "group", "lawmaker", "senator", "deputy", "mp", "member", "athlete",
                     "business", "manufacturer", "carmaker", "giant", "insurer", "airline"}
LEAVE_BODY_VERBS = {"withdraw", "quit", "leave", "exit", "pull", "secede", "depart"}
LEAVE_BODY_NOUNS = {"withdrawal", "exit", "departure", "secession", "pullout"}
LEAVE_BODY_ENTRY = Trigger(key="leave / withdraw from (a body)", lemma="withdraw", pos="verb",
                           code="161", target=("from", "dobj", "of"),
                           where="built-in rule (CAMEO 161)")
LEAVE_BODY_NOUN_ENTRY = Trigger(key="withdrawal / exit from (a body)", lemma="withdrawal",
                                pos="noun", code="161", target=("from",),
                                where="built-in rule (CAMEO 161)")


def is_body(noun: Token) -> bool:
    head_lemma = noun.lemma_.lower()
    if head_lemma in BODY_NOUNS:
        return True
    if noun.pos_ == "PROPN" and noun.text.isupper() and len(noun.text) >= 3 and (
            noun.ent_type_ in ("", "ORG")):
        return True  # an acronym the parser did not tag ("quit ECOWAS")
    return noun.ent_type_ == "ORG" and noun.pos_ == "PROPN" and head_lemma not in ENVOY_NOUNS


def body_left(token: Token) -> Token | None:
    heads = [token, *(c for c in token.children if c.dep_ in ("prt", "advmod", "prep")
                      and c.lower_ == "out")]  # "pulled out [of] the court"
    objs = [g for h in heads for c in h.children if c.dep_ == "prep"
            and c.lower_ in ("from", "of") for g in c.children if g.dep_ == "pobj"]
    if token.pos_ == "VERB" and token.lemma_.lower() in ("quit", "leave", "exit"):
        objs += [c for c in token.children if c.dep_ == "dobj"]
    if token.pos_ == "VERB" and token.lemma_.lower() in ("withdraw", "pull") and any(
            c.dep_ == "dobj" for c in token.children):
        return None  # "withdrew its troops from …": what was withdrawn decides
    return next((o for o in objs if is_body(o)), None)


def leaver(token: Token) -> Token | None:
    """Who leaves: the verb's subject (its head's, for "decided to quit"), the noun's owner."""
    dep = "poss" if token.pos_ == "NOUN" else "nsubj"
    for t in (token, token.head):
        found = next((c for c in t.children if c.dep_ == dep), None)
        if found is not None:
            return found
        if t.dep_ not in ("xcomp", "conj", "dobj") or t.head.i == t.i:
            break
        dep = "nsubj"
    return None


def state_leaver(token: Token) -> bool:
    who = leaver(token)
    if who is None:
        return True
    if who.ent_type_ in ("GPE", "NORP") or who.pos_ == "PRON":
        return True
    return not (who.ent_type_ in ("PERSON", "ORG") or is_person(who)
                or who.lemma_.lower() in NOT_STATE_LEAVERS)


def leaving_body(token: Token) -> Candidate | None:
    lemma = token.lemma_.lower()
    if lemma in LEAVE_BODY_VERBS | LEAVE_BODY_NOUNS and not state_leaver(token):
        return None
    if token.pos_ == "VERB" and lemma in LEAVE_BODY_VERBS:
        if lemma == "pull" and not any(c.lower_ == "out" and c.i == token.i + 1
                                       for c in token.children):
            return None
        body = body_left(token)
        return None if body is None else Candidate(token, LEAVE_BODY_ENTRY, "161", body,
                                                   basis="pattern")
    if token.pos_ == "NOUN" and lemma in LEAVE_BODY_NOUNS:
        body = body_left(token)
        return None if body is None else Candidate(token, LEAVE_BODY_NOUN_ENTRY, "161", body,
                                                   basis="pattern")
    return None


# Armed forces leaving a place retreat (CAMEO 087 de-escalate military engagement, PLOVER
# RETREAT 'withdraw'): "Russian troops left Kherson", "French soldiers departed from Niger",
# "Israeli forces pulled back from the corridor", "M23 fighters moved out of Walikale".
# PETRARCH2 puts LEAVE, DEPART and +PULL_OUT in its GO_SOMEWHERE block [040] (a visitor's
# departure), which says nothing of who leaves; for a force the codebook's reading is the
# retreat ("* (OF BASES)" [0874] # PULLED_OUT). Officials and delegations leaving stay none.
FORCE_LEAVING = frozenset({"leave", "depart", "pull", "move"})
LEAVING_FORCES = frozenset({"troop", "force", "soldier", "army", "unit", "battalion",
                            "brigade", "division", "regiment", "militia", "fighter",
                            "paratrooper", "commando", "mercenary", "peacekeeper",
                            "contingent", "garrison", "warship"})
FORCE_LEAVING_ENTRY = Trigger(key="(forces) leave / depart / pull back", lemma="leave",
                              pos="verb", code="087", target=("dobj", "from", "of"),
                              needs_target=False, where="built-in rule (CAMEO 087)")


def forces_leaving(token: Token) -> Candidate | None:
    lemma = token.lemma_.lower()
    if lemma in ("pull", "move") and not any(
            c.lower_ in ("back", "out") and c.dep_ in ("prt", "advmod", "prep")
            for c in token.children):
        return None  # "pulled the trigger", "moved closer"
    who = leaver(token)
    if who is None or who.lemma_.lower() not in LEAVING_FORCES or not any(
            c.dep_ in ("amod", "compound", "poss", "nmod") and (
                c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")
            for c in who.children):
        return None  # whose forces must be said in their own phrase ("Russian troops"),
        # not taken from a clause about them ("the soldiers, who had helped Mali, …")
    return Candidate(token, FORCE_LEAVING_ENTRY, "087", basis="pattern")


# Force sent against someone (CAMEO 19 "fight"; PETRARCH2 SEND * &MILITARY is aid only
# "to" an ally): "sent fighter jets against rebel positions", "deployed drones against
# cities", "dispatched troops against the insurgents". Aircraft and drones are aerial
# (195), artillery and tanks 194, anything else 190. What is sent must be a force (PETRARCH2
# &MILITARY) and what it is sent against a party or a military position, not "drones against
# locusts" or "aid convoys against the advice of the generals"; "use" and "commit" are too
# general (police "used tear gas against demonstrators" keeps its lexicon code, 175).
FORCE_SENDING = {"send", "deploy", "dispatch", "unleash", "throw", "mobilize", "mobilise",
                 "launch"}
AERIAL = {"jet", "aircraft", "plane", "warplane", "bomber", "fighter", "drone", "helicopter",
          "gunship", "uav"}
HEAVY = {"tank", "artillery", "howitzer", "armour", "armor"}
FORCES = AERIAL | HEAVY | {
    "troop", "force", "soldier", "army", "unit", "battalion", "brigade", "division", "regiment",
    "militia", "fighter", "missile", "rocket", "warship", "ship", "navy", "marine",
    "paratrooper", "commando", "reinforcement", "gunboat", "infantry", "cavalry", "armada",
    "squadron", "mercenary", "special"}
POSITIONS = {"position", "base", "defence", "defense", "stronghold", "camp", "city", "town",
             "village", "target", "line", "post", "outpost", "enclave", "territory", "rebel",
             "insurgent", "militant", "separatist", "enemy", "protester", "demonstrator",
             "army", "force", "troop", "fighter", "guerrilla", "jihadist", "militia",
             "group", "region", "province", "port", "airport", "bastion", "hideout"}
FORCE_ENTRY = {code: Trigger(key="send ... against", lemma="send", pos="verb", code=code,
                             target=("against",), needs_target=False,
                             where="built-in rule (CAMEO 19)")
               for code in ("175", "190", "194", "195")}
# force sent against demonstrators is violent repression (CAMEO 175), not war (190)
CROWD_TARGETS = {"protester", "protestor", "demonstrator", "marcher", "rioter", "crowd"}


def force_against(token: Token) -> Candidate | None:
    if token.pos_ != "VERB" or token.lemma_.lower() not in FORCE_SENDING:
        return None
    obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    against = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "against"
                    for g in c.children if g.dep_ == "pobj"), None)
    if obj is None or against is None:
        return None
    words = {t.lemma_.lower() for t in obj.subtree}
    if not words & FORCES:
        return None  # "sent aid convoys against the advice of …"
    if not (against.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC") or against.pos_ == "PROPN"
            or against.lemma_.lower() in POSITIONS):
        return None  # "drones against the locust swarms"
    code = "195" if words & AERIAL else "194" if words & HEAVY else "190"
    if code == "190" and against.lemma_.lower() in CROWD_TARGETS:
        code = "175"  # "deployed troops against the protesters"
    return Candidate(token, FORCE_ENTRY[code], code, basis="pattern")


# A crowd gathering with a neutral verb (CAMEO 141 "demonstrate or rally"; PETRARCH2 GATHER
# (IN RALLY); PLOVER PROTEST 'demo'): "thousands of protesters gathered outside parliament",
# "demonstrators massed in the square", "crowds filled the streets", "hundreds of people
# converged on the ministry, chanting slogans". The crowd is protesters by name, or people
# in numbers whose gathering the clause marks as a protest (chanting, waving, demanding,
# "against", "to protest/demand"). Waving flags or singing is no demand: a crowd that gathers to
# celebrate, mourn or watch something is no demonstration (CAMEO 141 is a rally for or against
# a political demand), and "crowds"/"a throng" need the same cue as "people".
CROWD_VERBS = {"gather", "mass", "assemble", "converge", "congregate", "throng", "fill",
               "flood", "pour", "swarm", "descend", "pack", "crowd", "take"}
PROTESTER_NOUNS = {"protester", "protestor", "demonstrator", "marcher", "rioter", "picketer"}
PEOPLE_NOUNS = {"people", "person", "resident", "student", "worker", "supporter", "citizen",
                "villager", "farmer", "activist", "woman", "man", "youth", "voter", "member",
                "refugee", "teacher", "doctor", "opponent", "thousand", "hundred", "dozen",
                "ten", "crowd", "throng"}
PROTEST_SIGNS = {"chant", "demand", "shout", "protest", "denounce", "brandish", "burn", "urge",
                 "condemn", "oppose", "reject"}
PROTEST_NOUNS = {"slogan", "placard", "banner", "protest", "demonstration", "rally"}
NOT_PROTEST_PURPOSES = {"celebrate", "mourn", "pray", "welcome", "watch", "commemorate", "cheer",
                        "honour", "honor", "greet", "remember", "see", "attend", "wait",
                        "vote", "dance", "worship", "bid", "enjoy", "listen"}
CROWD_ENTRY = Trigger(key="crowd gathered (protest)", lemma="gather", pos="verb", code="141",
                      target=("against",), where="built-in rule (CAMEO 141)")


def crowd_head(subject: Token) -> Token:
    """"thousands of protesters": the noun after "of" is the crowd's kind."""
    kind = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)
    return crowd_head(kind) if kind is not None else subject


def crowd_gathering(token: Token) -> Candidate | None:
    if token.pos_ != "VERB" or token.lemma_.lower() not in CROWD_VERBS:
        return None
    if token.lemma_.lower() == "take" and not any(
            c.dep_ == "prep" and c.lower_ == "to" and any(
                g.lemma_.lower() == "street" for g in c.children) for c in token.children):
        return None  # "took to the streets"
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    crowd = crowd_head(subject)
    kind = "people" if crowd.ent_type_ == "NORP" and crowd.tag_ == "NNPS" else (
        crowd.lemma_.lower())  # "tens of thousands of Georgians"
    if kind in PROTESTER_NOUNS:
        return Candidate(token, CROWD_ENTRY, "141", basis="pattern")
    if kind not in PEOPLE_NOUNS or not (
            subject.lemma_.lower() in PEOPLE_NOUNS and subject.tag_ == "NNS"
            or subject.lemma_.lower() in ("crowd", "throng")
            or any(c.dep_ == "nummod" or c.lemma_.lower() in ("thousand", "hundred", "many")
                   for c in subject.subtree)):
        return None
    if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in NOT_PROTEST_PURPOSES
           for c in token.children):
        return None  # "gathered to celebrate the victory / to watch the release"
    signs = any(t.lemma_.lower() in PROTEST_SIGNS and t.pos_ == "VERB"
                or t.lemma_.lower() in PROTEST_NOUNS
                or t.lemma_.lower() == "flag" and any(  # an organisation's flag ("EU flags"),
                    f.dep_ == "compound" and f.ent_type_ == "ORG" for f in t.children)  # a cause
                or t.dep_ == "prep" and t.lower_ == "against"
                for c in token.children if c.dep_ not in ("nsubj",) for t in c.subtree)
    return Candidate(token, CROWD_ENTRY, "141", basis="pattern") if signs else None


# A legislature voting something down (CAMEO 12 "reject"; PLOVER REJECT): "voted down the
# finance bill", "voted against the budget", "voted to overturn the president's decree",
# "voted to reject the nominee". The vote is the refusal; its complement is no deed of the
# legislature's own.
REJECTING_VERBS = {"overturn", "reject", "block", "annul", "repeal", "revoke", "override",
                   "strike", "scrap", "oppose", "defeat", "veto", "overrule", "cancel",
                   "nullify", "invalidate", "quash"}
# Verbs whose own entry codes another deed ("strike a deal", "cancel the debt", "block imports")
# are a vote down only with a proposal as their object (CAMEO 12: refusing a proposal).
PLAIN_REJECTING = {"strike", "cancel", "block", "scrap", "oppose"}
PROPOSAL_NOUNS = {"bill", "law", "budget", "motion", "decree", "nominee", "nomination",
                  "amendment", "resolution", "treaty", "proposal", "measure", "legislation",
                  "ordinance", "reform", "plan", "order", "ruling", "appointment", "candidate",
                  "referendum", "veto", "provision", "clause", "article", "act", "regulation"}
VOTE_ENTRY = Trigger(key="vote down / vote to overturn", lemma="vote", pos="verb", code="120",
                     target=("dobj", "against"), where="built-in rule (CAMEO 12)")


def vote_rejection(token: Token) -> Candidate | None:
    """"voted down / against X" at the vote; "voted to [overturn] X" at the complement,
    whose object is what is rejected (its owner the target) and whose subject is the
    vote's."""
    if token.pos_ != "VERB":
        return None
    if token.lemma_.lower() in REJECTING_VERBS and token.dep_ in ("xcomp", "advcl") and (
            token.head.lemma_.lower() == "vote"):
        if token.lemma_.lower() in PLAIN_REJECTING and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in PROPOSAL_NOUNS
                for c in token.children):
            return None  # "voted to strike a deal / to block imports": the verb's own entry
        return Candidate(token, VOTE_ENTRY, "120", basis="pattern")
    if token.lemma_.lower() != "vote":
        return None
    down = any(c.lower_ == "down" and c.dep_ in ("prt", "advmod", "prep")
               for c in token.children)
    against = any(c.dep_ == "prep" and c.lower_ == "against" for c in token.children)
    if not (down or against):
        return None
    return Candidate(token, VOTE_ENTRY, "120", basis="pattern")


# A warning that the other side will suffer for what it does (CAMEO 13 "threaten"; PLOVER
# THREATEN: "coercive or forceful warnings"): "warned that Manila would pay a heavy price if
# …", "said Kyiv would face the consequences", "X will regret it". The threat is the
# warner's, aimed at whoever will pay: a candidate at the warning or reporting verb. The one
# who pays is another party, not the speaker ("he said he would bear the consequences"), and
# the price is for a deed, not "the consequences of the drought"; bearing responsibility is
# accepting blame, no threat. The clause's verb is part of the threat, no deed of its own.
PRICE_PHRASES = {"pay": {"price", "dearly"}, "face": {"consequence", "repercussion"},
                 "bear": {"consequence", "repercussion"},
                 "suffer": {"consequence", "repercussion"}, "regret": set()}
PRICE_ENTRY = Trigger(key="warn that X would pay a price", lemma="warn", pos="verb",
                      code="130", target=("ccomp",), where="built-in rule (CAMEO 130)")


SPEAKER_PRONOUNS = {"i", "we", "he", "she", "it"}


def price_clause(clause: Token) -> bool:
    words = PRICE_PHRASES.get(clause.lemma_.lower())
    if words is None or clause.pos_ != "VERB":
        return False
    if not aux_words(clause) & (FUTURE_AUX | HYPOTHETICAL_AUX):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SPEAKER_PRONOUNS
           for c in clause.children):
        return False  # "said he would bear the consequences"
    if not words:
        return True
    return any(c.dep_ in ("dobj", "advmod") and c.lemma_.lower() in words
               and not any(o.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON") and not any(
                   p.dep_ == "poss" for p in o.children) for o in of_objects(c))
               for c in clause.children)


def price_warning(token: Token) -> Candidate | None:
    if token.pos_ != "VERB" or not (token.lemma_ in REPORTING_VERBS
                                    or token.lemma_ in ("warn", "caution", "threaten")):
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp" and price_clause(c)), None)
    if clause is None:
        return None
    return Candidate(token, PRICE_ENTRY, "130", basis="pattern")


# An evaluation of an act stated as its predicate (CAMEO 111 "criticize or denounce",
# PETRARCH2 CALL * ILLEGITIMATE / UNJUSTIFIED, REGARD * (AS &CRIME) [1121]; praise, CAMEO
# 051, for approval): "called the decision reckless", "called the raid a violation of
# international law", "described the strikes as a war crime", "called the deal historic",
# "said the move was a betrayal". The word's polarity comes from the VADER lexicon
# (data/triggers/evaluations.tsv); a crime (PETRARCH2 &CRIME synset, and crimes by name) is
# an accusation (112). The position decides that it is an evaluation: the object complement
# or "as" phrase of a verb of calling, or the predicate of a reported copula.
EVALUATING_VERBS = {"call", "describe", "label", "brand", "term", "deem", "consider", "find",
                    "declare", "condemn", "denounce", "reject", "slam", "dismiss"}
AS_VERBS = EVALUATING_VERBS | {"regard", "view", "see", "characterize", "characterise",
                               "portray", "criticize", "criticise", "decry", "blast"}
CRIME_NOUNS = {"crime", "genocide", "treason", "terrorism", "murder", "massacre",
               "war-crime", "atrocity", "aggression", "piracy", "banditry", "fraud",
               "corruption", "theft", "robbery", "kidnapping", "assassination"}


def evaluated_position(word: Token) -> tuple[Token, list[Token]] | None:
    """(the clause that predicates ``word`` of something, the things it is said of), for the
    positions adjectives in the lexicon do not cover: a noun complement ("called the raid a
    violation"), an "as" phrase ("described the strikes as reckless"), an adjective the
    parser hung on the object ("called [the decision reckless]"), a noun predicate of a
    reported copula ("the decision was a blow to accountability, X said")."""
    head = word.head
    if word.pos_ in ("NOUN", "ADJ") and word.dep_ in ("oprd", "xcomp", "ccomp", "attr") and (
            head.lemma_ in EVALUATING_VERBS):
        return head, [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")
                      and c.i < word.i]
    if word.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB" and (
            head.head.lemma_ in AS_VERBS):
        verb = head.head
        return verb, [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if word.pos_ == "ADJ" and word.dep_ == "amod" and word.i > head.i and (
            head.dep_ == "dobj" and head.head.lemma_ in EVALUATING_VERBS):
        return head.head, [head]
    if word.pos_ == "NOUN" and word.dep_ == "attr" and head.lemma_ == "be" and (
            head.dep_ == "ccomp" and head.head.lemma_ in REPORTING_VERBS):
        return head, [c for c in head.children if c.dep_ == "nsubj"]
    return None


def _evaluation_entry(frame: str) -> Trigger:
    return Trigger(key=f"evaluation ({frame})", lemma=frame, pos="adj", frame=frame,
                   where="built-in rule (data/triggers/evaluations.tsv)")


EVALUATION_ENTRIES = {f: _evaluation_entry(f) for f in ("criticize", "accuse", "praise")}


# A state of affairs judged is no act of anyone's (CAMEO 111 criticises an actor's deed): a
# coroner calling a death an accident, a doctor calling a condition critical.
NOT_ACTS = {"death", "condition", "health", "weather", "damage", "injury", "illness", "state",
            "situation", "climate", "loss", "fire", "flood", "drought", "storm", "earthquake",
            "disease", "outbreak", "wound", "body", "crash"}


def evaluation_word(token: Token) -> Candidate | None:
    if token.pos_ not in ("ADJ", "NOUN") or token.dep_ not in (
            "oprd", "xcomp", "ccomp", "attr", "pobj", "amod"):
        return None
    position = evaluated_position(token)
    if position is None or not position[1] or all(
            t.lemma_.lower() in NOT_ACTS for t in position[1]):
        return None
    lemma = token.lemma_.lower()
    words = {lemma, *(c.lemma_.lower() for c in token.children if c.dep_ in (
        "compound", "amod"))}
    if token.pos_ == "NOUN" and (words & CRIME_NOUNS or lemma in crime_synset()):
        frame = "accuse"
    else:
        valence = max((polarity().get(w, 0.0) for w in words), key=abs)
        frame = ("criticize" if valence <= -1.0 else "praise" if valence >= 1.5 else "")
        if not frame:
            return None
    return Candidate(token, EVALUATION_ENTRIES[frame], frame, basis="lexicon")


# A charge stated as a fact (CAMEO 112 "accuse"; PETRARCH2 REGARD * (AS &CRIME) [1121]): "the
# opposition said the president had committed an act of treason", "Kyiv said Russian troops
# had carried out war crimes", "the ministry said the rebels were guilty of genocide". The
# accusation is the reporter's, aimed at the subject of the reported crime.
CRIME_VERBS = {"commit", "perpetrate", "carry", "conduct"}
CHARGE_ENTRY = Trigger(key="said X had committed a crime", lemma="accuse", pos="verb",
                       frame="accuse", target=("ccomp",), where="built-in rule (CAMEO 112)")


def crime_noun(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in CRIME_NOUNS or lemma in crime_synset() or any(
            c.dep_ == "compound" and f"{c.lemma_.lower()}-{lemma}" in CRIME_NOUNS
            for c in noun.children):
        return True
    return lemma in ("act", "acts") and any(crime_noun(o) for o in of_objects(noun))


def crime_clause(clause: Token) -> bool:
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    if clause.lemma_.lower() in CRIME_VERBS:
        return any(c.dep_ == "dobj" and crime_noun(c) for c in clause.children)
    return clause.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() == "guilty" and any(
            crime_noun(o) for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj")
        for c in clause.children)


def charge_statement(token: Token) -> Candidate | None:
    if token.pos_ != "VERB" or token.lemma_ not in REPORTING_VERBS:
        return None
    if not any(c.dep_ == "ccomp" and crime_clause(c) for c in token.children):
        return None
    return Candidate(token, CHARGE_ENTRY, "accuse", basis="pattern")


# Taking a party before a court or a trade body ("took Ecuador to the International Court of
# Justice", "dragged China to the WTO"): the act of PETRARCH2's FILE * CASE (AGAINST) [115]
# told with the party as the object and the forum after "to" (CAMEO 115, PLOVER ACCUSE); the
# forum is where the case is heard, not its target
FORUM_WORDS = {"court", "tribunal", "arbitration", "icj", "icc", "itlos", "wto", "pca"}
TAKING_TO_FORUM = {"take", "drag", "haul", "bring"}
TO_FORUM_ENTRY = Trigger(key="take ... to (a court)", lemma="take", pos="verb", frame="sue",
                         target=("dobj",), needs_target=True,
                         where="built-in rule (CAMEO 115; FILE * CASE (AGAINST))")


def taken_to_forum(token: Token) -> Candidate | None:
    """(Not "took its complaint to the court": a complaint or case is the event noun.)"""
    if not any(c.dep_ == "dobj" and (c.pos_ in ("PROPN", "PRON") or c.pos_ == "NOUN" and (
            c.lemma_.lower() not in LEGAL_ACTIONS | PROTEST_NOTES | {"dispute", "matter"}))
            for c in children_of(token)):
        return None
    for prep in children_of(token):
        if prep.dep_ == "prep" and prep.lower_ == "to" and any(
                t.lemma_.lower() in FORUM_WORDS for c in children_of(prep) if c.dep_ == "pobj"
                for t in (c, *(g for g in children_of(c) if g.dep_ == "compound"))):
            return Candidate(token, TO_FORUM_ENTRY, "sue", basis="pattern")
    return None


# The legal actions of PETRARCH2's FILE block ("FILE * CASE (AGAINST) [115]", "* LAWSUIT",
# "* SUIT") and proceedings, under any verb that brings them ("instituted proceedings
# against", "brought a case against"): CAMEO 115 when a party is named by "against" (the
# court is the forum); without one the noun is no event ("rejected the case" is the
# rejection)
LEGAL_ACTIONS = {"case", "suit", "proceeding", "proceedings", "action", "litigation"}
LEGAL_ACTION_ENTRY = Trigger(key="case / proceedings against", lemma="case", pos="noun",
                             frame="sue", target=("against",), needs_target=True,
                             where="built-in rule (CAMEO 115; FILE * CASE (AGAINST))")


# "case", "suit" and "action" name a legal action only with a legal cue (the FILE block's
# own verbs bring them; "proceedings" and "litigation" are legal by themselves): a verb that
# brings a legal action governs the noun, a legal modifier qualifies it, or a court or
# tribunal is named in the sentence. "Made the case against a ceasefire" is an argument.
UNAMBIGUOUS_LEGAL = frozenset({"proceeding", "proceedings", "litigation"})
BRINGING_LEGAL = frozenset({"file", "bring", "institute", "lodge", "launch", "initiate",
                            "open", "pursue", "submit", "take", "mount", "refile", "drop",
                            "dismiss", "hear", "win", "lose", "settle", "withdraw"})
LEGAL_MODIFIERS = frozenset({"legal", "criminal", "civil", "court", "class", "lawsuit",
                             "antitrust", "defamation", "libel", "genocide", "arbitration"})
COURT_WORDS = frozenset({"court", "tribunal", "judge", "prosecutor", "icj", "icc", "lawsuit",
                         "arbitration", "jury"})


def legal_cue(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in UNAMBIGUOUS_LEGAL:
        return True
    if any(c.lower_ in LEGAL_MODIFIERS for c in children_of(token)
           if c.dep_ in ("amod", "compound", "nmod")):
        return True
    if lemma == "action":
        return False  # "legal action against", not any action
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in BRINGING_LEGAL:
        return True
    return any(t.lemma_.lower() in COURT_WORDS or t.lower_ in COURT_WORDS
               for t in token.sent)


# a case that is won, lost, dropped or settled is no new lawsuit by the verb's subject (CAMEO
# 115 is bringing one; PETRARCH2 DROP * CASE [081] is a yield, winning no act on the loser)
CASE_OUTCOME_VERBS = frozenset({"win", "lose", "drop", "settle", "abandon"})


def legal_action(token: Token) -> Candidate | None:
    if not legal_cue(token) or (token.dep_ == "dobj"
                                and token.head.lemma_.lower() in CASE_OUTCOME_VERBS):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in children_of(token)):
        return Candidate(token, LEGAL_ACTION_ENTRY, "sue", basis="pattern")
    return None


# Listing as a sanction (PLOVER SANCTION: blacklisting; PETRARCH2 BLACKLIST [160] and its
# nominal "- * BLACKLIST"): putting a party on a list of sanctioned, embargoed or terrorist
# entities ("added five firms to the entity list", "placed him on its sanctions list", "put
# the group on a terrorism blacklist") is CAMEO 163 by whoever keeps the list, aimed at the
# listed party. A list of anything else ("added Rome to the tour", "on the guest list") is
# none.
LISTING_VERBS = frozenset({"add", "put", "place", "include", "designate", "move"})
SANCTION_LISTS = frozenset({"blacklist", "black-list"})
SANCTION_LIST_MODS = frozenset({"entity", "entities", "sanction", "sanctions", "black",
                                "terror", "terrorist", "terrorism", "embargo", "denied",
                                "unverified", "blocked", "specially", "designated"})
LISTING_ENTRY = Trigger(key="add ... to a sanctions list", lemma="add", pos="verb",
                        frame="sanction", target=("dobj", "nsubjpass"), needs_target=True,
                        where="built-in rule (PLOVER SANCTION: blacklisting; CAMEO 163)")


def sanctions_list(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in SANCTION_LISTS:
        return True
    return lemma == "list" and any(
        c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in SANCTION_LIST_MODS
                                                    or c.lemma_.lower() in SANCTION_LIST_MODS)
        for c in children_of(noun))


def listing(token: Token) -> Candidate | None:
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(token)):
        return None
    for prep in children_of(token):
        if prep.dep_ == "prep" and prep.lower_ in ("to", "on", "onto") and any(
                g.dep_ == "pobj" and sanctions_list(g) for g in children_of(prep)):
            return Candidate(token, LISTING_ENTRY, "sanction", basis="pattern")
    return None


LABOUR_STRIKE_ENTRY = Trigger(key="strike (a stoppage of work)", lemma="strike", pos="noun",
                              frame="strike", target=("against", "at"),
                              where="built-in rule (CAMEO 143; events/protests.py)")


def stoppage(token: Token) -> Candidate | None:
    """"went on strike", "a general strike", "strike action": a labour strike (143)."""
    if labour_strike(token):
        return Candidate(token, LABOUR_STRIKE_ENTRY, "strike", basis="pattern")
    return None


EVALUATED_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr", "pobj", "amod"})
RuleFn = Callable[[Token], "Candidate | None"]


def _rule_index() -> dict[tuple[str, str], tuple[RuleFn, ...]]:
    """(part of speech, lemma) → the rules that may fit it, in order: each rule's lemma test
    is read once here, so a token no rule can fit costs one dictionary look-up."""
    index: dict[tuple[str, str], list[RuleFn]] = {}
    for rule, pos, lemmas in (
            (expulsion, "VERB", {"declare", *ORDER_VERBS}),
            (leaving_body, "VERB", LEAVE_BODY_VERBS), (leaving_body, "NOUN", LEAVE_BODY_NOUNS),
            (forces_leaving, "VERB", FORCE_LEAVING),
            (force_against, "VERB", FORCE_SENDING), (crowd_gathering, "VERB", CROWD_VERBS),
            (vote_rejection, "VERB", {"vote", *REJECTING_VERBS}),
            (price_warning, "VERB", {*REPORTING_VERBS, "warn", "caution", "threaten"}),
            (charge_statement, "VERB", REPORTING_VERBS),
            (taken_to_forum, "VERB", TAKING_TO_FORUM),
            (legal_action, "NOUN", LEGAL_ACTIONS), (listing, "VERB", LISTING_VERBS),
            (stoppage, "NOUN", {"strike"})):
        for lemma in lemmas:
            index.setdefault((pos, lemma), []).append(rule)
    return {key: tuple(rules) for key, rules in index.items()}


RULES_BY_LEMMA = _rule_index()
ABSORBING = frozenset({*LEAVE_VERBS, *ORDER_VERBS, "execution", *PRICE_PHRASES})


def class_rule(token: Token) -> Candidate | None:
    """The first of the rules above that fits ``token``."""
    if token.dep_ in EVALUATED_DEPS and (found := evaluation_word(token)) is not None:
        return found
    for rule in RULES_BY_LEMMA.get((token.pos_, token.lemma_.lower()), ()):
        if (found := rule(token)) is not None:
            return found
    return None


def absorbed(token: Token) -> bool:
    """A word that is part of a class rule's act at its head, not a deed of its own."""
    if token.lemma_.lower() not in ABSORBING:
        return False
    return expelled_leave(token) or execution_of_thing(token) or priced(token)


def priced(token: Token) -> bool:
    """"warned that Japan would regret its drills": the clause is the threat's, not Japan's."""
    return token.dep_ == "ccomp" and price_clause(token) and (
        price_warning(token.head) is not None)


CALLING_VERBS = {"call", "describe", "label", "brand", "term", "deem", "consider", "find",
                 "regard", "view", "see", "characterize", "characterise", "portray", "name"}


def evaluated_object(token: Token) -> bool:
    """"Russia described the British sanctions as illegitimate": the act named as the object
    of a verb of calling is evaluated, not done, by the caller (the evaluation is the event;
    the act is its owner's, told elsewhere). Still a trigger candidate (an act noun an
    evaluation refers back to), but drafted as no event of its own."""
    if token.pos_ == "VERB":  # the verb of calling itself ("described" + SANCTION: no 163)
        if token.lemma_ not in CALLING_VERBS:
            return False
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        return obj is not None and evaluated_object(obj)
    if token.dep_ != "dobj":
        return False
    head = token.head
    return token.pos_ == "NOUN" and head.lemma_ in CALLING_VERBS and (
        any(c.dep_ in ("oprd", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "as"
            for c in head.children if c.i > token.i))


def execution_of_thing(token: Token) -> bool:
    """"the execution of the plan": carrying something out, not a killing."""
    return token.pos_ == "NOUN" and token.lemma_.lower() == "execution" and any(
        not is_person(o) for o in of_objects(token))
