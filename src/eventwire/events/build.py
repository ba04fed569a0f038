"""One document's events: coded drafts (:mod:`.extract`) with ids, ontology fields, actor
references and evidence, one per mention. They stay :class:`EventDraft` until the report is
built: the dating stage adds their date and place, then the merge stage (:mod:`.merge`)
keeps one event per real event."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import cast

from spacy.tokens import Doc, Span, Token

from eventwire.document import ActorDraft, Document, EventDraft
from eventwire.events.arguments import MentionIndex, actor_refs, sentence_home
from eventwire.events.clauses import main_clause_events
from eventwire.events.coding import Coder
from eventwire.events.compatible import symmetric
from eventwire.events.discourse import answered_targets, release_demands, stances_on_acts
from eventwire.events.extract import NON_STATE_SECTORS, STANCE_TYPES, Draft, Extractor
from eventwire.events.learned.model import EventClassifier
from eventwire.events.matching import FALLBACK_CONFIDENCE, candidate_at
from eventwire.events.modality import condition_mark, modality_of
from eventwire.events.roles import (
    ACT_NOUNS,
    GATHERING_NOUNS,
    HOST_VERBS,
    anaphoric_act,
    mutual,
    nominalisation,
    subject_of,
)
from eventwire.events.structure import PARTY_CODES, structure
from eventwire.geo import Gazetteer
from eventwire.ids import record_id
from eventwire.lexicon.actors import ActorLexicon
from eventwire.models import ActorRef, Evidence, Modality, Offsets, PloverType
from eventwire.token_lookup import children_of


def code_events(document: Document, coder: Coder, actors: ActorLexicon,
                gazetteer: Gazetteer, learned: EventClassifier | None = None
                ) -> list[EventDraft]:
    if document.doc is None:
        return []
    extractor = Extractor(document, coder.lexicon, coder, MentionIndex.build(document), actors,
                          gazetteer, learned=learned)
    drafts = structure(extractor.run(), extractor, lambda code: code.startswith(PARTY_CODES))
    drafts = earlier_agents(drafts, document, coder, extractor)
    drafts = answered_targets(drafts, document, coder)
    drafts = release_demands(drafts, document, coder)
    drafts = stances_on_acts(drafts, document, coder, act_kind, of_kind)
    # after the stages above, which read the background deeds as referents
    drafts = main_clause_events(drafts, document.doc)
    return one_per_id([not_own_target(to_event(d, document, coder, actors)) for draft in drafts
                       for d in reciprocal(draft, document)])


def not_own_target(event: EventDraft) -> EventDraft:
    """An actor is never the target of its own act: a target coded as the source ("The
    Presidential Office in Taipei condemned the drills" with both sides read as Taiwan) is a
    side that was not resolved, so it is left out rather than pointed back at the source.
    Only when the text names two actors: a population protesting at home ("Thousands of
    Bolivians rallied") is the one actor on both sides by design (its state is the target)."""
    if event.plover == "PROTEST":  # a population protests at its own state (see extract)
        return event
    codes = {r.code for r in event.source if r.code}
    actors = {r.actor for r in event.source}
    target = tuple(r for r in event.target
                   if not r.code or r.code not in codes or r.actor in actors)
    return event if len(target) == len(event.target) else replace(event, target=target)


def one_per_id(events: list[EventDraft]) -> list[EventDraft]:
    """An event's id is its article, code and trigger (and direction, for a reciprocal one):
    two drafts with one id are two readings of the same event at the same words ("Xi said the
    two countries should "…" and help each other …" is read once per clause). They become one
    event, the first, with the parties the others add; a report never holds an id twice."""
    kept: dict[str, EventDraft] = {}
    for event in events:
        first = kept.get(event.id)
        if first is None:
            kept[event.id] = event
            continue
        kept[event.id] = replace(first, source=union(first.source, event.source),
                                 target=union(first.target, event.target))
    return list(kept.values())


def union(refs: tuple[ActorRef, ...], more: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """``refs`` and the references in ``more`` to actors ``refs`` lacks, in order."""
    have = {r.actor for r in refs}
    return (*refs, *(r for r in more if r.actor not in have))


def earlier_agents(drafts: list[Draft], document: Document, coder: Coder,
                   extractor: Extractor | None = None) -> list[Draft]:
    """A stance on an act told before ("India expelled a Canadian diplomat. Ottawa condemned
    the move."): the definite act noun refers back to that event, so the stance is aimed at
    its agent (CAMEO 05/11/12 and PLOVER ACCUSE/SUPPORT/REJECT are aimed at whoever did the
    act; see ``roles.act_agents``). So is a threat to answer it ("would respond to the new
    restrictions": CAMEO 13 is aimed at whoever the response is for). Only when the
    sentence itself names no target and the object is an anaphoric act noun
    (:func:`roles.anaphoric_act`).

    The act referred to is a deed, never another party's reaction to it: in "The bloc
    banned steel imports. Ukraine welcomed the step. Moscow criticised the restrictions",
    the restrictions are the bloc's, not Ukraine's welcome (stances and appeals are not
    referents, unless the noun names one: "rejected the accusations").

    An act noun that names a kind of event ("rejected the accusations", "condemned the
    sanctions", "the measures", "the ruling", "the outcome") refers to the latest event of
    that kind told earlier in the report, however far back; one told with the same word is
    taken first. A bare act noun ("the move", "the decision") refers to the deed of the
    sentence just before, when its events have one agent. The outcome of an agreement or of
    talks belongs to all their parties ("China hailed the outcome" of Armenia and
    Azerbaijan's signing → both). The stance's own source is not its target (a party does
    not condemn its own move; a party welcoming the outcome of its own talks welcomes the
    other party's part). A host of a gathering told before ("It was hosted by Qatar", "the
    talks were hosted by …") acts towards that gathering's parties (PLOVER CONSULT).

    A bare act noun with no deed in the sentence before ("Russia condemned the decision"
    after a sentence of background) refers to the report's news: the first deed the report
    tells, by another party. A document noun ("the resolution", "the motion", "the decree")
    refers to the latest earlier mention of the same noun, and is aimed at whoever adopted,
    passed or voted for it there (the subject of its verb: "The Assembly voted for a
    resolution … Israel denounced the resolution" → the Assembly), coded or not.

    A warning with no target and no act noun ("Tehran vowed to take all necessary
    measures") answers an act: it is aimed at whom the warner's stance just before was
    aimed at ("Moscow condemned the move … and warned …", the same or the previous
    sentence), else at whoever did the latest deed towards the warner told before (PLOVER
    THREATEN is aimed at the party threatened; the threatened party is the one the warner
    is answering). So is an official protest or complaint that names no party ("Manila
    said it had lodged a diplomatic protest" after Chinese ships rammed its boat: CAMEO
    114 is aimed at the party complained about)."""
    doc = document.doc
    assert doc is not None
    out: list[Draft] = []
    for draft in drafts:
        plover = coder.ontology.code(draft.cameo).plover
        if plover == "ASSAULT" and draft.source and counter_deed(draft, document):
            span = doc.char_span(*draft.trigger, alignment_mode="expand")
            answered = [] if span is None else [
                a for a in answered_party(draft, span[0], out, drafts, document, coder,
                                          same_sentence=True) if a not in draft.source]
            out.append(replace(draft, target=answered) if answered else draft)
            continue
        if plover in YIELD_TYPES and not draft.target and draft.source:
            undone = undone_target(draft, drafts, document, coder)
            out.append(replace(draft, target=undone) if undone else draft)
            continue
        if draft.target or not draft.source or (plover not in STANCE_TYPES and plover not in (
                "THREATEN", "CONSULT", "PROTEST")):
            out.append(draft)
            continue
        span = doc.char_span(*draft.trigger, alignment_mode="expand")
        acts = [] if span is None else [  # an actor noun ("the opposition") is no act
            t for t in referring_acts(span[0], plover, coder) if not any(
                m.start <= t.idx < m.end for m in document.mentions)]
        if span is not None and not acts and (plover == "THREATEN"
                                              or draft.cameo.startswith(OFFICIAL_PROTEST)):
            answered = [a for a in answered_party(draft, span[0], out, drafts, document, coder)
                        if a not in draft.source]
            out.append(replace(draft, target=answered) if answered else draft)
            continue
        if span is None or not acts:
            out.append(draft)
            continue
        if acts[0].lemma_.lower() in DOCUMENT_NOUNS and extractor is not None:
            adopters = [a for a in document_agent(acts[0], extractor)
                        if a not in draft.source]
            if adopters:
                out.append(replace(draft, target=adopters))
                continue
        sentence = span[0].sent
        kind = "CONSULT" if plover == "CONSULT" else act_kind(acts[0], coder)
        joint = kind in ("CONSULT", OUTCOME, SETTLED)  # a party may speak of its own talks
        # a deed told before the stance: in an earlier sentence, or earlier in the stance's
        # own sentence ("Russia attacked Ukraine on Friday and Iran condemned the attack")
        told = [d for d in drafts if d.source and (
                    d.trigger[0] < sentence.start_char
                    or d.trigger[1] <= draft.trigger[0] and d.trigger[0] >= sentence.start_char)
                and not d.negated and (joint or not set(d.source) & set(draft.source)
                                       and not own_state(d.source, draft.source, document))]
        agent: list[str] = []
        kinded = [d for d in told if kind is not None and of_kind(d, kind, coder)
                  and not embedded_intent(d, doc)]
        lemma = acts[0].lemma_.lower()
        adjacent = False
        named = kind is not None or lemma not in ACT_NOUNS  # an act named, not "the move"
        if not kinded and lemma not in NOUN_KINDS and named:
            # an event noun no act of its own type was told before: it refers to an act of
            # its family (the CAMEO quad class: "blew up the roads" is 171, "the demolition"
            # 18x, both material conflict), or one told with a verb of its stem ("formed a
            # government … welcomed the formation"); else to nothing told, and the target
            # stays open ("rejected the truce proposal" after a missile strike)
            kinded = [d for d in told if not embedded_intent(d, doc) and (
                kind is not None and family(d, kind, coder)
                or stem_of(acts[0], trigger_lemma(d, document)))]
            if kinded:
                kind = frozenset(coder.ontology.code(d.cameo).plover for d in kinded)
            elif kind is not None or not nominalisation(acts[0]):
                out.append(draft)
                continue
            else:  # a nominalisation the lexicon does not code ("the legislation"): an act
                adjacent = True  # of the sentence just before, not the report's news
        if kind is not None:  # the latest earlier event of that kind, by another party;
            told = kinded
            # a deed told only as the cause of another ("fired missiles … in retaliation
            # for US strikes") is background: a later "condemned the attack" is about the
            # news, the act told in its own clause, when the report has one
            told = [d for d in told if not cause_adjunct(d, doc)] or told
            # an act done is what is condemned, before one only announced ("imports will be
            # banned from January" after "adopted sanctions": the measures are the adopted)
            told = [d for d in told if d.modality in REALIS] or told
            # first the latest told in the same word ("carried out strikes … condemned
            # the strikes")
            same = [d for d in told if trigger_lemma(d, document) == acts[0].lemma_.lower()]
            # then the latest told with the noun's own code ("seized a ship … condemned the
            # seizure": CAMEO 171 both), before any other act of its type
            code = noun_code(acts[0], coder)
            coded = [d for d in told if code is not None and d.cameo.startswith(code)]
            if told:
                agent = parties((same or coded or told)[-1], kind)
        else:
            before = doc[sentence.start - 1].sent if sentence.start > 0 else None
            # an agentless or not (yet) real deed just before ("Imports will be banned
            # from January") is no act of anyone's to condemn: look further back
            told_before = [d for d in drafts if before is not None and d.source
                           and d.modality in REALIS
                           and before.start_char <= d.trigger[0] < before.end_char]
            agents = {tuple(d.source) for d in told if before is not None
                      and before.start_char <= d.trigger[0] < before.end_char
                      and d.modality in REALIS and not reaction(d, coder)}
            agent = list(agents.pop()) if len(agents) == 1 else []
            if not any(not reaction(d, coder) for d in told_before):
                # nothing done just before (nothing told, or only reactions to the news:
                # "Russia welcomed the decision. The EU condemned the move."): the news
                lead = [d for d in told if not reaction(d, coder)]
                stances = {d.trigger[0] for d in drafts if reaction(d, coder)}
                decided = uncoded_deed(before, document, stances, extractor) if before is not None \
                    else None
                agent = decided if decided is not None else list(lead[0].source) if (
                    lead and not adjacent) else []
        agent = [a for a in agent if a not in draft.source]
        if not agent:
            out.append(draft)  # no single agent, or the stance's own act
            continue
        out.append(replace(draft, target=agent))
    return out


REALIS = ("asserted", "reported")
# a protest lodged, a complaint filed (CAMEO 114) with no party named answers a deed as a
# warning does: "Chinese ships rammed a Philippine boat … Manila lodged a diplomatic protest"
OFFICIAL_PROTEST = "114"

# sectors that speak and act as the state itself (its government, its armed forces)
STATE_ORGANS = frozenset({"GOV", "MIL"})


def own_state(deed: list[str], stance: list[str], document: Document) -> bool:
    """The deed is the stance-taker's own state's: both sides are one state acting as itself
    (the state by name, its government or armed forces). A government does not condemn or
    welcome its own army's act as another party's ("South Korea's military fired warning
    shots … The unification ministry condemned the demolition": the North's); the
    opposition, the courts or the police are parties of their own ("the opposition
    criticised the arrests" by the police of its country)."""
    def organ(actor_id: str) -> str | None:
        actor = document.actors.get(actor_id)
        if actor is None or actor.country is None:
            return None
        state = actor.sector in STATE_ORGANS or actor.sector is None and actor.kind == "state"
        return actor.country if state else None

    mine = {organ(a) for a in stance} - {None}
    theirs = {organ(a) for a in deed}
    return bool(mine) and None not in theirs and theirs <= mine

# the nouns of a cause adjunct: "in retaliation for", "in response to", "in revenge for"
CAUSE_NOUNS = {"retaliation", "response", "revenge", "reprisal", "reaction", "answer",
               "punishment", "retribution"}


def cause_adjunct(draft: Draft, doc: Doc) -> bool:
    """The act is told inside a cause or purpose adjunct of another ("fired missiles at the
    base in retaliation for US strikes", "in response to the sanctions"): background to the
    clause's own event, a weak antecedent for a later act noun."""
    span = doc.char_span(*draft.trigger, alignment_mode="expand")
    if span is None:
        return False
    for token in span.root.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.lemma_.lower() in CAUSE_NOUNS and token.dep_ == "pobj" and (
                token.head.lower_ in ("in", "as")):
            return True
    return False


def family(draft: Draft, kind: str | frozenset[str], coder: Coder) -> bool:
    """The draft is of the kind's family: an act of the same CAMEO quad class (verbal or
    material, cooperation or conflict) as the PLOVER type(s) the noun names."""
    kinds = {kind} if isinstance(kind, str) else set(kind)
    quads = {coder.ontology.plover[k].quad_class for k in kinds if k in coder.ontology.plover}
    return coder.ontology.code(draft.cameo).quad_class in quads


def stem_of(noun: Token, verb: str | None) -> bool:
    """The noun is made of the verb ("formation" of "form", "demolition" of "demolish",
    "closure" of "close", "proposal" of "propose"): they share a stem of at least four
    letters that is most of the verb."""
    if not verb or noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    common = len(os.path.commonprefix([lemma, verb]))
    return common >= 4 and common >= len(verb) - 2


def embedded_intent(draft: Draft, doc: Doc) -> bool:
    """A deed only intended, planned or supposed inside a relative clause ("a plot in which
    Ukraine was preparing attacks"): part of the description of something else, not an act
    a later "condemned the attacks" can be aimed at."""
    if draft.modality in REALIS:
        return False
    span = doc.char_span(*draft.trigger, alignment_mode="expand")
    return span is not None and any(t.dep_ == "relcl" for t in (span[0], *span[0].ancestors))


# Verbs a bare act noun ("the decision", "the move") can name: a body deciding or adopting.
DECIDING_VERBS = {"decide", "approve", "adopt", "vote", "pass", "rule", "choose", "endorse",
                  "ratify", "enact", "order", "announce", "resolve", "agree", "back"}
SAYING_VERBS = {"say", "tell", "add", "note", "report", "state", "write", "explain", "claim"}


def uncoded_deed(before: Span, document: Document, stances: set[int],
                 extractor: Extractor | None) -> list[str] | None:
    """A decision told in the sentence just before a bare act noun (``before``, where
    nothing was coded): "Hungary's parliament approved the budget. The opposition condemned
    the decision." The noun names that act, not the report's news: its deciders (the
    actors of the verb's subject; none when unresolved), or None when the sentence tells no
    decision. Reactions (``stances``: their triggers' offsets) and what a speaker says are
    no acts the noun refers to."""
    for token in before:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma not in DECIDING_VERBS or token.idx in stances or any(
                a.lemma_.lower() in SAYING_VERBS for a in token.ancestors):
            continue
        if any(condition_mark(t) for t in (token, *token.ancestors)):
            continue  # "… unless the Council adopts a resolution": a condition, no deed
        subjects = [c for c in children_of(token) if c.dep_ == "nsubj"]
        if extractor is not None:
            return extractor.resolve(subjects, modality_of([token]))
        return [m.actor for c in subjects for m in document.mentions_in(
            c.left_edge.idx, c.idx + len(c.text))][-1:]
    return None


# Nouns for a document a body adopts, passes or votes for: it refers back to the earlier
# mention of the same noun, whoever adopted it there.
DOCUMENT_NOUNS = {"resolution", "motion", "decree", "bill"}


def document_agent(noun: Token, extractor: Extractor) -> list[str]:
    """Who adopted, passed or voted for the latest earlier mention of ``noun``'s lemma: the
    subject of the verb it is the object of ("adopted a resolution") or whose prepositional
    object it is ("voted for a resolution")."""
    doc = noun.doc
    lemma = noun.lemma_.lower()
    for token in reversed(doc[:noun.sent.start]):
        if token.lemma_.lower() != lemma:
            continue
        verb = token.head
        if token.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif token.dep_ not in ("dobj", "nsubjpass"):
            continue
        subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subject is not None:
            return extractor.resolve([subject], modality_of([verb]))
    return []


def answered_party(draft: Draft, trigger: Token, done: list[Draft], drafts: list[Draft],
                   document: Document, coder: Coder, same_sentence: bool = False
                   ) -> list[str]:
    """Whom a warning with no target answers (see :func:`earlier_agents`): the target of
    the warner's own stance in the same or the previous sentence (``done``: drafts with
    their targets already settled), else the source of the latest deed told before that
    was aimed at the warner (``same_sentence``: also one told earlier in its own sentence,
    "X opened fire on Y's patrol, and Y's troops returned fire")."""
    sentence, doc = trigger.sent, trigger.doc
    start = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else (
        sentence.start_char)
    mine = {party(a, document) for a in draft.source}
    stances = [d for d in done if start <= d.trigger[0] < draft.trigger[0] and d.target
               and coder.ontology.code(d.cameo).plover in STANCE_TYPES
               and set(d.source) == set(draft.source)]  # the same actor, not its state
    if stances:
        return list(stances[-1].target)
    before = draft.trigger[0] if same_sentence else sentence.start_char
    deeds = [d for d in drafts if d.trigger[1] <= before and d.source
             and not reaction(d, coder) and not d.negated
             and mine & {party(a, document) for a in d.target}
             and not mine & {party(a, document) for a in d.source}]
    return list(deeds[-1].source) if deeds else []


# PLOVER types of undoing a measure: easing or lifting it (CAMEO 08), withdrawing it
YIELD_TYPES = frozenset({"CONCEDE", "RETREAT"})


def undone_target(draft: Draft, drafts: list[Draft], document: Document, coder: Coder
                  ) -> list[str]:
    """Whom lifting or easing a measure told before is aimed at: the measure's target.
    "Washington imposed tariffs on Canadian steel in March. On Friday it lifted the tariffs"
    → Canada; "Yoon declared martial law … he lifted martial law" → whom the decree was
    aimed at (CAMEO 08, yielding, is aimed at the party the measure was imposed on). The
    object names the measure: a noun of its kind ("the tariffs" → SANCTION), or the word it
    was told with ("martial law"); the measure is the same party's, told earlier, with a
    target; the latest such."""
    doc = document.doc
    assert doc is not None
    span = doc.char_span(*draft.trigger, alignment_mode="expand")
    if span is None:
        return []
    verb = span[0]
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")
               and c.pos_ == "NOUN" and not any(m.start <= c.idx < m.end
                                                for m in document.mentions)]
    if not objects:
        return []
    mine = {party(a, document) for a in draft.source}
    told = [d for d in drafts if d.trigger[1] <= draft.trigger[0] and d.target
            and not d.negated and mine & {party(a, document) for a in d.source}
            and not set(draft.source) & set(d.target)]  # a state's decree on itself counts
    for noun in objects:
        kind = act_kind(noun, coder)
        lemma = noun.lemma_.lower()
        # a noun of the measure's kind refers back only as a definite act noun ("the
        # tariffs"; not "its travel ban", another measure of that kind)
        referring = kind is not None and kind not in (OUTCOME, SETTLED) and anaphoric_act(
            noun, coder.lexicon, nominal=True)
        named = [d for d in told if trigger_lemma(d, document) == lemma
                 or referring and kind is not None and of_kind(d, kind, coder)]
        if named:
            return list(named[-1].target)
    return []


# verbs of a counter-deed: "retaliated", "returned fire", "responded with strikes", and any
# verb of force with "back" ("hit back", "struck back", "fired back")
COUNTER_VERBS = {"retaliate", "respond", "return"}


def counter_deed(draft: Draft, document: Document) -> bool:
    """An act of force told as the answer to one done to its agent, with no party of its own
    ("Israel retaliated with air strikes", "its troops returned fire", "hit back"): it is
    aimed at whoever did that deed (see :func:`answered_party`). A target that is only the
    agent's own state (a fallback's reading of "returned fire") is no party of its own."""
    doc = document.doc
    span = doc.char_span(*draft.trigger, alignment_mode="expand") if doc is not None else None
    if span is None:
        return False
    verb = span[0]
    lemma = verb.lemma_.lower()
    if not (lemma in COUNTER_VERBS and (lemma != "return" or any(
            c.dep_ == "dobj" and c.lower_ == "fire" for c in children_of(verb)))
            or any(c.dep_ == "prt" and c.lower_ == "back" for c in children_of(verb))):
        return False
    mine = {party(a, document) for a in draft.source}
    return all(party(a, document) in mine for a in draft.target)


def party(actor_id: str, document: Document) -> str:
    actor = document.actors.get(actor_id)
    return (actor.country or actor.code or actor_id) if actor is not None else actor_id


def reaction(draft: Draft, coder: Coder) -> bool:
    """A reaction to acts, not what a bare act noun refers back to: a stance on one (CAMEO
    05/11/12) or an appeal (CAMEO 02: "urged the bloc to go further"); a demand or order
    (CAMEO 10: "Maduro ordered the oil company to issue licences") is a deed."""
    return coder.ontology.code(draft.cameo).plover in STANCE_TYPES or draft.cameo.startswith(
        "02")
# Codes whose parties are all the event's sides (an agreement, talks, a signing).
JOINT_CODES = ("03", "04", "057")
MEDIATION = ("043", "045")  # host, mediate: the host or mediator is not a party


def referring_acts(trigger: Token, plover: str, coder: Coder) -> list[Token]:
    """The anaphoric act nouns a stance, threat or host is about: the object of a stance
    ("condemned the measures"), of "respond to"/"retaliate against" for a threat, the
    patient of a host ("It was hosted by …", "The talks were hosted by …")."""
    if plover == "CONSULT":
        if trigger.lemma_.lower() not in HOST_VERBS:
            return []
        return [t for t in children_of(trigger) if t.dep_ == "nsubjpass" and (
            t.lower_ == "it" or anaphoric_act(t, coder.lexicon) and t.lemma_.lower() in
            GATHERING_NOUNS)]
    found = [t for t in children_of(trigger) if t.dep_ in ("dobj", "nsubjpass")]
    if plover == "THREATEN":  # "would respond to …", "vowed to retaliate against …"
        verbs = [trigger, *(c for c in children_of(trigger) if c.dep_ == "xcomp")]
        found = [g for v in verbs for c in children_of(v) if c.dep_ == "prep" and c.lower_ in (
            "to", "against") for g in children_of(c) if g.dep_ == "pobj"]
    return [t for t in found if anaphoric_act(t, coder.lexicon, nominal=True)]


def parties(draft: Draft, kind: str | frozenset[str]) -> list[str]:
    """Who an act told before is by: its source; for an agreement or talks, every side."""
    if draft.cameo.startswith(JOINT_CODES) and kind in ("CONSULT", OUTCOME, SETTLED):
        return [*draft.source, *(a for a in draft.target if a not in draft.source)]
    return list(draft.source)


def of_kind(draft: Draft, kind: str | frozenset[str], coder: Coder) -> bool:
    if kind == OUTCOME:  # (a mediator's act is not the agreement its parties made)
        return draft.cameo.startswith(JOINT_CODES) and not draft.cameo.startswith(MEDIATION)
    if kind == SETTLED:  # "the deal", "the agreement": agreed or signed, not talks
        return draft.cameo.startswith(AGREED_CODES)
    plover = coder.ontology.code(draft.cameo).plover
    return plover == kind if isinstance(kind, str) else plover in kind


def trigger_lemma(draft: Draft, document: Document) -> str | None:
    doc = document.doc
    assert doc is not None
    span = doc.char_span(*draft.trigger, alignment_mode="expand")
    return span[0].lemma_.lower() if span is not None else None


# Act nouns that name a kind of act without being a trigger of their own ("rejected the
# accusations" refers back to an accusation, "the measures" to sanctions or coercion, "the
# ruling" to a court's order, "the outcome" to an agreement or talks).
OUTCOME = frozenset({"outcome"})
# an agreement noun names what was agreed or signed (CAMEO 03, 057), not the talks before it
SETTLED = frozenset({"settled"})
AGREED_CODES = ("03", "057")
NOUN_KINDS: dict[str, str | frozenset[str]] = {
    **dict.fromkeys(("accusation", "allegation", "charge", "claim"), "ACCUSE"),
    **dict.fromkeys(("measure", "restriction", "penalty", "package", "curb", "ban"),
                    frozenset({"SANCTION", "COERCE"})),
    **dict.fromkeys(("ruling", "verdict", "judgment", "judgement", "sentence"),
                    frozenset({"COERCE", "REQUEST", "SANCTION"})),
    **dict.fromkeys(("outcome", "result"), OUTCOME),
    **dict.fromkeys(("deal", "agreement", "accord", "pact", "treaty", "declaration"), SETTLED),
}


def noun_code(token: Token, coder: Coder) -> str | None:
    """The CAMEO code an event noun is coded with ("seizure" → 171), or None."""
    found = candidate_at(token, coder.lexicon)
    if found is None or found.meaning is None or found.entry.pos != "noun":
        return None
    return coder.base(found.meaning)[0]


def act_kind(token: Token, coder: Coder) -> str | frozenset[str] | None:
    """The PLOVER type(s) of the act an act noun names ("the sanctions" → SANCTION, "the
    accusations" → ACCUSE, "the measures" → SANCTION or COERCE), :data:`OUTCOME` for an
    agreement or its outcome, or None for a bare act noun ("the move")."""
    lemma = token.lemma_.lower()
    if lemma in NOUN_KINDS:
        return NOUN_KINDS[lemma]
    found = candidate_at(token, coder.lexicon)
    if found is None or found.meaning is None or found.entry.pos != "noun":
        return None
    code = coder.base(found.meaning)[0]
    return coder.ontology.code(code).plover if code in coder.ontology.cameo else None


def reciprocal(draft: Draft, document: Document) -> list[Draft]:
    """A symmetric act of two parties with no other party named ("Thailand and Cambodia
    agreed to a ceasefire", "Peru and Bolivia held talks") is each party's act towards the
    other: one event per direction, A → B and B → A, as CAMEO coders (PETRARCH) code
    reciprocal events. So a dyad query finds it from either side, and neither event has its
    source as its target. Symmetric acts are the undirected CAMEO codes of
    :func:`eventwire.events.compatible.symmetric` (talks, meetings, cooperation, signing)
    and agreements (03: an agreement of two parties is with each other). Any act told with a
    reciprocal pronoun or a verb of exchange ("accused each other", "exchanged fire":
    :func:`roles.mutual`) is symmetric by its wording, whatever was read as its target.

    Three or more parties stay one event with all of them as source and no target: the
    PLOVER manual's reading of compound and reciprocal actors ("Compound and Reciprocal
    Actors"), which avoids the n × (n − 1) events CAMEO makes of a meeting of many. The
    merge stage keeps the two directions apart (the same mention) but lets later mentions
    of the event join them."""
    doc = document.doc
    span = doc.char_span(*draft.trigger, alignment_mode="expand") if doc is not None else None
    each_other = span is not None and (  # "accused each other": any code
        mutual(span[0]) and not on_one_side(span[0]) or fought_each_other(span[0]) and (
            not draft.target or draft.confidence <= FALLBACK_CONFIDENCE))
    if draft.negated or not each_other and (draft.target or not (
            symmetric(draft.cameo) or draft.mutual or draft.cameo.startswith("03"))):
        return [draft]
    parties = [document.actors.get(a) for a in draft.source]
    if len(parties) != 2 or any(p is None or p.members for p in parties):
        return [draft]
    first, second = draft.source
    keys = {side_key(p) for p in parties if p is not None}
    if len(keys) != 2:
        return [draft]  # a minister and their own state are one party
    return [replace(draft, source=[first], target=[second], reciprocal=True),
            replace(draft, source=[second], target=[first], reciprocal=True)]


# verbs of combat that are symmetric predicates: "A and B clashed" is A clashing with B and
# B with A ("The two armies fought", "Thailand and Cambodia clashed along the border")
FIGHT_VERBS = {"clash", "fight", "battle", "skirmish"}


# modifiers that make the subjects of a verb of combat co-agents on one side, not each
# other's foes: "fought together", "jointly", "side by side", "alongside each other"
ALLIED_MODIFIERS = frozenset({"together", "jointly", "alongside", "beside", "side"})
# "fought as allies", "as partners", "as comrades"
ALLY_NOUNS = frozenset({"ally", "partner", "comrade", "coalition"})


def fought_each_other(token: Token) -> bool:
    """A verb of combat with no party of its own besides its subjects (no object, no
    "with"/"against" phrase) and told of no side they share ("together", "side by side",
    "as allies"): its coordinated subjects fought each other. A place the fallback read as
    the target ("fought in Khartoum") is where, not whom."""
    return token.pos_ == "VERB" and token.lemma_.lower() in FIGHT_VERBS and not any(
        c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("with", "against")
        or fought_on_one_side(c) for c in children_of(token))


def on_one_side(token: Token) -> bool:
    """Whether the act's subjects are told to act on one side ("fought alongside each
    other": a reciprocal pronoun after "alongside" is no party)."""
    return any(fought_on_one_side(c) for c in children_of(token))


def fought_on_one_side(modifier: Token) -> bool:
    """Whether a modifier of a verb of combat makes its subjects allies ("fought together",
    "side by side", "alongside each other", "as allies", "on the same side")."""
    if modifier.dep_ in ("advmod", "npadvmod", "prep") and modifier.lower_ in ALLIED_MODIFIERS:
        return True
    if modifier.dep_ != "prep" or modifier.lower_ not in ("as", "on"):
        return False
    return any(
        o.dep_ == "pobj" and (o.lemma_.lower() in ALLY_NOUNS if modifier.lower_ == "as" else
                              o.lower_ == "side" and any(a.lower_ == "same"
                                                         for a in children_of(o)))
        for o in children_of(modifier))


def side_key(actor: ActorDraft) -> str:
    """The side an actor is on in a two-party act: its state for the state and its organs
    (a minister and their own state are one party), the body itself for rebels, insurgents
    and the opposition ("The Ethiopian government and the TPLF agreed …": two sides of one
    country, as CAMEO codes them ETHGOV and ETHREB)."""
    if actor.sector in NON_STATE_SECTORS and actor.kind != "state":
        return actor.code or actor.id
    return actor.country or actor.code or actor.id


def domestic_sides(source: tuple[ActorRef, ...], target: tuple[ActorRef, ...]
                   ) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    """A state agreeing or meeting with a non-state party of its own country (rebels, the
    opposition) acts as its government: CAMEO codes "the Ethiopian government" facing the
    TPLF as ETHGOV, not as the whole country (ETH), which the rebels are part of. (Only for
    agreements and talks, where the state is a side at the table; a town shelled by rebels
    is a place, not the government.)"""
    def domestic(refs: tuple[ActorRef, ...], other: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        rivals = {r.country for r in other if r.sector in NON_STATE_SECTORS and r.country}
        return tuple(replace(r, sector="GOV", code=f"{r.country}GOV")
                     if r.country in rivals and r.code == r.country and r.sector is None
                     else r for r in refs)
    return domestic(source, target), domestic(target, source)


def to_event(draft: Draft, document: Document, coder: Coder, actors: ActorLexicon
             ) -> EventDraft:
    code = coder.ontology.code(draft.cameo)
    ptype = coder.ontology.plover[code.plover]
    start, end = draft.trigger
    home = sentence_home(document, *draft.sentence)
    sides = (actor_refs(draft.source, document, actors, home),
             actor_refs(draft.target, document, actors, home, target=True))
    if draft.cameo.startswith(JOINT_CODES):  # an agreement or talks of two domestic sides
        sides = domestic_sides(*sides)
    return EventDraft(
        id=record_id("ev", document.article.id, code.plover, code.code, start, end,
                     *(("reciprocal", *draft.source) if draft.reciprocal else ())),
        plover=cast(PloverType, code.plover),  # the ontology's PLOVER types
        cameo=code.code, quad_class=code.quad_class,
        goldstein=code.goldstein,
        source=sides[0], target=sides[1],
        evidence=evidence(draft.sentence, draft.trigger, document),
        mode=code.plover_mode if code.plover_mode in ptype.modes else None,
        context=code.context, negated=draft.negated, modality=cast(Modality, draft.modality),
        quote_id=draft.quote_id,
        mentions=tuple(evidence(s, t, document) for s, t in draft.extra),
        confidence=draft.confidence, weak=draft.weak,
    )


def evidence(sentence: tuple[int, int], trigger: tuple[int, int], document: Document) -> Evidence:
    return Evidence(sentence=trimmed(document, *sentence), trigger=document.span(*trigger))


def trimmed(document: Document, start: int, end: int) -> Offsets:
    """Sentence offsets without surrounding whitespace (or a blanked dateline after a title)."""
    text = document.nlp_text or document.text
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Offsets(start, end)

