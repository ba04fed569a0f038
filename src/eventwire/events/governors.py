"""Walk up from a trigger through the words that govern it ("refused to [meet]",
"dismissed the possibility of [talks]", "imposed [sanctions]") and collect their stances."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events.matching import Candidate, candidate_at
from eventwire.events.modality import HOPE_FORMS, raising_predicate
from eventwire.lexicon.triggers import TriggerLexicon
from eventwire.token_lookup import children_of

MAX_DEPTH = 6
DIRECT_DEPS = {"dobj", "xcomp", "nsubjpass", "oprd"}
COPULA_DEPS = {"attr", "acomp"}
# Verbs that pass their subject to an xcomp without changing the event ("tried to").
PASS_THROUGH_VERBS = {"try", "attempt", "continue", "begin", "start", "move", "go", "seek",
                      "manage", "need", "have", "be", "get", "help", "use", "resort", "work"}
# Verbs whose subject takes the thing their object names (see roles.received_from): not
# "seek" (a request) nor "welcome" (a stance).
TAKING_VERBS = {"receive", "get", "accept", "obtain", "win", "secure", "take", "collect"}
# Intent governors the lexicon has no entry for: the same "intend" stance as "want", "plan"
HOPE_VERBS = {"hope", "wish"}
DEMAND_CCOMP = {"demand", "appeal", "request"}
# Nouns an event noun passes through: "tons of aid", "a mediation effort".
QUANTITY_NOUNS = {"ton", "kg", "kilogram", "worth", "part", "amount", "package", "shipment",
                  "consignment", "batch", "number", "lot", "set", "string", "spate"}
EFFORT_NOUNS = {"effort", "process", "mission", "campaign", "operation", "initiative", "bid",
                "drive"}


@dataclass(frozen=True)
class Link:
    """One governor above the trigger: its token, stance, and the dependency it came by."""

    token: Token
    stance: str | None  # light, intend, appeal, demand, reject, threaten, end, face, possible,
    # command (an authority sending its own forces: the deed is the authority's, intended)
    via: str  # dep of the lower token: dobj, xcomp, pobj:of, ccomp, ...
    candidate: Candidate | None


def governor_step(token: Token) -> tuple[Token, str] | None:
    """The head that may govern ``token`` and how it is reached, or None."""
    head, dep = token.head, token.dep_
    if head.i == token.i:
        return None
    if dep in DIRECT_DEPS or dep in COPULA_DEPS or dep in ("ccomp", "conj", "advcl", "acl"):
        return head, dep
    if dep == "compound" and head.lemma_.lower() in EFFORT_NOUNS:
        return head, dep
    if dep in ("pobj", "pcomp") and head.dep_ in ("prep", "agent") and head.head.i != head.i:
        gov = head.head
        if (gov.dep_ in ("prep", "prt", "advmod") and gov.lower_ in PARTICLE_PREPS
                and gov.head.pos_ == "VERB" and head.lower_ == "of"):
            # "pulled out of the deal", "walked out of the talks": the parser takes "out"
            # for a preposition; the phrasal verb governs the "of" phrase by its particle
            return gov.head, f"{dep}:{gov.lower_}"
        return gov, f"{dep}:{head.lower_}"
    return None


PARTICLE_PREPS = frozenset({"out", "away"})


# "would not hesitate to use force": a litotes for readiness; with the negation it is a
# coercive warning (PLOVER THREATEN), its "not" no negation of the deed
LITOTES_VERBS = {"hesitate"}
# Verbs by which an authority sends its own forces to act ("ordered troops to fire on …",
# "authorised the security forces to open fire"): the deed is the authority's, intended
COMMAND_VERBS = {"order", "authorize", "authorise", "instruct", "command", "direct"}
FORCE_NOUNS = {"troop", "soldier", "force", "police", "army", "guard", "policeman", "officer",
               "unit", "military", "militia", "gendarme", "gendarmerie", "commander",
               "security", "navy", "airforce", "jet", "warship"}


def commands_force(gov: Token) -> bool:
    """``gov`` is a command verb whose addressee is the commander's own armed or police
    force ("ordered troops", "ordered its forces"). Forces named as another party's ("The
    court ordered Israeli forces to halt …") are not the orderer's own: that order is a
    demand made of that party (CAMEO 10), not the orderer's deed."""
    return gov.lemma_.lower() in COMMAND_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in FORCE_NOUNS and own_force(c, gov)
        for c in children_of(gov))


