"""Sides of reactive events from the discourse (issue 10, session 8).

An acceptance or a rejection answers something said to its source earlier in the report,
however far back and whatever quotes or background came between:

* an agreement, acceptance or offer taken up (PLOVER AGREE) with no target answers the
  latest request, demand, proposal or meeting addressed to its source ("The UN envoy met
  Assad and asked him to open more crossings. … Assad agreed to open two more" → the UN);
* a rejection (PLOVER REJECT) with no target answers the latest accusation, demand, request,
  proposal or threat aimed at its source ("Estonia accused Russia of jamming GPS signals. …
  four paragraphs of quotes … Moscow rejected what it called baseless claims" → Estonia);
  a denial of responsibility (CAMEO 016) answers only an accusation.

Only discourse order and actor identity decide: the earlier act must be aimed at the
reacting actor (the same actor, or a body of the same party: a minister answers for the
state that was asked), must be told as real (asserted or reported, not negated: never the
agent of a clause that is only conditional, planned or hypothetical), and must be by another
party. The target is never the source. Acts that already have a target, reciprocal acts
and acts by several parties together are left alone (the PLOVER manual codes an agreement
between parties as their own dyad).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from spacy.tokens import Token

from eventwire.document import Document
from eventwire.events.coding import Coder
from eventwire.events.extract import Draft

REALIS = ("asserted", "reported")
DENIAL = "016"  # CAMEO: deny responsibility
# what each reaction answers (PLOVER types of the earlier act)
ANSWERS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"REQUEST", "CONSULT", "AGREE"}),
    "REJECT": frozenset({"ACCUSE", "REQUEST", "AGREE", "THREATEN"}),
}
# a rejection of responsibility answers only an accusation
DENIAL_ANSWERS = frozenset({"ACCUSE"})


def party(actor_id: str, document: Document) -> str:
    """The party an actor acts for: its country (a minister, a ministry and the state are
    one), or its own code or id (an organisation of no country)."""
    actor = document.actors.get(actor_id)
    return (actor.country or actor.code or actor_id) if actor is not None else actor_id


def answered_targets(drafts: list[Draft], document: Document, coder: Coder) -> list[Draft]:
    """``drafts`` with the missing target of each reaction filled from the discourse (see
    the module doc)."""
    out: list[Draft] = []
    for draft in drafts:
        plover = coder.ontology.code(draft.cameo).plover
        kinds = DENIAL_ANSWERS if draft.cameo == DENIAL else ANSWERS.get(plover)
        if (kinds is None or draft.target or not draft.source or draft.reciprocal
                or draft.negated or len({party(a, document) for a in draft.source}) != 1):
            out.append(draft)
            continue
        if plover == "AGREE" and offers(draft, document):
            out.append(draft)  # a proposal or offer is made, not an answer to anyone
            continue
        answered = answered_act(draft, kinds, drafts, document, coder)
        out.append(replace(draft, target=answered) if answered else draft)
    return out


# an offer, proposal or invitation (PLOVER AGREE, CAMEO 03x "offer"/"propose") puts
# something to the other side; it answers no one
OFFER_LEMMAS = frozenset({"propose", "proposal", "offer", "suggest", "suggestion", "invite",
                          "invitation", "float", "volunteer"})


def offers(draft: Draft, document: Document) -> bool:
    """The agreement's trigger is an offer or proposal ("proposed negotiations")."""
    doc = document.doc
    if doc is None:
        return False
    span = doc.char_span(*draft.trigger, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in OFFER_LEMMAS for t in span)


def answered_act(draft: Draft, kinds: frozenset[str], drafts: list[Draft],
                 document: Document, coder: Coder) -> list[str]:
    """The source of the latest realis act of ``kinds`` told before ``draft`` that is aimed
    at the draft's source by another party; [] if there is none."""
    mine = {party(a, document) for a in draft.source}
    ids = set(draft.source)
    for earlier in sorted((d for d in drafts if d.trigger[0] < draft.trigger[0]),
                          key=lambda d: d.trigger[0], reverse=True):
        if (not earlier.source or not earlier.target or earlier.negated
                or earlier.modality not in REALIS
                or coder.ontology.code(earlier.cameo).plover not in kinds):
            continue
        if mine & {party(a, document) for a in earlier.source}:
            continue  # its own side's act
        if ids & set(earlier.target) or mine & {party(a, document) for a in earlier.target}:
            return [a for a in earlier.source if party(a, document) not in mine]
    return []


# -- demands for a release ------------------------------------------------------------------

RELEASE_NOUNS = frozenset({"release", "freeing", "freedom"})
# holding someone or something: seizing property, arresting, abducting or hijacking
HOLDING_CODES = ("171", "173", "181")


