"""Repairs and fallbacks for arguments the dependency patterns miss.

- :func:`condition_subjects`: "X threatened to … unless/if Y …": Y is the target.
- :func:`nested_objects`: "mobilized reservists for a war against Iraq": the object of an
  "against"/"on" phrase inside the trigger's own prepositional arguments ("to" after a
  promise: "reneged on its commitment to Chad").
- :func:`stranded_verb`: a main verb parsed as a modifier in a sentence with a nominal root.
- :func:`respondents`: a complaint lodged with a forum against a party is aimed at the party.
- :func:`implicit_recipients`: aid whose recipient the sentence leaves implicit ("The
  Commission pledged 2.5 billion euros for 2025") goes to the report's recipient.
- :func:`domestic_target`: a protest or demand aimed at a country's own leaders: a person of
  unknown affiliation in the target slot, with no other state named before them, is the
  source's country ("Zimbabwe's opposition demanded that President Mugabe …").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Token

from eventwire.document import Document
from eventwire.events.modality import CONDITION_MARKS
from eventwire.token_lookup import children_of

PARTICIPLE_TAGS = {"VBN", "VBD"}
NESTED_PREPS = ("against", "on")
PROMISES = {"commitment", "pledge", "promise", "obligation", "undertaking", "assurance"}
SUBJECTS = ("nsubj", "nsubjpass")


def condition_subjects(tokens: Sequence[Token]) -> list[Token]:
    """Subjects of the "if"/"unless" clauses under the topmost governor ("threatened to stop
    talks on cutting arms if the US goes ahead": the clause may hang on any word below)."""
    found = []
    for clause in tokens[-1].subtree:
        if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in children_of(clause)):
            continue
        found += [c for c in children_of(clause) if c.dep_ in SUBJECTS]
    return found


def nested_objects(token: Token, exclude: set[int]) -> list[Token]:
    """Objects of "against"/"on" phrases one level down the trigger's prepositional objects."""
    found = []
    for prep in children_of(token):
        if prep.dep_ != "prep":
            continue
        for obj in children_of(prep):
            if obj.dep_ != "pobj":
                continue
            preps = NESTED_PREPS + (("to",) if obj.lemma_.lower() in PROMISES else ())
            for inner in children_of(obj):
                if inner.dep_ == "prep" and inner.lower_ in preps:
                    found += [g for g in children_of(inner) if g.dep_ == "pobj"
                              and g.i not in exclude]
    return found


def states_before(token: Token, index_at: dict[int, list[str]], document: Document
                  ) -> set[str]:
    """Countries of the actors mentioned in the sentence before ``token``."""
    out = set()
    for i in range(token.sent.start, token.i):
        for actor_id in index_at.get(i, ()):
            actor = document.actors.get(actor_id)
            if actor is not None and actor.country:
                out.add(actor.country)
    return out


def country_of(actor_id: str, document: Document) -> str | None:
    actor = document.actors.get(actor_id)
    return actor.country if actor is not None else None


def domestic_target(target: Sequence[str], target_tokens: Sequence[Token],
                    source: Sequence[str], index_at: dict[int, list[str]],
                    document: Document) -> list[str]:
    """Unaffiliated persons in the target become the source's country when no other state
    is named before them in the sentence."""
    countries = {c for a in source if (c := country_of(a, document))}
    if len(countries) != 1:
        return list(target)
    (home,) = countries
    if home not in document.actors:
        return list(target)
    out = []
    for actor_id in target:
        actor = document.actors.get(actor_id)
        if actor is None or actor.kind != "person" or actor.country or actor.code:
            out.append(actor_id)
            continue
        where = next((t for head in target_tokens for t in head.subtree
                      if actor_id in index_at.get(t.i, ())), None)
        if where is not None and states_before(where, index_at, document) <= {home}:
            out.append(home)
        else:
            out.append(actor_id)
    return list(dict.fromkeys(out))


