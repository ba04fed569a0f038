"""Accusations told by a noun (issue 10, session 8): "Moscow repeated its allegation that
Kyiv was planning an attack", "Russia's allegation that Ukraine was preparing a dirty bomb",
"The army made the claim that the rebels had shelled a market", and the answer to such a
claim: "Kyiv said the claim was pure disinformation".

PETRARCH2 codes the verb (ACCUSE, ALLEGE, CHARGE [112]); newswire often tells the same act
with its noun, whose accuser is the possessor, the "by"/"from" agent, a name modifier ("US
claims") or the subject of the verb that makes, repeats or renews it, and whose accused is the
subject of its content clause ("that Kyiv was planning …"). CAMEO 112 (PLOVER ACCUSE):

* allegation, accusation and charge with a content clause accuse the clause's subject;
  "claim" and "assertion" are neutral words and accuse only when the clause tells a hostile
  deed (a coded event of CAMEO roots 11-20) of another party ("Moscow's claim that it had
  taken the town" accuses nobody);
* a claim made or repeated with no clause of its own ("Shoigu made the claim on Sunday",
  "repeated the allegation in a call") accuses whom the same accuser's accusation told in
  the report accuses;
* a denial of one's own part ("Iran denied US claims that it supplied drones") is coded by
  :func:`eventwire.events.structure.denials` alone; a third party that rejects the claim
  does not unmake it ("Paris rejected Russia's allegation that …": Russia still alleged);
* a claim called untrue ("the claim was pure disinformation", "the allegation is absurd")
  by a speaker answers its author, the source of the accusation told before it: a denial
  (CAMEO 016, PLOVER REJECT) by the accused, a rebuke (CAMEO 111, PLOVER ACCUSE) by anyone
  else.
"""

from __future__ import annotations

from typing import Protocol

from spacy.attrs import LEMMA
from spacy.tokens import Token

from eventwire.document import Document
from eventwire.events.extract import Draft
from eventwire.events.matching import CONFIDENCE
from eventwire.events.modality import Modality, modality_of
from eventwire.events.roles import subject_of
from eventwire.token_lookup import conjuncts_of, token_indices

ALLEGATION_NOUNS = {"allegation", "accusation", "charge"}  # tell wrongdoing themselves
CLAIM_NOUNS = {"claim", "assertion"}  # neutral: accuse only of a hostile deed
MAKING_VERBS = {"make", "repeat", "reiterate", "renew", "level", "voice", "raise", "air",
                "spread", "present", "circulate", "publish", "restate", "double"}
# a withdrawn allegation is a concession, not an accusation (CAMEO: retracting yields)
WITHDRAWING_VERBS = {"withdraw", "retract", "drop", "abandon", "rescind", "recant", "retreat",
                     "back", "walk"}
DENYING_VERBS = {"deny", "dismiss", "reject", "refute", "rebut", "dispute", "disavow",
                 "repudiate", "contest"}
# words that call a claim untrue (the predicate of "the claim was …")
UNTRUE = {"false", "untrue", "baseless", "groundless", "unfounded", "absurd", "ridiculous",
          "preposterous", "fabricated", "fake", "bogus", "lie", "lies", "disinformation",
          "misinformation", "propaganda", "fabrication", "nonsense", "fiction", "falsehood",
          "slander", "invention", "fantasy"}
ACCUSE = "112"
REBUKE = "111"
DENY = "016"
HOSTILE_ROOTS = ("11", "12", "13", "14", "15", "16", "17", "18", "19", "20")
DETERMINERS = {"the", "this", "that", "these", "those", "such"}


class Alleging(Protocol):
    """What this module needs of :class:`eventwire.events.extract.Extractor`."""

    document: Document

    def resolve(self, tokens: list[Token], modality: Modality) -> list[str]: ...

    def quote_at(self, offset: int) -> str | None: ...


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def content_clause(noun: Token) -> Token | None:
    """The "that" clause of a claim noun ("the allegation [that Kyiv was planning …]")."""
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def accuser_tokens(noun: Token) -> list[Token]:
    """Who makes the claim, as the noun phrase or its verb names them: "Russia's
    allegation", "claims by Kabul", "US claims", "Moscow repeated its allegation"."""
    found = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    found += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
              for g in c.children if g.dep_ == "pobj"]
    found += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
              and c.i < noun.i and c.pos_ in ("PROPN", "ADJ")]
    if not found and noun.dep_ == "dobj" and lemma(noun.head) not in DENYING_VERBS:
        found = [s for s in [subject_of(noun.head)] if s is not None]
    return found


def denied(noun: Token) -> bool:
    return noun.dep_ in ("dobj", "nsubjpass") and lemma(noun.head) in DENYING_VERBS


def inside(draft: Draft, clause: Token) -> bool:
    subtree = list(clause.subtree)
    return subtree[0].idx <= draft.trigger[0] < subtree[-1].idx + len(subtree[-1].text)


def allegation_draft(extractor: Alleging, noun: Token, source: list[str], target: list[str],
                     modality: Modality, cameo: str = ACCUSE) -> Draft:
    sentence = noun.sent
    return Draft(cameo=cameo, source=source, target=target, negated=modality.negated,
                 modality=modality.value, trigger=(noun.idx, noun.idx + len(noun.text)),
                 sentence=(sentence.start_char, sentence.end_char),
                 quote_id=extractor.quote_at(noun.idx), confidence=CONFIDENCE["lexicon"])