def own_force(force: Token, gov: Token) -> bool:
    """No modifier of ``force`` names a party other than the commander: a possessive
    pronoun ("its troops") or no party name ("troops") is its own; a party name ("Israeli
    forces", "Russia's army") must be shared with the commander's subject ("The Syrian
    government ordered Syrian troops") or the commander be a person (a leader's forces)."""
    names = [c for c in children_of(force) if c.dep_ in ("poss", "amod", "compound", "nmod")
             and c.pos_ != "PRON" and (c.pos_ == "PROPN" or c.ent_type_ in PARTY_ENTS)]
    if not names:
        return True
    subject = next((c for c in children_of(gov) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.ent_type_ == "PERSON":
        return True
    stems = {t.lower_[:4] for t in subject.subtree if t.pos_ in ("PROPN", "ADJ", "NOUN")}
    return all(n.lower_[:4] in stems for n in names)


PARTY_ENTS = {"NORP", "GPE", "ORG"}
# CAMEO roots of material conflict (quad class 4: protest ... mass violence): only such a
# forceful or coercive deed makes "would not hesitate to" a coercive warning
MATERIAL_CONFLICT_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}


def litotes_threat(gov: Token, lower: Token | None, lexicon: TriggerLexicon) -> bool:
    """"would/will not hesitate to [strike]": a coercive warning (PLOVER THREATEN) only for
    a future or conditional readiness to a forceful or coercive deed; "does not hesitate to
    criticise" (habitual, verbal) or "did not hesitate to strike" (done) is none."""
    kids = children_of(gov)
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_WORDS for c in kids) or lower is None:
        return False
    if lower.lemma_.lower() in COMMAND_VERBS:
        return True  # "would not hesitate to order further measures": its own forces' deed
    found = candidate_at(lower, lexicon)
    meaning = found.meaning if found is not None else None
    if meaning is None:
        return False
    frame = lexicon.frames.get(meaning)
    code = frame.codes["do"] if frame else meaning
    return code[:2] in MATERIAL_CONFLICT_ROOTS


# Passive participles whose agent phrase may be the money that pays for the thing ("the
# railway, supported by a Russian government loan", "a school funded by Qatari aid"): the
# aid noun is the event, given for the thing (see Extractor.funded_home)
FUNDING_VERBS = {"support", "fund", "finance", "back", "bankroll", "underwrite", "sponsor",
                 "subsidize", "subsidise", "pay"}
FUTURE_WORDS = {"will", "would", "'ll", "’ll", "shall", "wo", "'d", "’d"}


def do_code(meaning: str | None, lexicon: TriggerLexicon) -> str | None:
    """The code of a trigger meaning done (a frame's ``do`` code, or the code itself)."""
    if meaning is None:
        return None
    frame = lexicon.frames.get(meaning)
    return frame.codes.get("do") if frame is not None else meaning


def dictionary_support(gov: Token, lower: Token | None, lexicon: TriggerLexicon) -> bool:
    """PETRARCH2 names the event noun as this verb's object with a code of the noun's own
    CAMEO family ("EXTEND * SANCTIONS [163]", "ADD * SANCTIONS [163]", "AGREE * (TO
    SANCTIONS) [163]"): the verb is the noun's support verb, whatever else it means on its
    own ("extended sanctions on X", "agreed to sanctions against X": the sanctions are the
    deed, imposed by the verb's subject). A pattern of another family ("LIFT * SANCTIONS
    [085]", "THREATEN * SANCTIONS [1312]") is the verb's own stance, not a support."""
    if (lower is None or lower.pos_ != "NOUN" or gov.pos_ != "VERB"
            or lexicon.patterns is None):
        return False
    nouns = forms_of(lower)
    if not lexicon.patterns.names_noun(gov, nouns):
        return False  # no pattern of the verb names the noun (most verbs): no match needed
    found = lexicon.patterns.match(gov)
    if found is None or found.kind != "pattern" or found.code is None or found.reverse:
        return False
    if not nouns & (found.object_heads | found.prep_heads):
        return False
    candidate = candidate_at(lower, lexicon)
    code = do_code(candidate.meaning if candidate is not None else None, lexicon)
    return code is not None and code[:2] == found.code[:2] and code[:2] not in ("01", "02", "03")