def stranded_verb(token: Token) -> bool:
    """A past-tense verb the parser made a modifier in a sentence with no verbal root
    ("Turkey annexed parts of Syria" → one noun phrase): a modifier that follows a noun,
    not a determiner, hyphen or possessive ("the annexed territory", "US-led forces"), or
    a finite past-tense clause hung on the root noun."""
    dep, tag = token.dep_, token.tag_
    finite = dep == "acl" and tag == "VBD"
    if not finite and (dep != "amod" or tag not in PARTICIPLE_TAGS):
        return False  # tested first: cheaper than finding the sentence
    sent = token.sent
    if sent.root.pos_ not in ("NOUN", "PROPN") or token.i == sent.start:
        return False
    if finite:
        return True  # "Doctors from X donated …": a finite past is no reduced relative
    before = token.doc[token.i - 1]
    return before.pos_ in ("NOUN", "PROPN") and before.tag_ != "POS" and token.i < token.head.i


def implicit_recipients(drafts: list[Any], is_aid: Callable[[str], bool],
                        confidence: float) -> list[Any]:
    """Aid with no recipient named in its sentence ("The Commission pledged 2.5 billion
    euros for 2025 and 2026" in a report on aid to Syria) goes to the recipient of the
    report's aid told before it (PLOVER AID "requires recipient: yes"; CAMEO coders take it
    from the context). Only another party than the donor; the side is a fallback
    (``confidence``). An untargeted sum whose kind a targeted aid noun of the same donor
    and sentence names ("promised 160 million pounds in humanitarian aid to Sudan") is that
    aid, not a second event: dropped."""
    aid = [d for d in drafts if is_aid(d.cameo) and not d.negated]
    same_act = {id(d) for d in aid if not d.target and any(
        o.target and o.sentence == d.sentence and set(o.source) & set(d.source)
        for o in aid)}
    recipient: list[str] = []
    for draft in sorted(aid, key=lambda d: d.trigger):
        if id(draft) in same_act:
            continue
        if draft.target:
            recipient = list(draft.target)
        elif recipient and draft.source and not set(recipient) & set(draft.source):
            draft.target = list(recipient)
            draft.confidence = min(draft.confidence, confidence)
    return [d for d in drafts if id(d) not in same_act]


FORUM_PREPS = ("with", "to", "before")


def respondents(tokens: list[Token]) -> list[Token]:
    """A complaint lodged with a forum against a party ("lodged a complaint with the WTO
    against Canada's surtaxes", "filed a case before the court against Israel") is aimed at
    the party: PLOVER ACCUSE includes "sue or bring to court" with the accused as target,
    and PETRARCH2 codes LODGE COMPLAINT (WITH COURT) as 115, a lawsuit against the
    respondent. The forum ("with"/"to"/"before" object) gives way to the "against" object,
    on the trigger or under the forum; with no "against" phrase the addressee stays ("lodged
    a complaint with Switzerland")."""
    def against(token: Token) -> list[Token]:
        return [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "against"
                for g in children_of(c) if g.dep_ == "pobj"]

    def forum(token: Token) -> bool:
        return token.dep_ == "pobj" and token.head.lower_ in FORUM_PREPS

    named = [t for t in tokens if t.dep_ == "pobj" and t.head.lower_ == "against"]
    out: list[Token] = []
    for token in tokens:
        if forum(token) and (inner := against(token)):
            out += [t for t in inner if t not in out]
        elif not (forum(token) and named) and token not in out:
            out.append(token)
    return out


# where a complaint or case is heard: "filed complaints [at the WTO] against Poland"
VENUE_PREPS = (*FORUM_PREPS, "at")


def forum_respondents(chain_tokens: list[Token]) -> list[Token]:
    """The "against" party under a forum phrase of the verbs that carry a complaint ("filed
    complaints [at the WTO against Poland, Hungary and Slovakia]", "lodged a complaint
    [before a tribunal against China]"): the parser hangs the "against" phrase on the forum,
    and the forum phrase on the light verb, out of the complaint noun's reach. The forum is
    where the case is heard, not whom it is against (PETRARCH2: FILE * CASE (AGAINST) 115)."""
    found: list[Token] = []
    for token in chain_tokens:
        for prep in children_of(token):
            if prep.dep_ != "prep" or prep.lower_ not in VENUE_PREPS:
                continue
            for forum in children_of(prep):
                if forum.dep_ != "pobj":
                    continue
                for inner in children_of(forum):
                    if inner.dep_ == "prep" and inner.lower_ == "against":
                        found += [g for g in children_of(inner) if g.dep_ == "pobj"
                                  and g not in found]
    return found
