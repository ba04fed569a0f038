"""Walk up from a trigger through the words that govern it ("refused to [meet]",
"dismissed the possibility of [talks]", "imposed [sanctions]") and collect their stances."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events.matching import Candidate, candidate_at
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
    if dep in ("pobj", "pcomp") and head.dep_ == "prep" and head.head.i != head.i:
        return head.head, f"{dep}:{head.lower_}"
    return None


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
    """``gov`` is a command verb whose addressee is an armed or police force."""
    return gov.lemma_.lower() in COMMAND_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in FORCE_NOUNS for c in children_of(gov))


def link_for(gov: Token, via: str, lexicon: TriggerLexicon) -> Link | None:
    """Whether ``gov`` governs the lower token when reached by ``via`` (None stops the walk)."""
    candidate = candidate_at(gov, lexicon)
    stance = candidate.entry.stance if candidate else None
    if via == "xcomp" and gov.lemma_.lower() in LITOTES_VERBS and any(
            c.dep_ == "neg" for c in children_of(gov)):
        return Link(gov, "threaten", via, candidate)  # "would not hesitate to strike"
    if via in ("xcomp", "advcl") and commands_force(gov):
        return Link(gov, "command", via, candidate)  # "ordered troops to fire on …"
    if via == "compound":
        return Link(gov, "light", via, candidate)
    if via == "xcomp" and stance is None and gov.lemma_ in HOPE_VERBS:
        return Link(gov, "intend", via, candidate)  # "hopes to crush": like "wants to"
    if via.startswith(("pobj:", "pcomp:")):
        prep = via.split(":", 1)[1]
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
        link = link_for(step[0], step[1], lexicon)
        if link is None:
            break
        links.append(link)
        current = link.token
    return links


def top(token: Token, links: list[Link]) -> Token:
    return links[-1].token if links else token
