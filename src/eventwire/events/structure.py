"""Constructions whose event is carried by the sentence's structure rather than by one
trigger and its slots (issue 10, session 6): denials of responsibility and mediation told
in a participle or apposition (and, session 8, aid told by its arrival:
:mod:`eventwire.events.deliveries`).

* **Denial** (CAMEO 016 "deny responsibility", PLOVER REJECT): "The ministry denied that its
  forces had any role in the attack", "rejected claims that it had armed the rebels",
  "dismissed reports that …", "denied any involvement in …". The denier is the source; the
  target is the accuser: named in the denied claim ("Canada's allegation", "claims by
  Kabul"), else the party whose accusation of the denier the report tells (the nearest
  before the denial, else the nearest after it). The denied clause is not an asserted
  event: the writer reports that it is disputed (PLOVER codes the reported event, here the
  denial; PETRARCH codes the main verb's clause).
* **Mediation in a participle or apposition** (CAMEO 045 mediate / 043 host, PLOVER
  CONSULT): "The truce, brokered by Qatar and Egypt, took effect", "talks hosted by Oman",
  "an agreement mediated by the African Union", "The deal was brokered by the United
  States". The source is the by-agent (the mediators); the target is the parties of the
  head noun: its "between"/"with" objects, else the parties of the event that noun names in
  the same sentence, else (a definite noun) those of the latest agreement or talks told
  before. The mediators are never among the parties.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from spacy.attrs import DEP, LEMMA
from spacy.tokens import Doc, Token

from eventwire.document import Document
from eventwire.events.allegations import allegations, disputed_claims
from eventwire.events.coding import Coder
from eventwire.events.deliveries import deliveries
from eventwire.events.extract import Draft
from eventwire.events.matching import CONFIDENCE, candidate_at
from eventwire.events.modality import Modality, modality_of
from eventwire.events.roles import GATHERING_NOUNS, agent_of, participants, subject_of
from eventwire.geo.gazetteer import Gazetteer
from eventwire.lexicon.triggers import TriggerLexicon
from eventwire.token_lookup import conjuncts_of, token_indices


class Drafting(Protocol):
    """What this module needs of :class:`eventwire.events.extract.Extractor`."""

    document: Document
    lexicon: TriggerLexicon
    coder: Coder
    gazetteer: Gazetteer

    def resolve(self, tokens: list[Token], modality: Modality) -> list[str]: ...

    def quote_at(self, offset: int) -> str | None: ...

    def place_country(self, token: Token) -> str | None: ...

    def state_at(self, country: str, token: Token) -> str: ...


# -- denials ------------------------------------------------------------------------------

DENIAL_VERBS = {"deny", "dismiss", "reject", "refute", "rebut", "dispute", "disavow",
                "repudiate", "contest"}
# what is denied: a claim ("rejected claims that …") or a part in an act ("denied any role in")
CLAIM_NOUNS = {"claim", "allegation", "accusation", "charge", "report", "suggestion",
               "assertion", "insinuation", "speculation", "rumour", "rumor", "assessment"}
PART_NOUNS = {"role", "involvement", "responsibility", "part", "link", "hand", "connection",
              "complicity", "wrongdoing", "participation", "knowledge", "ties"}
DENIAL_CODE = "016"
ACCUSE_CODES = ("11",)  # CAMEO 11 (PLOVER ACCUSE): whose claim a denial answers


def denial(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """For a verb of denial: (the claim nouns it denies, the heads of the denied content),
    or None when the verb denies no claim or part ("rejected the proposal" is a refusal,
    not a denial). Only "deny" takes a clause of its own ("denied that …")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in DENIAL_VERBS:
        return None
    content = [c for c in verb.children if denied_clause(verb, c)] if lemma == "deny" else []
    claims: list[Token] = []
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        noun = obj.lemma_.lower()
        if noun in CLAIM_NOUNS:
            claims.append(obj)
            content += [c for c in obj.children if c.dep_ in ("acl", "ccomp")]
            content += [g for c in obj.children if c.dep_ == "prep" and c.lower_ in (
                "of", "about", "over") for g in c.children]
        elif lemma == "deny" and noun in PART_NOUNS:
            claims.append(obj)
            content += [c for c in obj.children if c.dep_ == "prep"]
    if not content and not claims:
        return None
    return claims, content