def code_key(actor_id: str, document: Document) -> str:
    actor = document.actors.get(actor_id)
    return (actor.code or actor_id) if actor is not None else actor_id


def release_demands(drafts: list[Draft], document: Document, coder: Coder) -> list[Draft]:
    """A demand or appeal for a release with no target ("called for their release",
    "demanded the immediate release of the ship and its crew") is aimed at whoever holds
    them: the source of the latest realis seizure, arrest, abduction or hijacking told
    before it (CAMEO 171/173/181) by another actor (police of the same country are another
    actor than its opposition: codes, not countries, are compared)."""
    doc = document.doc
    if doc is None:
        return drafts
    out: list[Draft] = []
    for draft in drafts:
        if (draft.target or not draft.source or draft.negated
                or coder.ontology.code(draft.cameo).plover != "REQUEST"
                or not asks_release(draft, document)):
            out.append(draft)
            continue
        mine = {code_key(a, document) for a in draft.source}
        holders: list[str] = []
        for earlier in sorted((d for d in drafts if d.trigger[0] < draft.trigger[0]),
                              key=lambda d: d.trigger[0], reverse=True):
            if (earlier.cameo.startswith(HOLDING_CODES) and earlier.source
                    and not earlier.negated and earlier.modality in REALIS
                    and not mine & {code_key(a, document) for a in earlier.source}):
                holders = [a for a in earlier.source if a not in draft.source]
                break
        out.append(replace(draft, target=holders) if holders else draft)
    return out


def asks_release(draft: Draft, document: Document) -> bool:
    """The request's object is a release ("demanded the release of …", "called for their
    release", "urged the immediate freeing of …")."""
    doc = document.doc
    assert doc is not None
    span = doc.char_span(*draft.trigger, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in RELEASE_NOUNS for o in objects)


# -- a stance on an act done to a party -----------------------------------------------------

PATIENT_PREPS = frozenset({"on", "against"})
STANCES_ON_ACTS = frozenset({"ACCUSE", "REJECT"})


class KindOf(Protocol):
    def __call__(self, token: Token, coder: Coder) -> str | frozenset[str] | None: ...


class OfKind(Protocol):
    def __call__(self, draft: Draft, kind: str | frozenset[str], coder: Coder) -> bool: ...


def stances_on_acts(drafts: list[Draft], document: Document, coder: Coder, kind_of: KindOf,
                    of_kind: OfKind) -> list[Draft]:
    """A condemnation of an act done to a party ("condemned the attack on the Azerbaijani
    mission", "denounced the strikes against Kurdish positions") is aimed at whoever did it,
    not at its victim: when the act noun names no agent of its own and the report told that
    act before (the latest realis act of the noun's kind aimed at the same party), its
    source is the target. Without such an act the target stays as the sentence gives it."""
    doc = document.doc
    if doc is None:
        return drafts
    out: list[Draft] = []
    for draft in drafts:
        if (not draft.target or not draft.source or draft.negated
                or coder.ontology.code(draft.cameo).plover not in STANCES_ON_ACTS):
            out.append(draft)
            continue
        agent = act_agent(draft, drafts, document, coder, kind_of, of_kind)
        out.append(replace(draft, target=agent) if agent else draft)
    return out


def act_agent(draft: Draft, drafts: list[Draft], document: Document, coder: Coder,
              kind_of: KindOf, of_kind: OfKind) -> list[str]:
    doc = document.doc
    assert doc is not None
    span = doc.char_span(*draft.trigger, alignment_mode="expand")
    if span is None:
        return []
    verb = span.root
    for noun in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        kind = kind_of(noun, coder)
        if kind is None:
            continue
        patients = {m.actor for c in noun.children if c.dep_ == "prep"
                    and c.lower_ in PATIENT_PREPS for g in c.children if g.dep_ == "pobj"
                    for m in document.mentions_in(g.left_edge.idx,
                                                  g.right_edge.idx + len(g.right_edge))}
        if not patients:
            continue
        if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by"
               for c in noun.children):  # "the attack by Russia on Kyiv": its own agent
            agents = [a for a in draft.target if a not in patients]
            return agents if len(agents) < len(draft.target) else []
        if not set(draft.target) <= patients:
            continue  # the target is not (only) the act's victim
        victims = {party(a, document) for a in patients}
        mine = {party(a, document) for a in draft.source}
        for earlier in sorted((d for d in drafts if d.trigger[0] < span.start_char),
                              key=lambda d: d.trigger[0], reverse=True):
            if (earlier.source and not earlier.negated and earlier.modality in REALIS
                    and of_kind(earlier, kind, coder)
                    and victims & {party(a, document) for a in earlier.target}
                    and not mine & {party(a, document) for a in earlier.source}):
                return [a for a in earlier.source if a not in draft.source]
    return []