def governors(noun: Token) -> list[Token]:
    """The noun's verb, if any, for modality ("will repeat its claim", "did not repeat")."""
    head = noun.head
    return [head] if head.pos_ in ("VERB", "AUX") and head.i != noun.i else []


def allegations(drafts: list[Draft], extractor: Alleging) -> list[Draft]:
    """Add an ACCUSE draft for each accusation told by a noun (see the module doc)."""
    doc = extractor.document.doc
    assert doc is not None
    added: list[Draft] = []
    for i in token_indices(doc, LEMMA, ALLEGATION_NOUNS | CLAIM_NOUNS):
        noun = doc[i]
        if noun.pos_ != "NOUN" or any(d.trigger[0] <= noun.idx < d.trigger[1] for d in drafts):
            continue
        if noun.dep_ in ("dobj", "nsubjpass") and lemma(noun.head) in WITHDRAWING_VERBS or (
                noun.dep_ == "pobj" and lemma(noun.head.head) in WITHDRAWING_VERBS):
            continue  # "Russia withdrew its allegation", "backed away from its claim"
        modality = modality_of([noun, *governors(noun)])
        source = extractor.resolve(accuser_tokens(noun), modality)
        if not source:
            continue
        clause = content_clause(noun)
        if clause is not None:
            subject = subject_of(clause)
            target = [a for a in extractor.resolve(
                [t for t in [subject] if t is not None] + [
                    c for t in [subject] if t is not None for c in conjuncts_of(t)], modality)
                if a not in source]
            if not target:
                continue
            if lemma(noun) in CLAIM_NOUNS and not any(
                    d.cameo.startswith(HOSTILE_ROOTS) and inside(d, clause)
                    and set(d.source) & set(target) for d in drafts):
                continue  # "Moscow's claim that it took the town": no accusation
            if denied(noun) and set(target) & set(extractor.resolve(
                    [t for t in [subject_of(noun.head)] if t is not None], modality)):
                continue  # the accused denies it: structure.denials codes the denial
        elif noun.dep_ == "dobj" and lemma(noun.head) in MAKING_VERBS and any(
                c.dep_ == "det" and c.lower_ in DETERMINERS for c in noun.children) or (
                noun.dep_ == "dobj" and lemma(noun.head) in MAKING_VERBS and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)):
            target = earlier_accused(source, noun.idx, [*drafts, *added], extractor.document)
            if not target:
                continue
        else:
            continue
        added.append(allegation_draft(extractor, noun, source, target, modality))
    return sorted([*drafts, *added], key=lambda d: d.trigger[0])


def party(actor_id: str, document: Document) -> str:
    actor = document.actors.get(actor_id)
    return (actor.country or actor.code or actor_id) if actor is not None else actor_id


def accusations(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.cameo.startswith("11") and d.source and d.target]


def earlier_accused(source: list[str], at: int, drafts: list[Draft],
                    document: Document) -> list[str]:
    """Whom the same accuser's accusation told in the report accuses: the nearest before
    ``at``, else the nearest after it."""
    mine = {party(a, document) for a in source}
    found = [d for d in accusations(drafts) if mine & {party(a, document) for a in d.source}]
    before = [d for d in found if d.trigger[0] < at]
    after = [d for d in found if d.trigger[0] > at]
    chosen = max(before, key=lambda d: d.trigger[0]) if before else (
        min(after, key=lambda d: d.trigger[0]) if after else None)
    return [a for a in chosen.target if a not in source] if chosen is not None else []


def disputed_claims(drafts: list[Draft], extractor: Alleging) -> list[Draft]:
    """A claim called untrue by a speaker ("X said the claim was pure disinformation"): a
    denial by the accused, else a rebuke, aimed at the author of the accusation told
    before (see the module doc)."""
    doc = extractor.document.doc
    assert doc is not None
    added: list[Draft] = []
    document = extractor.document
    for i in token_indices(doc, LEMMA, ALLEGATION_NOUNS | CLAIM_NOUNS):
        noun = doc[i]
        copula = noun.head
        if noun.dep_ != "nsubj" or lemma(copula) != "be" or accuser_tokens(noun) or not any(
                c.dep_ == "det" and c.lower_ in DETERMINERS for c in noun.children):
            continue
        predicate = [c for c in copula.children if c.dep_ in ("attr", "acomp")]
        if not any(lemma(p) in UNTRUE or p.lower_ in UNTRUE for p in predicate):
            continue
        reporter = copula.head if copula.dep_ == "ccomp" else None
        speaker = subject_of(reporter) if reporter is not None else None
        if speaker is None:
            continue
        modality = modality_of([copula, *([reporter] if reporter is not None else [])])
        source = extractor.resolve([speaker], modality)
        before = [d for d in accusations([*drafts, *added]) if d.trigger[0] < noun.idx
                  and not {party(a, document) for a in source}
                  & {party(a, document) for a in d.source}]
        if not source or not before:
            continue
        claim = max(before, key=lambda d: d.trigger[0])
        accused = {party(a, document) for a in claim.target}
        cameo = DENY if {party(a, document) for a in source} & accused else REBUKE
        draft = allegation_draft(extractor, noun, source, list(claim.source), modality, cameo)
        trigger = (noun.idx, predicate[-1].idx + len(predicate[-1].text))
        added.append(Draft(cameo=draft.cameo, source=draft.source, target=draft.target,
                           negated=draft.negated, modality=draft.modality, trigger=trigger,
                           sentence=draft.sentence, quote_id=draft.quote_id,
                           confidence=draft.confidence))
    return sorted([*drafts, *added], key=lambda d: d.trigger[0])