MODALS = {"will", "would", "shall", "could", "might", "may", "can", "should", "must"}
CLAUSE_BREAKS = {";", ":"}


def denied_clause(verb: Token, clause: Token) -> bool:
    """Whether ``clause`` is an act "deny" disclaims: "denied that its forces had fired",
    "denied holding them" (a gerund: having done it). Not a future or modal clause
    ("denied that Putin would meet Zelensky": a plan denied, no act anyone is blamed for,
    CAMEO 016), nor a clause before the verb past a semicolon ("X accused the police of …;
    the police denied …": the accusation is its own sentence the parser hung on "denied")."""
    if clause.dep_ == "xcomp":
        return clause.i > verb.i and clause.tag_ == "VBG"
    if clause.dep_ != "ccomp":
        return False
    if clause.i < verb.i and any(t.text in CLAUSE_BREAKS for t in verb.doc[clause.i:verb.i]):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in MODALS or c.tag_ == "MD"
                   for c in clause.children)


# Acts a denial's clause may be coordinated or subordinated with that are the denier's or
# another party's own: "denied that it had any role and [accused] Canada of …" (a
# subjectless conjoined verb of saying), "…, [after] Kenya accused Somalia" (a clause of time
# with a subject of its own).
OWN_ACT_VERBS = {"accuse", "blame", "say", "call", "urge", "warn", "add", "insist", "demand",
                 "criticize", "criticise", "condemn", "vow", "threaten", "charge", "describe"}
TIME_MARKS = {"after", "before", "when", "as", "since", "while", "following", "once"}


def own_act(token: Token) -> bool:
    if token.dep_ == "conj":
        return token.lemma_.lower() in OWN_ACT_VERBS and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in token.children) and (
            any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))
    return False