def forms_of(token: Token) -> set[str]:
    lower = token.lower_
    return {token.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower}


# "at the end of the talks", "by the close of the summit": a time, not an ending (TimeML: a
# temporal anchor); the noun ends its object only as a predicate's ("an end to the talks")
TEMPORAL_PREPS = frozenset({"at", "by", "towards", "toward", "until", "till", "before",
                            "after", "near", "since", "from", "around", "in"})


def temporal_end(gov: Token, via: str, stance: str | None) -> bool:
    return (stance == "end" and via == "pobj:of" and gov.pos_ == "NOUN" and gov.dep_ == "pobj"
            and gov.head.lower_ in TEMPORAL_PREPS)


def link_for(gov: Token, via: str, lexicon: TriggerLexicon,
             lower: Token | None = None) -> Link | None:
    """Whether ``gov`` governs the lower token when reached by ``via`` (None stops the walk)."""
    candidate = candidate_at(gov, lexicon)
    stance = candidate.entry.stance if candidate else None
    if temporal_end(gov, via, stance):
        return None
    if via == "xcomp" and raising_predicate(gov):
        return Link(gov, None, via, None)  # "is set to withdraw": the deed, future
    if via in ("dobj", "nsubjpass", "pobj:to", "pobj:of") and (
            candidate is None or candidate.meaning is None or stance == "intend") and (
            dictionary_support(gov, lower, lexicon)):
        # (a verb coded on its own, "filed a suit", "struck a deal", stays the trigger; an
        # intent verb PETRARCH2 pairs with the noun, "agreed to sanctions", is the deed's)
        return Link(gov, "light", via, candidate)
    if via == "xcomp" and gov.lemma_.lower() in LITOTES_VERBS and any(
            c.dep_ == "neg" for c in children_of(gov)):
        if litotes_threat(gov, lower, lexicon):
            return Link(gov, "threaten", via, candidate)  # "would not hesitate to strike"
        return Link(gov, None, via, None)  # "does not hesitate to criticise": criticises
    if via in ("xcomp", "advcl") and commands_force(gov):
        return Link(gov, "command", via, candidate)  # "ordered troops to fire on …"
    if via == "compound":
        return Link(gov, "light", via, candidate)
    if via == "xcomp" and stance is None and (gov.lemma_ in HOPE_VERBS
                                               or gov.lower_ in HOPE_FORMS):
        return Link(gov, "intend", via, candidate)  # "hopes to crush": like "wants to"
    if via == "pobj:by" and gov.tag_ == "VBN" and gov.lemma_.lower() in FUNDING_VERBS:
        return Link(gov, "light", via, candidate)  # "built with / supported by [a loan]"
    if via.startswith(("pobj:", "pcomp:")):
        prep = via.split(":", 1)[1]
        if prep == "including" and dep_of(via) == "pcomp" and gov.pos_ == "NOUN" and (
                stance in DEMAND_CCOMP):
            return Link(gov, stance, "ccomp", candidate)  # "demands, including that X [leave]"
        if candidate is None:
            if dep_of(via) == "pcomp" and gov.lemma_ in PASS_THROUGH_VERBS:
                return Link(gov, None, via, None)  # "resorted to [throwing stones]"
            quantity = prep == "of" and gov.pos_ == "NOUN" and (
                gov.lemma_.lower() in QUANTITY_NOUNS
                or any(c.dep_ == "nummod" for c in children_of(gov))) or (
                prep in ("of", "in") and amount(gov))  # "$6 million in [aid]"
            return Link(gov, None, via, None) if quantity else None
        second = candidate.entry.second
        if prep == "as" and gov.pos_ == "VERB" and stance == "light" and second is None:
            return Link(gov, stance, via, candidate)  # "held civilians as [human shields]"
        if gov.pos_ == "VERB" and second not in (None, prep) or (
            gov.pos_ == "VERB" and second is None and prep not in ("to", "on", "from", "for")
        ) or (gov.pos_ != "VERB" and prep not in ("of", "for", "to", "on")):
            return None
        if stance is None:
            return None
    elif via == "ccomp":
        # "warned that Israel could resume its offensive": a warning of force is a threat
        # (CAMEO 13, PLOVER THREATEN), not the force
        if stance not in DEMAND_CCOMP and stance != "threaten":
            return demand_object(gov, lexicon)
    elif via == "acl" and gov.pos_ == "NOUN" and stance in DEMAND_CCOMP:
        return Link(gov, stance, "ccomp", candidate)  # "its demand that Russia [release] …"
    elif via == "advcl" and stance in DEMAND_CCOMP and lower is not None and infinitive(lower):
        # "called on Iran [to free] …", "pressed North Korea [to resume] talks" (the parser
        # hangs the infinitive as an adverbial clause): the act asked for, not one done
        # (review F12); read as the appeal's complement
        return Link(gov, stance, "xcomp", candidate)
    elif via in ("advcl", "acl"):
        return None
    elif via == "conj":
        return Link(gov, None, via, None)
    elif stance is None:
        if via == "dobj" and candidate is not None and candidate.entry.objects:
            return Link(gov, "light", via, candidate)  # "sent aid": the noun is the event
        if via == "dobj" and candidate is None and gov.pos_ == "VERB" and (
                gov.lemma_.lower() in TAKING_VERBS):
            return Link(gov, "light", via, None)  # "obtained a loan from China"
        if via == "xcomp" and (gov.lemma_ in PASS_THROUGH_VERBS or gov.pos_ == "AUX"):
            return Link(gov, None, via, None)
        if via in COPULA_DEPS and gov.lemma_ == "be":
            return Link(gov, None, via, None)
        return None
    return Link(gov, stance, via, candidate)