def accusers(claims: list[Token]) -> list[Token]:
    """Who made the claim, as the denial names it: "Canada's allegation", "claims by Kabul",
    "accusations from Washington", "US claims"."""
    found: list[Token] = []
    for claim in claims:
        if claim.lemma_.lower() not in CLAIM_NOUNS:
            continue
        found += [c for c in claim.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        found += [g for c in claim.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                  for g in c.children if g.dep_ == "pobj"]
        found += [c for c in claim.children if c.dep_ in ("compound", "amod", "nmod")
                  and c.i < claim.i and c.pos_ in ("PROPN", "ADJ")]
    return found


def party_key(actor_id: str, document: Document) -> str:
    actor = document.actors.get(actor_id)
    return (actor.country or actor.code or actor_id) if actor is not None else actor_id


def code_key(actor_id: str, document: Document) -> str:
    actor = document.actors.get(actor_id)
    return (actor.code or actor_id) if actor is not None else actor_id


def accuser_of(denier: list[str], at: int, drafts: list[Draft], document: Document,
               near: tuple[int, int]) -> list[str]:
    """The source of the accusation of ``denier`` the report tells, nearest before the
    denial at offset ``at``, else nearest after it. An accusation whose target was not
    resolved ("accused the group of reneging") counts when it is told in the sentence
    before or after the denial's (``near``: those sentences' character span)."""
    mine = {party_key(a, document) for a in denier}
    # (an accuser of the denier's own country is another party: "rights groups accused the
    # police …; the police denied …", so the denier itself is compared by code)
    codes = {code_key(a, document) for a in denier}
    found = [d for d in drafts if d.cameo.startswith(ACCUSE_CODES) and d.source
             and (mine & {party_key(a, document) for a in d.target}
                  or not d.target and near[0] <= d.trigger[0] < near[1])
             and not codes & {code_key(a, document) for a in d.source}]
    before = [d for d in found if d.trigger[0] < at]
    after = [d for d in found if d.trigger[0] > at]
    if before:
        return list(max(before, key=lambda d: d.trigger[0]).source)
    return list(min(after, key=lambda d: d.trigger[0]).source) if after else []


# -- mediation ----------------------------------------------------------------------------

MEDIATION_CODES = {"broker": "045", "mediate": "045", "facilitate": "045", "sponsor": "045",
                   "lead": "045", "host": "043", "convene": "043", "chair": "043"}
# "talks led by the African Union", "US-led talks": a leader of talks mediates them only when
# it is not one of their parties ("talks led by Iran's foreign minister" are Iran's own)
PARTY_MAY_LEAD = {"lead"}
# what a mediator brings about or hosts: a gathering, or an agreement of the parties
SETTLEMENT_NOUNS = GATHERING_NOUNS | {
    "truce", "ceasefire", "cease-fire", "armistice", "deal", "agreement", "accord", "pact",
    "treaty", "peace", "settlement", "swap", "exchange", "arrangement", "understanding",
    "framework", "declaration", "negotiations", "process", "initiative", "plan",
    "rapprochement", "reconciliation", "normalisation", "normalization", "restoration"}
# codes whose sides are the parties a mediator acts towards: agreement, talks, signing,
# ceasefire and de-escalation, release and exchange of persons
PARTY_CODES = ("03", "04", "057", "087", "084")


def hyphen_agent(verb: Token) -> Token | None:
    """The agent named before a hyphen in a participle modifying a noun: "a [Beijing]-brokered
    deal", "the [Qatar]-mediated truce", "[US]-led talks" (the parser hangs the name on the
    participle as a noun-phrase adverbial, the hyphen between them)."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.i < 2:
        return None
    doc = verb.doc
    if doc[verb.i - 1].tag_ != "HYPH" or doc[verb.i - 1].whitespace_:
        return None
    name = doc[verb.i - 2]
    if name.head.i != verb.i or name.whitespace_ or name.dep_ not in (
            "npadvmod", "compound", "nmod", "amod", "advmod"):
        return None
    return name


def mediator_of(verb: Token) -> Token | None:
    """Who a mediation verb names as its agent: the passive "by" agent or a hyphenated name."""
    return agent_of(verb) or hyphen_agent(verb)


def mediated_noun(verb: Token) -> Token | None:
    """The noun a passive mediation verb is about: "the truce, [brokered] by …" (the head of
    the participle), "the deal was [brokered] by …" (the passive subject), "talks hosted by
    Qatar and [mediated] by Turkey" (the first participle's noun), "a Beijing-[brokered]
    deal" (the noun the hyphenated participle modifies)."""
    if agent_of(verb) is None:
        if hyphen_agent(verb) is None:
            return None
        head = verb.head
        return head if head.lemma_.lower() in SETTLEMENT_NOUNS or (
            head.lower_ in SETTLEMENT_NOUNS) else None
    first = verb
    while first.dep_ == "conj" and first.head.pos_ == "VERB" and first.head.i != first.i:
        first = first.head
    if first.dep_ in ("acl", "relcl") and first.tag_ == "VBN":
        noun: Token | None = first.head
    else:
        noun = next((c for c in first.children if c.dep_ == "nsubjpass"), None)
    if noun is not None and noun.lower_ in ("which", "that") and first.dep_ == "relcl":
        noun = first.head
    if noun is None or noun.lemma_.lower() not in SETTLEMENT_NOUNS and (
            noun.lower_ not in SETTLEMENT_NOUNS):
        return None
    return noun


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        out += [t for t in (token, *conjuncts_of(token)) if t not in out]
    return out


# -- the pass -----------------------------------------------------------------------------

def structure(drafts: list[Draft], extractor: Drafting, party_code: PartyCode) -> list[Draft]:
    """Denials and passive mediation in the document (see the module doc)."""
    drafts = unsettled(denials(drafts, extractor), extractor)
    drafts = disputed_claims(allegations(drafts, extractor), extractor)
    drafts = relative_agreements(drafts, extractor, party_code)
    drafts = mediations(drafts, extractor, party_code)
    drafts = between_parties(drafts, extractor, party_code)
    return deliveries(drafts, extractor)


# a settling of relations told as a noun (OFFER RECONCILIATION [037]) that did not happen
# ("the reconciliation has stalled", "the normalisation failed") is no deed; one hoped for
# ("Israel hopes for a normalization") is an intention
RECONCILING_NOUNS = {"reconciliation", "rapprochement", "normalisation", "normalization"}
STALLING_VERBS = {"stall", "fail", "collapse", "falter", "founder", "freeze", "derail", "elude",
                  "stagnate", "unravel", "break"}
HOPING_VERBS = {"hope", "wish", "long", "yearn", "pray", "want", "seek", "desire", "envision",
                "envisage", "dream"}
HOPED = {"hope", "hopes", "hoped", "hoping"}  # (the tagger lemmatises "hopes" as "hop")


def unsettled(drafts: list[Draft], extractor: Drafting) -> list[Draft]:
    """Drop a reconciliation noun's AGREE whose clause says it stalled or failed; make one
    hoped or sought an intention (see ``RECONCILING_NOUNS``)."""
    doc = extractor.document.doc
    assert doc is not None
    out: list[Draft] = []
    for draft in drafts:
        span = doc.char_span(draft.trigger[0], draft.trigger[1])
        noun = span.root if span is not None else None
        if noun is None or noun.lemma_.lower() not in RECONCILING_NOUNS or noun.pos_ != "NOUN":
            out.append(draft)
            continue
        head = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in STALLING_VERBS:
            continue
        if noun.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        hoped = head.lemma_.lower() in HOPING_VERBS or head.lower_ in HOPED
        if head.i != noun.i and hoped and draft.modality == "asserted":
            draft = replace(draft, modality="intended")
        out.append(draft)
    return out


# talks and agreements (not a truce or an exchange a mediator's work "yielded")
TALKS_CODES = ("03", "04", "057")


def between_parties(drafts: list[Draft], extractor: Drafting, party_code: PartyCode
                    ) -> list[Draft]:
    """Talks, agreements or a truce "between A and B" told as the object of another verb
    ("the deal followed negotiations between Riyadh and Tehran", "after talks between the
    two delegations"): the parties hold them, each towards the other (as when the noun is
    the subject), not a target with no one acting (``build.reciprocal`` splits them).
    Not the object of another coded act ("condemned the agreement between …")."""
    doc = extractor.document.doc
    assert doc is not None
    out: list[Draft] = []
    for draft in drafts:
        if not draft.source and len(draft.target) >= 2 and draft.cameo.startswith(
                TALKS_CODES):
            span = doc.char_span(*draft.trigger, alignment_mode="expand")
            noun = span[-1] if span is not None else None
            if noun is not None and noun.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and c.lower_ == "between" for c in noun.children) and (
                    not at_token(drafts, noun.head)):  # (not what a coded act is about:
                # "welcomed the truce between …" is the welcome's target)
                draft = replace(draft, source=draft.target, target=[], weak=False)
        out.append(draft)
    return out


def positions(doc: Doc, attr: int, values: set[str] | dict[str, str]) -> list[Token]:
    """The tokens whose ``attr`` (LEMMA or DEP) is one of ``values``, from the document's
    shared column (the pass runs on every document)."""
    return [doc[i] for i in token_indices(doc, attr, values)]


def at_token(drafts: list[Draft], token: Token) -> list[Draft]:
    start = token.idx
    return [d for d in drafts if d.trigger[0] <= start < d.trigger[1]]


def denials(drafts: list[Draft], extractor: Drafting) -> list[Draft]:
    doc = extractor.document.doc
    assert doc is not None
    document = extractor.document
    for verb in positions(doc, LEMMA, DENIAL_VERBS):
        planned = {t.i for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                   and verb.lemma_.lower() == "deny" and not denied_clause(verb, c)
                   for t in c.subtree}
        if planned:  # "denied that Putin would meet Erdogan": the meeting is denied
            drafts = [replace(d, negated=True) if denied_draft(d, planned, doc) else d
                      for d in drafts]
        found = denial(verb)
        if found is None:
            continue
        claims, content = found
        denied = {t.i for head in content for t in head.subtree} - {
            t.i for head in content for c in head.children if own_act(c)
            for t in c.subtree}
        drafts = [d for d in drafts if not denied_draft(d, denied, doc)]
        modality = modality_of([verb])
        subject = subject_of(verb)
        source = extractor.resolve([subject], modality) if subject is not None else []
        own = [d for d in at_token(drafts, verb) if d.source]
        if own:
            source = own[0].source
        if not source:
            continue
        target = [a for a in extractor.resolve(with_conjuncts(accusers(claims)), modality)
                  if a not in source]
        if not target:
            target = [a for a in accuser_of(source, verb.idx, drafts, document,
                                            around(verb)) if a not in source]
        if own:
            drafts = [replace(d, target=target) if d is own[0] and not d.target else d
                      for d in drafts]
            continue
        drafts.append(verb_draft(extractor, verb, DENIAL_CODE, source, target,
                                 modality.negated, modality))
    return sorted(drafts, key=lambda d: d.trigger[0])