def infinitive(token: Token) -> bool:
    """A bare verb with infinitival "to" ("to free")."""
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO"
                                      for c in children_of(token))


def amount(token: Token) -> bool:
    """A sum or count standing for what it measures ("$6 million", "2,000 tonnes")."""
    return token.pos_ == "NUM" or token.ent_type_ in ("MONEY", "QUANTITY") and (
        token.pos_ in ("NUM", "NOUN", "SYM"))


def demand_object(gov: Token, lexicon: TriggerLexicon) -> Link | None:
    """"X reiterated its demand that [Y ease …]": the clause hangs on the verb, the demand
    is its object."""
    for obj in children_of(gov):
        if obj.dep_ == "dobj" and obj.pos_ == "NOUN":
            candidate = candidate_at(obj, lexicon)
            if candidate is not None and candidate.entry.stance in DEMAND_CCOMP:
                return Link(obj, candidate.entry.stance, "ccomp", candidate)
    return None


def dep_of(via: str) -> str:
    return via.split(":", 1)[0]


# Verbs that take a mandative clause ("insisted that Iran [release] the national", "asked
# that the envoy [be] recalled"): with a subjunctive complement they make a demand
MANDATIVE_VERBS = {"insist", "ask", "urge", "demand", "request", "require", "recommend",
                   "propose", "press", "plead"}
SINGULAR_TAGS = {"NN", "NNP"}


def subjunctive(clause: Token) -> bool:
    """A finite clause in the mandative subjunctive: a bare verb with a subject of its own
    and no modal ("that Iran [release] him", "that the journalist [be] released"); a bare
    form after a singular subject is no present tense ("Iran release", not "Iran releases")."""
    kids = children_of(clause)
    subject = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ == "aux" for c in kids):
        return False
    if any(c.dep_ == "auxpass" and c.lower_ == "be" for c in kids):
        return True
    return clause.tag_ == "VB" or clause.tag_ == "VBP" and subject.tag_ in SINGULAR_TAGS


def chain(token: Token, lexicon: TriggerLexicon) -> list[Link]:
    """Governors of ``token``, innermost first."""
    links: list[Link] = []
    current = token
    for _ in range(MAX_DEPTH):
        step = governor_step(current)
        if step is None:
            break
        if step[1] == "ccomp" and step[0].lemma_.lower() in MANDATIVE_VERBS and (
                subjunctive(current)):
            candidate = candidate_at(step[0], lexicon)
            links.append(Link(step[0], "demand", "ccomp", candidate))
            current = step[0]
            continue
        link = link_for(step[0], step[1], lexicon, current)
        if link is None:
            break
        links.append(link)
        current = link.token
    return links


def top(token: Token, links: list[Link]) -> Token:
    return links[-1].token if links else token