def verb_draft(extractor: Drafting, verb: Token, cameo: str, source: list[str],
               target: list[str], negated: bool, modality: Modality) -> Draft:
    """A draft this module adds, triggered by ``verb`` and evidenced by its sentence."""
    sentence = verb.sent
    return Draft(cameo=cameo, source=source, target=target, negated=negated,
                 modality=modality.value, trigger=(verb.idx, verb.idx + len(verb.text)),
                 sentence=(sentence.start_char, sentence.end_char),
                 quote_id=extractor.quote_at(verb.idx), confidence=CONFIDENCE["lexicon"])

def around(token: Token) -> tuple[int, int]:
    """The character span of ``token``'s sentence with the sentences before and after it."""
    sentence, doc = token.sent, token.doc
    start = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    end = doc[sentence.end].sent.end_char if sentence.end < len(doc) else sentence.end_char
    return start, end


def denied_draft(draft: Draft, denied: set[int], doc: Doc) -> bool:
    span = doc.char_span(*draft.trigger, alignment_mode="expand")
    return span is not None and span[0].i in denied


class PartyCode(Protocol):
    def __call__(self, cameo: str) -> bool: ...


def mediations(drafts: list[Draft], extractor: Drafting, party_code: PartyCode
               ) -> list[Draft]:
    doc = extractor.document.doc
    assert doc is not None
    for verb in positions(doc, LEMMA, MEDIATION_CODES):
        code = MEDIATION_CODES[verb.lemma_]
        if verb.pos_ != "VERB":
            continue
        noun = mediated_noun(verb)
        if noun is None:
            continue
        modality = modality_of([verb])
        agent = mediator_of(verb)
        assert agent is not None
        mediators = extractor.resolve(with_conjuncts([agent]), modality)
        if not mediators:
            continue
        # (a mediator is never its own party, nor is its own government: "brokered by the
        # United States" with the US government among the parties found is no party)
        theirs = {party_key(a, extractor.document) for a in mediators}
        found = parties_of(noun, verb, drafts, extractor, modality, party_code)
        if verb.lemma_ in PARTY_MAY_LEAD and any(
                a in mediators or party_key(a, extractor.document) in theirs for a in found):
            continue  # one party leads its own side's talks: no mediation
        if verb.lemma_ in PARTY_MAY_LEAD and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
            continue  # "US-led talks with Iran": the leader is the other party
        parties = [a for a in found
                   if a not in mediators and party_key(a, extractor.document) not in theirs]
        if not parties:
            continue
        own = at_token(drafts, verb)
        if own:
            # (a host is never its own guest: a target that is only the host is none)
            drafts = [replace(d, source=d.source or mediators, target=parties)
                      if d is own[0] and set(d.target) <= set(d.source or mediators) else d
                      for d in drafts]
            continue
        drafts.append(verb_draft(extractor, verb, code, mediators, parties,
                                 modality.negated, modality))
    return sorted(drafts, key=lambda d: d.trigger[0])


RELATIVES = {"which", "that"}


def relative_agreements(drafts: list[Draft], extractor: Drafting, party_code: PartyCode
                        ) -> list[Draft]:
    """An agreement told in a relative clause on its own noun: "the accord, which Armenia
    and Azerbaijan signed in Washington", "the deal Serbia and Kosovo reached", "the truce
    that both sides agreed". The clause is not background about a participant (see
    ``extract.background``): its object is the noun, so it tells the very act the noun
    names, with its parties as the clause's subject (PLOVER codes the agreement; CAMEO
    057/03 by each party towards the other, see ``build.reciprocal``). Only agreements,
    talks and ceasefires (``party_code``): a deed in such a clause ("the sanctions, which
    the EU imposed in 2022") stays background."""
    doc = extractor.document.doc
    assert doc is not None
    for verb in positions(doc, DEP, {"relcl"}):
        if verb.pos_ != "VERB" or at_token(drafts, verb):
            continue
        noun = verb.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects and not all(o.lower_ in RELATIVES for o in objects):
            continue  # the clause's object is another thing
        found = candidate_at(noun, extractor.lexicon)
        if found is None or found.entry.pos != "noun" or found.meaning is None:
            continue
        entry = candidate_at(verb, extractor.lexicon)
        meaning = entry.entry.objects.get(noun.lemma_.lower()) if entry is not None else None
        if meaning is None and (entry is None or entry.entry.stance not in ("light", "intend")):
            continue
        modality = modality_of([verb])
        coded = extractor.coder.code(meaning or found.meaning, [], modality, False)
        subject = subject_of(verb)
        if coded is None or not party_code(coded.cameo) or subject is None or (
                subject.lower_ in RELATIVES):
            continue
        source = extractor.resolve(with_conjuncts([subject]), modality)
        if len(source) < 2:
            continue  # one party named: its partner is not in the clause
        drafts.append(verb_draft(extractor, verb, coded.cameo, source, [],
                                 coded.negated, modality))
    return sorted(drafts, key=lambda d: d.trigger[0])


def parties_of(noun: Token, verb: Token, drafts: list[Draft], extractor: Drafting,
               modality: Modality,
               party_code: PartyCode) -> list[str]:
    """The parties of a mediated truce, deal or gathering (see the module doc)."""
    named = [t for t in participants(noun) if t.dep_ == "pobj"] or [
        g for h in (verb, *with_conjuncts([a for a in [agent_of(verb)] if a is not None]))
        for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
        for g in c.children if g.dep_ == "pobj"]  # "talks hosted by Oman between …"
    found = extractor.resolve(with_conjuncts(named), modality) if named else []
    if found:
        return found
    sentence = noun.sent
    here = [d for d in drafts if sentence.start_char <= d.trigger[0] < sentence.end_char
            and party_code(d.cameo) and d.source]
    on_noun = [d for d in here if d.trigger[0] <= noun.idx < d.trigger[1]]
    told = on_noun or here
    if not told and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                        for c in noun.children):
        told = [d for d in drafts if d.trigger[0] < sentence.start_char
                and party_code(d.cameo) and d.source][-1:]
    out: list[str] = []
    for d in told:
        out += [a for a in (*d.source, *d.target) if a not in out]
    return out

