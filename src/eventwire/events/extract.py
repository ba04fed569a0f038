"""One pass over a parsed document: trigger candidates → coded event drafts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy
from spacy.attrs import POS
from spacy.parts_of_speech import IDS as POS_IDS  # type: ignore[import-not-found]
from spacy.tokens import Doc, Span, Token

from eventwire.actors.states import state_actor
from eventwire.document import Document, Mention
from eventwire.events.arguments import (
    EXPELLING_VERBS,
    FIRST_PERSON,
    PRONOUNS,
    STATE_ACT_TYPES,
    MentionIndex,
    argument_actors,
    implied_state,
    lent_country,
    main_country,
    name_country,
    sentence_home,
    speaker_actor,
    state_agent,
    state_of,
)
from eventwire.events.coding import CODE_STANCES, Coder
from eventwire.events.compatible import symmetric
from eventwire.events.fallbacks import (
    VENUE_PREPS,
    condition_subjects,
    country_of,
    domestic_target,
    forum_respondents,
    implicit_recipients,
    nested_objects,
    respondents,
    stranded_verb,
)
from eventwire.events.governors import COMMAND_VERBS, Link, chain
from eventwire.events.implicit_targets import (
    ADJUNCT_TYPES,
    OBJECT_TYPES,
    PLACE_TYPES,
    adjunct_parties,
    object_parties,
    place_states,
)
from eventwire.events.learned.candidates import learned_triggers
from eventwire.events.learned.model import EventClassifier
from eventwire.events.matching import (
    CONFIDENCE,
    EVALUATING_VERBS,
    FALLBACK_CONFIDENCE,
    LEAVE_VERBS,
    POS_KIND,
    PROTEST_TOPIC_TYPES,
    Candidate,
    act_types,
    candidate_at,
    evaluated_object,
    evaluated_position,
    outcome_head,
    purpose_head,
    standing_state,
)
from eventwire.events.means import AIR_HEADS, means_code, military_bombing
from eventwire.events.modality import (
    ALLEGING_VERBS,
    HOPE_FORMS,
    PLAN_VERBS,
    Modality,
    claimed_content,
    condition_mark,
    is_negator,
    modality_of,
)
from eventwire.events.nonparties import no_party_deed
from eventwire.events.protests import protest_code
from eventwire.events.rehearsals import civil_alert, exercise_code
from eventwire.events.roles import (
    TOPIC_PREPS,
    act_agents,
    addressees,
    agent_of,
    anaphoric_act,
    appeal_index,
    border_partners,
    complement_tokens,
    is_passive,
    noun_agent,
    noun_partners,
    noun_source,
    owner_of_object,
    participle_agent,
    participle_controller,
    prep_slot,
    received_from,
    reduced_passive,
    reporting_conjunct,
    source_tokens,
    subject_of,
    target_tokens,
    venue_tokens,
)
from eventwire.geo import Gazetteer
from eventwire.lexicon.actors import ActorLexicon
from eventwire.lexicon.triggers import CODE, Trigger, TriggerLexicon
from eventwire.token_lookup import children_of, conjuncts_of

# Event types whose target is often the source's own leaders ("demanded that President X …").
# weapons and platforms that strike for their owner ("its jets struck", "their drones hit")
FORCE_MEANS = AIR_HEADS | {"missile", "rocket", "artillery", "tank", "warship", "gunboat"}
OWNER_PRONOUNS = {"its", "their"}
HOME_TYPES = {"PROTEST", "ASSAULT", "COERCE"}  # no named target: the source's own state
DOMESTIC_TYPES = {"REQUEST", "REJECT", "PROTEST", "ACCUSE", "THREATEN", "COERCE", "SANCTION"}
# Material acts (and threats of them) with no named target hit the place they happen in:
# "suspended aid deliveries in Baghdad" → IRQ, "fired shells at targets in Jericho" → PSE.
LOCATED_TYPES = {"AID", "ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"}
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout"}
# Stances on another's act: aimed at the act's agent ("condemned the killing ... by X").
STANCE_TYPES = {"ACCUSE", "SUPPORT", "REJECT"}
# Acts aimed at another party: a fallback (home, place) never makes their source its target.
OUTWARD_TYPES = {"ASSAULT"}


@dataclass
class Draft:
    """An event before ids and ontology fields are attached."""

    cameo: str
    source: list[str]
    target: list[str]
    negated: bool
    modality: str
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    quote_id: str | None = None
    weak: bool = False  # no source: only kept as extra evidence of a fuller event
    extra: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    confidence: float = 1.0  # see matching.CONFIDENCE; FALLBACK_CONFIDENCE for fallback sides
    reciprocal: bool = False  # one direction of a reciprocal event (see build.reciprocal)
    # an act on the ties or relations between its parties ("A and B restored ties"): with
    # no other party named it is reciprocal whatever its code (see build.reciprocal)
    mutual: bool = False


# "in exchange for", "in return for", "in a swap for": the other side of a prisoner swap
SWAP_NOUNS = {"exchange", "return", "swap", "trade"}
# PETRARCH2's ATTACK (the PHYSICAL_CONFLICT verbs, 190) in the TRANSFORMATIONS: CAMEO roots of
# physical force (assault, fight, unconventional mass violence)
ATTACK_ROOTS = ("18", "19", "20")
NON_STATE_SECTORS = {"REB", "OPP", "INS", "SEP", "UAF", "CRM"}
# the state's armed and police bodies: an order to them is the state's own deed
FORCE_SECTORS = {"MIL", "COP", "SPY"}
NOT_COMMANDING = {"JUD", "LEG"}
RELATION_NOUNS = {"tie", "relation", "relationship"}
ORDERED_RETREAT = Trigger(key="order own forces to leave", lemma="leave", pos="verb",
                          frame="retreat", target=("from",), where="built-in rule (CAMEO 087)")
NEWS_SOURCE_SECTORS = {"COP", "MED", "HLH", "CVL", "EDU", "BUS"}
# the parties of a civil war: "the Sudanese army said the RSF had shelled El Fasher"
ARMED_SECTORS = {"MIL", "GOV", "REB", "INS", "SEP", "UAF"}
# reporting verbs that tell the speaker's own act or decision, not another's deed ("Israel
# announced daily pauses in fighting"): no accusation (PETRARCH2's SAY is a claim about b)
OWN_ACT_REPORTERS = {"announce", "declare", "proclaim", "unveil"}
# nouns that stop fighting: "a pause in fighting", "a halt to the shelling" tells no attack
HALT_NOUNS = {"pause", "halt", "stop", "end", "ceasefire", "cessation", "truce", "lull",
              "suspension", "break", "respite"}


# acts that are not speech: a demand made by way of them is no verbal request
DEMANDING_ACTS = {"PROTEST", "COERCE", "ASSAULT", "MOBILIZE", "SANCTION"}


def purpose_controller(token: Token) -> Token | None:
    """The verb a purpose infinitive hangs on ("blockaded Paris [to demand] …")."""
    if token.dep_ not in ("advcl", "xcomp") or token.head.i == token.i or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
        return None
    return token.head if token.head.pos_ in ("VERB", "AUX") else None


def halted(token: Token) -> bool:
    """The attack word is the complement of a noun that stops it ("pauses in fighting")."""
    head = token.head
    if head.dep_ == "prep" and head.head.i != head.i:
        head = head.head
    return head.i != token.i and head.lemma_.lower() in HALT_NOUNS


def speech_act(tokens: list[Token], links: list[Link]) -> list[Token]:
    """The tokens whose modality counts: from the governor that sets the code upwards
    ("dismissed the possibility of talks" is an asserted refusal)."""
    for position in range(len(links) - 1, -1, -1):
        if links[position].stance in CODE_STANCES:
            return tokens[position + 1:]
    return tokens


# Verbs whose object is a deed kept from happening ("aims to block EU sanctions", "vetoed
# the sanctions", "prevented an attack"): that deed is no event of its own (its would-be
# actor is not acting); the obstruction is coded from the verb itself where the lexicon has it
OBSTRUCTING_VERBS = {"block", "veto", "oppose", "prevent", "obstruct", "thwart", "foil",
                     "derail", "avert", "stall"}


SELF_INTENT_VERBS = {"seek"}
FORECAST_VERBS = {"expect", "predict", "forecast"}
# raising adjectives of likelihood: "X is likely / bound to <deed>" is the writer's (or an
# analyst's) forecast, like "is expected to", not X's deed nor X's plan (review s12 F9);
# "is set / due / poised / about to" state what is scheduled and stay future
FORECAST_FORMS = {"likely", "bound"}


def obstructed(tokens: list[Token]) -> bool:
    return any(t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_ in OBSTRUCTING_VERBS
               for t in tokens)


def not_a_deed(tokens: list[Token], links: list[Link]) -> bool:
    """Conditions ("unless Baghdad accepted …") and obligations ("he must resign") that no
    governor turns into a demand are not events; nor is a deed an obstruction verb takes as
    its object (``obstructed``)."""
    top = tokens[-1]
    if top.dep_ == "advcl" and (condition_mark(top) or ultimatum_clause(top)):
        return True
    if any(t.dep_ == "advcl" and condition_mark(t) for t in top.ancestors):
        return True  # inside a condition ("unless X arranged a truce with rebels [fighting]")
    if any(condition_conjunct(t) for t in tokens):
        return True
    if any(link.stance in ("demand", "appeal") for link in links):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should") for t in tokens
               for c in children_of(t))


def ultimatum_clause(clause: Token) -> bool:
    """The "until" clause of an announced deed ("will keep up the strikes until Hamas [frees]
    the hostages"): what the other side must do, not a deed anyone has done (as a condition)."""
    if not any(m.dep_ == "mark" and m.lower_ == "until" for m in children_of(clause)):
        return False
    heads = [clause.head]  # "will keep [bombing] Gaza until …": the announced verb
    while heads[-1].dep_ == "xcomp" and heads[-1].head.i != heads[-1].i:
        heads.append(heads[-1].head)
    return modality_of(heads).future


def condition_conjunct(token: Token) -> bool:
    """A predicate of a condition that the parser conjoined to the main clause ("had
    offered to delay the move if Iran restored access, accounted for its uranium and
    [resumed talks] with the US"): coordination joins like with like, so subjectless
    conjuncts whose verb form matches the "if"/"unless" clause before them, and not their
    head's, continue that clause. A condition is not an asserted event (nor one of the main
    clause's subject): it is coded only as what it does to the main event (the target of a
    threat, see ``fallbacks.condition_subjects``)."""
    if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX"):
        return False
    first = token
    while first.head.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    head = first.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(first)):
        return False
    if first.tag_ == head.tag_:
        return False
    return any(c.dep_ == "advcl" and condition_mark(c) and c.i < first.i
               and c.tag_ == first.tag_ for c in head.subtree)


def light_verb_meaning(candidate: Candidate, links: list[Link]) -> tuple[Candidate, list[Link]]:
    """"lodged a protest" is a complaint, "called off a strike" ends a strike: the object
    table of the verb governing an event noun overrides the noun's own meaning."""
    if not links or links[0].candidate is None or candidate.entry.pos != "noun":
        return candidate, links
    verb = links[0].candidate.entry
    own_prep = f"pobj:{verb.second}" if verb.second else None
    if links[0].via not in ("dobj", own_prep) or verb.stance not in ("light", "end"):
        return candidate, links
    meaning = verb.objects.get(candidate.token.lemma_.lower())
    if meaning is None:
        return candidate, links
    entry = replace(candidate.entry, needs_target=verb.needs_target)
    if CODE.fullmatch(meaning):
        # a code in the table is final ("suspended [aid]" → 162): the verb's stance made it
        # and does not shift it again (an "end" of 162 would drop the event)
        links = [replace(links[0], stance=None), *links[1:]]
    return replace(candidate, meaning=meaning, entry=entry), links


def background(top: Token) -> bool:
    """A non-restrictive relative clause ("The soldiers, who had been helping Mali fight
    insurgents, will leave") describes a participant; it is background, not the news
    (PETRARCH codes the main clause; the PLOVER manual codes the reported event)."""
    for token in (top, *top.ancestors):
        if token.dep_ == "relcl":
            if continuative(token) or named_agent(token) and not present_tense(token):
                return False
            before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
            if before is not None and before.text in (",", "—", "–", "("):
                return True
            # "guerrillas who overran it late last month", "the rebels who had seized the
            # town": a relative clause anchored before the report's time (its own earlier
            # date, or past perfect) describes the participant (TimeML), as above
            return token.head.pos_ in ("NOUN", "PROPN", "PRON") and not any(
                c.dep_ == "mark" for c in children_of(token)) and dated_apart(token)
            # (a "that" marking a content clause the parser took for a relative: "the
            # report that Russia had withdrawn …" tells the news)
    return False


RELATIVE_ADVERBS = {"where", "when", "whereupon"}


def present_tense(clause: Token) -> bool:
    """The clause's finite verb is in the present ("which is backed by Iran", "who are allied
    with Tehran", "that has been armed by Iran", "which backs"): said of a participant, a
    relation that holds at the time of the report (a state, TimeML), not a reported event."""
    aux = [c for c in children_of(clause) if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    return (aux[0] if aux else clause).tag_ in ("VBZ", "VBP")


def point_dated(clause: Token) -> bool:
    """The clause carries a date of its own that is a point, not a span ("toppled by
    militants last December", not "funded by Qatar for years" / "since 2021")."""
    for t in clause.subtree:
        if t.ent_type_ != "DATE":
            continue
        up = t
        while up.i != clause.i and not (up.dep_ == "prep" and up.lower_ in SPAN_PREPS):
            up = up.head
        if up.i == clause.i:
            return True
    return False


# prepositions of a span of time: "for years", "since 2021", "over the past decade"
SPAN_PREPS = {"for", "since", "over", "throughout"}


def described_participant(clause: Token, is_actor: Callable[[Token], bool]) -> bool:
    """A participle set off by commas after an actor ("Hamas, funded by Qatar for years,
    rejected …", "Hezbollah, backed by Iran, …") describes that participant as a relative
    clause would ("which is funded by Qatar"): background, not a reported event (PLOVER
    codes events, not standing relations). One with a point date of its own ("the
    government of Assad, toppled by militants last December") still tells a deed, as a
    past relative clause with its agent named does (``named_agent``)."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN" or not is_actor(clause.head):
        return False
    left = clause.left_edge.i
    return left > 0 and clause.doc[left - 1].text in (",", "—", "–", "(") and (
        not point_dated(clause))


def relative_antecedent(pronoun: Token) -> Token:
    """The noun a relative pronoun stands for: the phrase just before it. The parser's head
    of the relative clause is used unless the word before the pronoun belongs to another
    phrase joined to that head by apposition or coordination (a misparse that hangs "the
    government of Assad, which …" on an earlier subject): then that phrase's head."""
    head = pronoun.head.head
    prev = pronoun.nbor(-1) if pronoun.i > 0 else None
    while prev is not None and prev.is_punct and prev.i > 0:
        prev = prev.nbor(-1)
    if prev is None or prev.pos_ not in ("NOUN", "PROPN") or prev.i == head.i:
        return head
    top = prev
    for _ in range(8):
        if top.head.i == top.i or top.head.i == head.i:
            return top if top.dep_ in ("appos", "conj") else head
        if top.pos_ in ("VERB", "AUX"):
            return head
        top = top.head
    return head


def named_agent(clause: Token) -> bool:
    """A passive relative clause with its agent named ("the government of Bashar al-Assad,
    which was toppled by militants last December"): the participant is the one acted upon
    and the clause tells another actor's deed, with both sides in the text. That is an event
    of its own (PLOVER codes every reported event), not a description of the participant by
    its own past acts ("the soldiers, who had been helping Mali", which stays background)."""
    return any(c.dep_ == "nsubjpass" for c in children_of(clause)) and any(
        c.dep_ == "agent" and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                                  for g in children_of(c)) for c in children_of(clause))


def continuative(clause: Token) -> bool:
    """A relative clause opened by a relative adverb and with a subject of its own ("flew to
    Quito, where the two leaders held talks"; "on Monday, when X signed the accord"): it
    tells what happened there or then, the narrative going on (a continuative relative, not
    a description of the noun it hangs on), so it is news like a main clause."""
    kids = children_of(clause)
    subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")
                and c.lower_ not in ("which", "that", "who")]
    return (any(c.dep_ == "advmod" and c.lower_ in RELATIVE_ADVERBS and c.i < clause.i
                for c in kids)
            and bool(subjects) and not dated_apart(clause)
            and not any(s.pos_ == "PRON" and not said_before(s, clause) for s in subjects))


# words of a date before the report's time: "in 2022", "late last year", "months ago"
EARLIER_DATE_WORDS = {"last", "ago", "previous", "past", "earlier", "former"}
PERIOD_WORDS = {"week", "weeks", "month", "months", "year", "years", "decade", "decades"}


def dated_apart(clause: Token) -> bool:
    """A relative clause on a place that carries its own earlier time ("Bucha, where Russian
    troops killed civilians in 2022", "where Pyongyang deployed troops late last year") or is
    past perfect ("where Russia had deployed") recalls background (TimeML: the clause's event
    is anchored before the report's), not the day's news."""
    tokens = [t for t in clause.subtree
              if not any(a.dep_ in ("relcl", "ccomp") and a.i != clause.i and a.i != t.i
                         and clause in a.ancestors for a in (t, *t.ancestors))]
    if any(t.lower_ == "had" and t.dep_ == "aux" and t.head == clause for t in tokens):
        return True
    words = [t for t in tokens if t.ent_type_ == "DATE"]
    lower = {t.lower_ for t in words}
    return (any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in words)
            or bool(lower & (EARLIER_DATE_WORDS - {"earlier"}))
            or "earlier" in lower and bool(lower & PERIOD_WORDS))


def said_before(pronoun: Token, clause: Token) -> bool:
    """A pronoun subject of the clause has its antecedent earlier in the sentence ("Scholz
    flew to Ankara, where he held talks"); one that points ahead ("Speaking in Tirana, where
    he attended a summit, Zelensky said ...") leaves the clause a participant's background."""
    start = clause.sent.start
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN")
               for t in clause.doc[start:clause.left_edge.i])


def reflexive(tokens: list[Token], text: str | None = None) -> bool:
    """The text makes the source its own target ("defended itself", "rearmed themselves"):
    a reflexive in an argument position, not an emphatic one ("a deal they had failed to
    honour themselves" says nothing about who the deal was with)."""
    for t in tokens:
        # the subtree lies inside [left edge, right edge]: no reflexive word in that text
        # (``text``: the parsed text, or one with the same offsets), no need to visit every
        # token of it
        left, right = t.left_edge, t.right_edge
        words = (t.doc.text if text is None else text)[left.idx:right.idx + len(right)].lower()
        if any(w in words for w in REFLEXIVES) and any(
                c.lower_ in REFLEXIVES and not emphatic(c) for c in t.subtree):
            return True
    return False


def emphatic(token: Token) -> bool:
    """A reflexive that stresses the subject rather than filling an argument: out of an
    argument slot, or after a verb whose object is the gap of an object relative clause
    ("a deal they had failed to honour themselves": the deal is what is honoured)."""
    if token.dep_ not in REFLEXIVE_SLOTS:
        return True
    verb = token.head
    while verb.dep_ == "xcomp":
        verb = verb.head
    if verb.dep_ != "relcl":
        return False
    own_object = any(c.dep_ in ("dobj", "pobj") and c.i != token.i and c.lower_ in
                     ("which", "that", "whom", "who") for c in verb.subtree)
    has_subject = any(c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who")
                      for c in children_of(verb))
    return has_subject and not own_object


REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself"}
REFLEXIVE_SLOTS = {"dobj", "pobj", "dative", "iobj", "nsubjpass"}


CIRCUMSTANCE_PREPS = {"after", "during", "amid", "amidst", "following", "despite"}


def adjunct_head(token: Token) -> Token | None:
    """The verb whose prepositional adjunct an event noun is ("retook it [after] fighting")."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.dep_ != "prep":
        return None
    head = token.head.head
    return head if head.pos_ == "VERB" else None


def manner_phrase(token: Token) -> bool:
    """A bare noun after "in": the manner of the act it hangs on ("in defiance of")."""
    return token.head.lower_ == "in" and not any(
        c.dep_ in ("det", "poss", "nummod") for c in children_of(token))


def holds_source(token: Token, used: set[int]) -> bool:
    """A target phrase that names its actor only through the source phrase hung inside it
    ("the seizure of [the tanker by Iran's Guards]": the parser put the noun's "by" agent
    under its object); such a phrase does not name the source as the target."""
    return token.i not in used and any(t.i in used for t in token.subtree)


def bound_pronoun(phrase: list[Token]) -> bool:
    """A source phrase that is only a non-reflexive pronoun ("he", "they"). Binding theory
    (Principle B): such a pronoun cannot refer to a co-argument of its own verb, so when
    its antecedent is also the named target ("he could meet Putin" → Putin meets Putin),
    the antecedent is wrong, not the event."""
    return bool(phrase) and all(t.pos_ == "PRON" and t.lower_ not in REFLEXIVES
                                for t in phrase)


# agentless passives only a state does whatever their type: "were ordered to leave", "was
# executed" (a judicial execution, PLOVER ASSAULT 'targeted')
STATE_ACT_VERBS = {"order", "execute", "hang"}
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "«", "»"}


def quoted(token: Token) -> bool:
    """A word in its own quotation marks (a scare quote: the speaker's word)."""
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return before in QUOTE_MARKS and after in QUOTE_MARKS


def owners(things: list[Token]) -> list[Token]:
    """Whose the evaluated thing is: its possessor or "of" object ("Trump's plan", "the
    plan of the government"), or the thing itself when it names an actor."""
    out: list[Token] = []
    for thing in things:
        out += [c for c in children_of(thing) if c.dep_ == "poss"]
        out += [g for c in children_of(thing) if c.dep_ == "prep" and c.lower_ == "of"
                for g in children_of(c) if g.dep_ == "pobj"]
        out.append(thing)
    return out


# The parts of speech a trigger can have: candidate_at finds nothing for any other token (no
# lexicon kind, so no entry; obligations and dictionary verbs are verbs).
TRIGGER_POS = tuple(POS_IDS[p] for p in POS_KIND)


def relation_object(candidate: Candidate) -> Token | None:
    """The ties or relations an act is about ("restored ties", "the resumption of relations"):
    the object that decided its meaning, the verb's object or the noun's "of" object."""
    token = candidate.token
    found = [candidate.via_object] if candidate.via_object is not None else []
    found += [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
    found += [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"
              for g in children_of(c) if g.dep_ == "pobj"]
    return next((t for t in found if t.lemma_.lower() in RELATION_NOUNS), None)


def between_parties(relation: Token) -> list[Token]:
    """"ties between Qatar and Bahrain": the two parties named after "between"."""
    return [p for c in children_of(relation) if c.dep_ == "prep" and c.lower_ == "between"
            for g in children_of(c) if g.dep_ == "pobj" for p in (g, *conjuncts_of(g))]


def possible_triggers(doc: Doc) -> list[int]:
    """Positions of the tokens whose part of speech can carry a trigger (read as one array,
    not a Token per word)."""
    pos = doc.to_array([POS]).reshape(-1)
    found = pos == TRIGGER_POS[0]  # a few comparisons: numpy.isin costs ~10 times more here
    for value in TRIGGER_POS[1:]:
        found |= pos == value
    return numpy.flatnonzero(found).tolist()  # type: ignore[no-any-return]


@dataclass
class Extractor:
    document: Document
    lexicon: TriggerLexicon
    coder: Coder
    index: MentionIndex
    actors: ActorLexicon
    gazetteer: Gazetteer
    fell_back: bool = False  # the draft being built has a side filled by a fallback rule
    # the target slots of the draft being built (a draft reads them two or three times)
    _targets: tuple[Candidate, list[Link], list[Token]] | None = field(default=None,
                                                                        repr=False)
    # the modality of the last draft built (read by :meth:`reported_accusation`)
    _modality: Modality | None = field(default=None, repr=False)
    learned: EventClassifier | None = None  # types predicate tokens no rule candidate covers

    def run(self) -> list[Draft]:
        doc = self.document.doc
        assert doc is not None
        candidates = [c for i in possible_triggers(doc)
                      if (c := candidate_at(doc[i], self.lexicon)) is not None]
        triggers = [c for c in candidates if c.meaning is not None]
        if self.learned is not None:
            triggers = learned_triggers(doc, candidates, triggers, self.learned,
                                        lambda t: self.index.at(t) is not None)
        chains = {c.token.i: chain(c.token, self.lexicon) for c in triggers}
        governing = {link.token.i for links in chains.values() for link in links
                     if link.stance is not None}
        nouns = {c.token.i for c in triggers if c.entry.pos == "noun"}
        # "a state of [siege]": a noun whose "of" object decides its meaning codes the event
        decided = {c.via_object.i for c in triggers
                   if c.entry.pos == "noun" and c.via_object is not None}
        drafts = []
        adjuncts: list[tuple[Draft, Token]] = []  # drafts told by a participial adjunct
        for candidate in triggers:
            if candidate.entry.pos == "adj":
                drafts += [d for d in [self.evaluation(candidate)] if d is not None]
                continue
            if candidate.token.dep_ in ("amod", "acl") and stranded_verb(candidate.token):
                drafts += [d for d in [self.flat_draft(candidate)] if d is not None]
                continue
            if candidate.token.i in governing or candidate.token.dep_ == "amod":
                continue
            if evaluated_object(candidate.token):  # "described the sanctions as illegal"
                continue
            if candidate.token.i in decided or candidate.via_object is not None and (
                    candidate.via_object.i in nouns and candidate.entry.pos != "noun"):
                continue
            draft = self.draft(candidate, chains[candidate.token.i])
            if draft is not None:
                accusation = self.reported_accusation(candidate, draft)
                links = chains[candidate.token.i]
                claim = claimed_content(links[-1].token if links else candidate.token)
                if claim is not None and (claim.pos_ != "VERB" or accusation is None):
                    # the content of an allegation, a rumour or a denial is no deed of the
                    # accused; under an alleging verb only as part of the accusation
                    continue
                drafts.append(draft)
                drafts += [accusation] if accusation else []
                drafts += [d for d in [self.exchanged(candidate, draft)] if d]
                top = links[-1].token if links else candidate.token
                if (controller := participle_controller(top) or purpose_controller(top)):
                    adjuncts.append((draft, controller))
        drafts = [d for d in drafts if not self.protest_demand(d, adjuncts, drafts)]
        return implicit_recipients(
            drafts, lambda code: self.coder.ontology.code(code).plover == "AID",
            FALLBACK_CONFIDENCE)

    def protest_demand(self, draft: Draft, adjuncts: list[tuple[Draft, Token]],
                       drafts: list[Draft]) -> bool:
        """"Protesters blocked roads in Algiers, [demanding] that …", "farmers will
        blockade Paris [to demand] …": a demand told as the participle or the purpose of a
        protest or another physical act is that act's demand, not a request of its own
        (PLOVER manual, REQUEST: "This category only applies to verbal demands: demands that
        take the form of demonstrations, protests, etc. are coded as PROTEST")."""
        if self.coder.ontology.code(draft.cameo).plover != "REQUEST":
            return False
        controller = next((c for d, c in adjuncts if d is draft), None)
        if controller is None:
            return False
        return any(other.trigger[0] <= controller.idx < other.trigger[1]
                   and self.coder.ontology.code(other.cameo).plover in DEMANDING_ACTS
                   for other in drafts if other is not draft)

    def exchanged(self, candidate: Candidate, draft: Draft) -> Draft | None:
        """A prisoner swap is two deeds (PLOVER manual: "the actual release or exchange of
        prisoners should be coded as RETREAT"): "Iran released a Belgian aid worker in
        exchange for an Iranian diplomat" is also the release of the diplomat by the aid
        worker's state, aimed at the diplomat (CAMEO codes a person by nationality and
        role). The holder of each prisoner is the other prisoner's state, so an agentless
        "Bout was freed in exchange for Griner" is a release by Griner's state. Only for a
        release (CAMEO 084) with an "in exchange/return for" phrase naming the other side."""
        modality = self._modality
        if modality is None or draft.negated or not draft.cameo.startswith("084"):
            return None
        others = [g for prep in children_of(candidate.token)
                  if prep.dep_ == "prep" and prep.lower_ == "in"
                  for swap in children_of(prep)
                  if swap.dep_ == "pobj" and swap.lemma_.lower() in SWAP_NOUNS
                  for inner in children_of(swap) if inner.dep_ == "prep" and inner.lower_ == "for"
                  for obj in children_of(inner) if obj.dep_ == "pobj"
                  for g in (obj, *conjuncts_of(obj))]
        if not others:
            return None
        other = self.resolve(others, modality)
        holders = self.states(draft.target)  # who held the other prisoner
        if not draft.source:
            draft.source = self.states(other)  # "Bout was freed in exchange for Griner"
        if not other or not holders or set(holders) & set(other) or set(holders) & set(
                draft.source):
            return None
        swap = next(t for t in others[0].ancestors if t.lemma_.lower() in SWAP_NOUNS)
        return replace(draft, source=holders, target=other,
                       trigger=(swap.idx, swap.idx + len(swap.text)), extra=[],
                       confidence=min(draft.confidence, FALLBACK_CONFIDENCE))

    def states(self, actors: list[str]) -> list[str]:
        """The states of persons and bodies (those that are actors of the article)."""
        out: list[str] = []
        for actor_id in actors:
            country = country_of(actor_id, self.document)
            if country is not None and country in self.document.actors and country not in out:
                out.append(country)
        return out

    def reported_accusation(self, candidate: Candidate, draft: Draft) -> Draft | None:
        """PETRARCH2's transformation "a (b . ATTACK) SAY = a b 112" (CAMEO.2.0.txt,
        TRANSFORMATIONS), for verbs that allege: "Ukraine claimed Russian forces shelled
        Kharkiv": a speaker who alleges an attack by another party accuses it (ACCUSE 112,
        speaker → attacker); the attack stays coded with its own actors, reported. A neutral
        report ("Ukraine said Russian forces shelled Kharkiv", "…, according to Kyiv") tells
        the attack and accuses nobody: CAMEO 112 needs a verb of accusing (PLOVER codes the
        sentence's attack; the accusation was an extra event on every such report). Only
        physical attacks (CAMEO 18-20, PETRARCH's PHYSICAL_CONFLICT), only a speaker of
        another country than the attacker (a state reporting its own strikes makes no
        accusation; "a (a b ATTACK) SAY = a b 015" is left to explicit claims), never a
        negated or irrealis attack."""
        modality = self._modality
        if (modality is None or draft.modality != "reported" or draft.negated or not draft.source
                or draft.cameo[:2] not in ATTACK_ROOTS):
            return None
        speakers = (self.evaluator(candidate.token, modality) if modality.reporter is not None
                    or modality.attributed is None
                    else self.resolve([modality.attributed], modality))
        said = modality.reporter if modality.reporter is not None else modality.attributed
        if not speakers or said is None or said.lemma_.lower() not in ALLEGING_VERBS:
            return None  # "…, officials said", "according to Kyiv": the attack is reported,
            # nobody is accused (CAMEO 112 needs an accusing verb; review s13 F12)
        if set(speakers) & set(draft.source) or any(
                self.side(a) is None for a in [*speakers, *draft.source]):
            return None
        if {self.side(a) for a in speakers} & {self.side(a) for a in draft.source}:
            return None  # one side reporting its own force ("Israel said it struck …")
        if any(self.reporting_only(a) for a in speakers):
            return None  # "…, police said", "according to state media": a news source
        if said.lemma_.lower() in OWN_ACT_REPORTERS or halted(candidate.token):
            return None  # "Israel announced pauses in fighting": its own act, no attack told
        targets = {self.side(a) for a in draft.target} - {None}
        if targets and not {self.side(a) for a in speakers} & targets:
            return None  # a third party's account of others' fighting is no accusation
        actors = [a for a in map(self.document.actors.get, [*speakers, *draft.source]) if a]
        if len({a.country for a in actors}) < 2 and not targets and not all(
                a.sector in ARMED_SECTORS for a in actors):
            return None  # one country, no attacked side named, not two armed parties: an
            # activist telling of "kidnapped by Israeli forces" is no accuser of her own state
        return Draft(cameo="112", source=list(speakers), target=list(draft.source),
                     negated=False, modality="asserted", trigger=(said.idx, said.idx + len(said)),
                     sentence=draft.sentence, quote_id=draft.quote_id,
                     confidence=min(draft.confidence, CONFIDENCE["synonym"]))

    def side(self, actor_id: str) -> tuple[str, bool] | None:
        """The party an actor speaks or fights for: its country, and whether it is outside
        the state (rebels, insurgents, the opposition: "the Sudanese army said the RSF had
        shelled El Fasher" is one party accusing another)."""
        actor = self.document.actors.get(actor_id)
        if actor is None or actor.country is None:
            return None
        return actor.country, actor.sector in NON_STATE_SECTORS

    def armed_force(self, actor_id: str) -> bool:
        """Troops, warships, an army as a body (not a named officer or minister): their going
        to a place is no visit (CAMEO 042 "make a visit", PLOVER CONSULT: meetings)."""
        actor = self.document.actors.get(actor_id)
        return actor is not None and actor.kind != "person" and actor.sector == "MIL"

    def reporting_only(self, actor_id: str) -> bool:
        """Police, the media, hospitals and witnesses tell what happened; they are no party
        to a conflict accusing another (an unaffiliated person neither)."""
        actor = self.document.actors.get(actor_id)
        if actor is None or actor.kind == "person" and actor.sector is None:
            return True
        code = actor.code or ""  # "LBNGOVMED": state media
        return actor.sector in NEWS_SOURCE_SECTORS or any(
            code[i:i + 3] in NEWS_SOURCE_SECTORS for i in range(3, len(code), 3))

    def flat_draft(self, candidate: Candidate) -> Draft | None:
        """A main verb the parser folded into a noun phrase ("Turkey annexed parts of
        Syria" parsed as one NP): source from the mentions before it, target after it."""
        token = candidate.token
        assert candidate.meaning is not None
        modality = modality_of([token])
        coded = self.coder.code(candidate.meaning, [], modality, False)
        if coded is None:
            return None
        source = self.nearest(range(token.i - 1, token.sent.start - 1, -1))
        target = self.nearest(range(token.i + 1, token.head.right_edge.i + 1))
        if not source or candidate.entry.needs_target and not target:
            return None
        return Draft(cameo=coded.cameo, source=source, target=target, negated=coded.negated,
                     modality=modality.value, trigger=self.trigger_span(candidate, []),
                     sentence=(token.sent.start_char, token.sent.end_char),
                     quote_id=self.quote_at(token.idx), confidence=FALLBACK_CONFIDENCE)

    def evaluation(self, candidate: Candidate) -> Draft | None:
        """An evaluative adjective is a statement of disapproval (CAMEO 111; PETRARCH2
        "CALL * UNJUSTIFIED", "SLAM * (AS UNACCEPTABLE)"): by whoever calls something so,
        against the actor the thing belongs to. "X called Y's plan unacceptable" (X → Y),
        "Y's plan is unacceptable, X said" (the reporter), "X discussed Y's 'unacceptable'
        plan" (a scare-quoted modifier is the speaker's word, not the writer's). An
        attitude with its own target ("X is hostile to Y") is X's, towards Y."""
        adj = candidate.token
        assert candidate.meaning is not None
        head = adj.head
        preps = candidate.entry.target or ()
        towards = [g for c in children_of(adj) if c.dep_ == "prep" and c.lower_ in preps
                   for g in children_of(c) if g.dep_ == "pobj"]
        if (position := evaluated_position(adj)) is not None:  # "called X a violation",
            clause, things = position                         # "described X as reckless"
            who = [t for t in [subject_of(clause)] if t] if clause.lemma_ != "be" else []
        elif adj.dep_ == "acomp" and towards:  # "Turkey is hostile to Greece"
            who, things, clause = [t for t in [subject_of(head)] if t], towards, head
        elif adj.dep_ in ("oprd", "ccomp", "xcomp") and head.lemma_ in EVALUATING_VERBS:
            who = [t for t in [subject_of(head)] if t]
            things = [c for c in children_of(head) if c.dep_ in ("dobj", "nsubj") and c.i < adj.i
                      and c.i != (who[0].i if who else -1)]
            clause = head
        elif adj.dep_ == "acomp":  # "the plan is unacceptable, X said"
            who, things, clause = [], [c for c in children_of(head) if c.dep_ == "nsubj"], head
        elif adj.dep_ == "amod" and quoted(adj):
            who, things, clause = [], [head], head
        else:
            return None
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        modality = modality_of([adj, clause])
        source = self.resolve(who, modality) if who else self.evaluator(
            adj, modality)
        target = [a for a in self.resolve(owners(things), modality) if a not in source]
        coded = self.coder.code(candidate.meaning, [], modality, False)
        trigger = self.trigger_span(candidate, [])
        if not target and clause.i < adj.i and any(
                anaphoric_act(t, self.lexicon) for t in things if t.head.i == clause.i):
            # "called the move a betrayal": the act told before is evaluated; the trigger
            # runs from the verb so that build.earlier_agents finds its object
            trigger = (clause.idx, trigger[1])
        elif not target:
            return None
        borrowed = bool(who) and self.borrowed_country(who, things, source, target)
        if borrowed:  # "the Foreign Ministry described the US decision as …": not the US
            source = []
        if not (source or borrowed) or coded is None:
            return None
        return Draft(cameo=coded.cameo, source=source, target=target, negated=coded.negated,
                     modality=modality.value, trigger=trigger,
                     sentence=(adj.sent.start_char, adj.sent.end_char),
                     quote_id=self.quote_at(adj.idx), confidence=CONFIDENCE[candidate.basis])

    def borrowed_country(self, who: list[Token], things: list[Token], source: list[str],
                         target: list[str]) -> bool:
        """A government body of no named country ("the Foreign Ministry") that took the one
        country its sentence names, which is the evaluated act's ("the US decision"): no
        government calls its own act a violation, so the evaluator is left unknown."""
        actors = [self.document.actors.get(a) for a in source]
        if not actors or any(a is None or a.sector != "GOV" or not a.id.startswith("org:")
                             or name_country(a.name, self.actors) for a in actors):
            return False
        if any(t.ent_type_ in ("GPE", "NORP") for w in who for t in w.subtree):
            return False
        sentence = who[0].sent
        home = sentence_home(self.document, sentence.start_char, sentence.end_char)
        return home is not None and home in {country_of(a, self.document) for a in target} and (
            any(t.ent_type_ in ("GPE", "NORP") for w in things for t in w.subtree))

    def evaluator(self, token: Token, modality: Modality) -> list[str]:
        """Who says it: the speaker of the quote it is in, else the reporting verb's subject."""
        for quote in self.document.quotes:
            if quote.start <= token.idx < quote.end and quote.speaker and quote.speaker.actor:
                if quote.speaker.actor in self.document.actors:
                    return [quote.speaker.actor]
        reporter = subject_of(modality.reporter) if modality.reporter is not None else None
        return self.resolve([reporter], modality) if reporter is not None else []

    def nearest(self, positions: range) -> list[str]:
        """The actors of the first affiliated mention met going through ``positions``."""
        for i in positions:
            found = [a for a in self.index.by_token.get(i, ()) if self.affiliated(a)]
            if found:
                return found
        return []

    def thing_subject(self, token: Token) -> bool:
        """The verb's subject is a thing, not an actor: "the Istanbul talks yielded a deal"
        (yield = produce, no concession); "Hungary yielded", "the rebels yielded" are actors."""
        subject = next((c for c in children_of(token) if c.dep_ == "nsubj"), None)
        if subject is not None and any(c.dep_ == "poss" and c.pos_ == "PRON"
                                       for c in children_of(subject)):
            return False  # "its jets struck": the owner acts through them, as "Israel's jets"
        return subject is not None and subject.pos_ not in ("PRON", "PROPN") and \
            subject.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and \
            not self.index.by_token.get(subject.i) and \
            self.actors.sector_term(subject.lower_) is None  # "the government", "the rebels"

    def own_force_order(self, link: Link) -> bool:
        """"The Kremlin ordered Russian troops to withdraw": an order to forces of the
        orderer's own side is the orderer's deed (the command stance), not a demand made of
        another party. Own is read off the actors, not the words: every force addressed is
        an armed or police body whose side (country, and whether outside the state) is the
        side of the one who orders ("the court ordered Israeli forces to halt" stays a
        demand of Israel)."""
        gov = link.token
        if link.stance != "demand" or link.via not in ("xcomp", "advcl", "dobj") or (
                gov.lemma_.lower() not in COMMAND_VERBS):
            return False
        kids = children_of(gov)
        mood = modality_of([gov])
        bosses = self.resolve([c for c in kids if c.dep_ == "nsubj"], mood)
        if link.via == "dobj":
            # "Putin orders an Easter truce", "Biden ordered air strikes on Houthi targets":
            # an act ordered with no one addressed is the state's own (a court's or the UN's
            # order of a halt stays a demand: no side of its own, or not commanding)
            return bool(bosses) and not any(c.dep_ == "dative" for c in kids) and all(
                (a := self.document.actors.get(b)) is not None and a.sector not in
                NOT_COMMANDING and self.side(b) is not None for b in bosses)
        forces = self.resolve([c for c in kids if c.dep_ == "dobj"], mood)
        if not forces or not bosses:
            return False
        if any((a := self.document.actors.get(b)) is None or a.sector in NOT_COMMANDING
               for b in bosses):
            return False  # a court or a legislature orders; it does not command forces
        boss_sides = {self.side(a) for a in bosses} - {None}
        return bool(boss_sides) and all(
            self.forces_of_state(a) and self.side(a) in boss_sides for a in forces)

    def is_actor(self, token: Token) -> bool:
        return self.index.at(token) is not None

    def forces_of_state(self, actor_id: str) -> bool:
        actor = self.document.actors.get(actor_id)
        return actor is not None and actor.kind != "person" and actor.sector in FORCE_SECTORS

    def draft(self, candidate: Candidate, links: list[Link]) -> Draft | None:
        candidate, links = light_verb_meaning(candidate, links)
        links = [replace(link, stance="command") if self.own_force_order(link) else link
                 for link in links]
        if not links and self.own_force_order(Link(candidate.token, "demand", "xcomp", None)):
            # the order itself is the trigger (its complement codes nothing): "ordered its
            # troops to leave the border posts" is the state's own retreat (CAMEO 087), any
            # other internal command no event between parties
            clause = next((c for c in children_of(candidate.token)
                           if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in LEAVE_VERBS),
                          None)
            if clause is None:
                return None
            candidate = Candidate(clause, ORDERED_RETREAT, "retreat", basis="pattern")
            links = [Link(candidate.token.head, "command", "xcomp", None)]
        assert candidate.meaning is not None
        tokens = [candidate.token, *(link.token for link in links)]
        if candidate.via_object is None and obstructed(tokens):
            return None
        if not_a_deed(tokens, links) or background(tokens[-1]) or standing_state(tokens[-1]):
            return None
        if any(described_participant(t, self.is_actor) for t in (tokens[-1],
                                                                 *tokens[-1].ancestors)):
            return None
        stances = [link.stance for link in links if link.stance]
        if any(link.via == "xcomp" and link.token.lemma_ in SELF_INTENT_VERBS
               for link in links) and (
                not self.coder.cooperative(self.coder.base(candidate.meaning)[0])):
            # "seeks to blockade": an intent of the subject's own, like
            # "plans to" / "wants to" (one rule for all intent governors), not a request
            stances = ["intend" if link.via == "xcomp" and link.token.lemma_ in SELF_INTENT_VERBS
                       else link.stance or "" for link in links
                       if link.stance or link.token.lemma_ in SELF_INTENT_VERBS]
        if candidate.via_object is not None and not CODE.fullmatch(candidate.meaning):
            stances = [s for s in [candidate.entry.stance] if s in CODE_STANCES] + stances
        acting = speech_act(tokens, links)
        modality = modality_of(acting)
        inner = tokens[:len(tokens) - len(acting)]
        if inner and links[len(inner) - 1].stance == "intend" and not modality.negated and any(
                is_negator(c) for t in inner for c in children_of(t)):
            # "decided not to strike", "plans not to renew": the intent is an intent not to
            # do the deed (rule 4: negated, or a refusal of cooperation), not the deed
            modality = replace(modality, negated=True)
        if not modality.hypothetical and any(
                t.dep_ in ("xcomp", "ccomp") and t.head.lemma_ in FORECAST_VERBS
                or t.dep_ == "xcomp" and t.head.lower_ in FORECAST_FORMS for t in tokens):
            # "Japan is expected to lift its ban", "Egypt expects Ethiopia to reach a deal",
            # "the US is likely to withdraw": a forecast of the deed, not the deed
            # (TimeML/FactBank: possible, not a fact)
            modality = replace(modality, hypothetical=True)
        if any(link.stance == "command" for link in links):
            # "the junta ordered troops to fire on the demonstrators": the authority's deed
            # (its source is the commanding verb's subject, below), ordered, not yet done
            modality = replace(modality, intended=True)
        self._modality = modality
        intents = [("hope" if link.token.lower_ in HOPE_FORMS else link.token.lemma_)
                   for link in links if link.stance == "intend" or (
            link.via == "xcomp" and link.token.lemma_ in SELF_INTENT_VERBS)]
        planned = bool(intents) and all(lemma in PLAN_VERBS for lemma in intents)
        coded = self.coder.code(candidate.meaning, stances, modality, "possible" in stances,
                                planned)
        if coded is None or candidate.entry.needs_agent and self.thing_subject(candidate.token):
            return None
        if (exercise := exercise_code(coded.cameo, candidate.token)) != coded.cameo:
            coded = replace(coded, cameo=exercise)  # "simulated strikes": MOBILIZE, not force
        elif (by_means := means_code(coded.cameo, candidate.token)) != coded.cameo:
            coded = replace(coded, cameo=by_means)  # "a car bomb attack": 1832, not 190
        named = set(self.resolve([t for t in self.target_slots(candidate, links)
                                  if t.pos_ != "PRON"], modality))
        source_phrase, source = next(
            ((toks, found)
             for toks in source_tokens(candidate, links, self.speaker(candidate, modality))
             if (found := self.resolve(toks, modality))
             and not (bound_pronoun(toks) and self.exact(named & set(found)))), ([], []))
        if not source and (warner := self.warner(links)) is not None:
            source_phrase, source = [warner], self.resolve([warner], modality)
        used = {t.i for t in source_phrase}
        plover = self.coder.ontology.code(coded.cameo).plover
        implied = not source and self.state_act(candidate, plover)
        state = implied_state(candidate.token, self.index, self.document, self.actors,
                              modality.reporter) if implied else None
        agent = state_agent(state, plover, self.document) if state else None
        source, implied = ([agent], True) if agent else (source, False)  # "were detained"
        if self.restated(tokens[-1], plover, coded.cameo):
            return None
        reporter = self.speaker(candidate, modality)
        self.fell_back = bool(source_phrase) and reporter is not None and (
            source_phrase == [subject_of(reporter)]) and not any(  # the reporter stood in
            reporting_conjunct(t) is not None for t in tokens)  # (not: the reporter's own act)
        target = self.target(candidate, links, used, modality, plover, source)
        if plover == "AID" and (taken := received_from(candidate, links)) is not None:
            # "Kenya received a loan from the UAE": the giver → the recipient
            source, target = self.resolve(taken[0], modality), self.resolve(taken[1], modality)
            target = [a for a in target if a not in source]
        if implied and set(source) & set(target) and (
                candidate.token.lemma_.lower() in EXPELLING_VERBS):
            target = [a for a in target if a not in source]  # "expelled from Georgia": by it
        if implied and set(source) & set(target):  # "relations with X were frozen": done
            source, target, implied = [], self.target(  # to X, not by it
                candidate, links, used, modality, plover, []), False
        self.fell_back |= implied
        if reduced_passive(candidate.token) and set(source) & set(target):
            # "a lunch hosted by X's ambassador for X's diplomats and Y": the guests
            target = [a for a in target if a not in source] or target
        if bound_pronoun(source_phrase) and self.exact(set(source) & set(target)):
            source = [a for a in source if a not in target]  # Principle B, as above
        if (source and target and candidate.entry.pos == "noun" and symmetric(coded.cameo)
                and self.between(candidate.token) and len(target) >= 2
                and not set(source) & set(target)):
            # "Beijing welcomed the resumption of talks between India and Pakistan": "between"
            # names all the parties of the talks; the subject of the verb that governs the
            # noun is not one of them (its welcome is its own event)
            source, target, parties = target[:1], target[1:], True
        elif not source and self.between(candidate.token) and (
                links or candidate.token.dep_ in ("nsubj", "nsubjpass")):
            source, target = target[:1], target[1:]  # "talks between us and the United States"
            parties = symmetric(coded.cameo)
        elif (len(source) > 1 and not target and symmetric(coded.cameo) and source_phrase
              and {t.i for t in source_phrase} <= {
                  t.i for t in participle_agent(candidate.token)}):
            # "the accord signed by Ethiopia and Somalia": the agents of a symmetric deed
            # are its parties, as the subjects of "Ethiopia and Somalia signed an accord"
            source, target, parties = source[:1], source[1:], True
        else:
            parties = False
        relation = relation_object(candidate)
        if relation is not None and (source or candidate.entry.pos == "noun"):
            # (an agentless passive "relations between A and B were frozen" names no doer)
            between = self.resolve(between_parties(relation), modality)
            if len(between) == 2 and not (set(source) | set(target)) - set(between):
                source, target = between, []  # "the restoration of ties between A and B"
        mutual = relation is not None and not target and len(source) == 2
        weak = False
        if not mutual and not self.codable(candidate, links, source, target):
            if source or not target or candidate.entry.needs_target and not target:
                return None
            weak = True
        if coded.cameo == "042" and source and all(self.armed_force(a) for a in source):
            return None  # "Chinese warships arrived in Cambodia": a deployment, not a visit
        if parties:  # a symmetric act ("talks between X and Y ended") is the parties' own:
            source, target = [*source, *target], []  # both its source (build.reciprocal)
        kinds = [(actor.kind, actor.sector) for a in source
                 if (actor := self.document.actors.get(a)) is not None]
        cameo = protest_code(military_bombing(coded.cameo, candidate.token, kinds),
                             candidate.token, source_phrase, [sector for _, sector in kinds])
        if no_party_deed(cameo, candidate.token):
            return None  # "released a video of …", "visited the mausoleum", "spoke to reporters"
        if civil_alert(cameo, candidate.token, [
                actor.code for a in source if (actor := self.document.actors.get(a))]):
            return None  # "the WHO heightened its alert over the outbreak": no force posture
        return Draft(
            mutual=mutual,
            cameo=cameo, source=source,
            target=target, negated=coded.negated,
            modality=self.modality_value(modality, "possible" in stances
                                         and speech_act(tokens, links) == tokens,
                                         coded.refusal),
            trigger=self.trigger_span(candidate, links),
            sentence=(candidate.token.sent.start_char, candidate.token.sent.end_char),
            quote_id=self.quote_at(candidate.token.idx), weak=weak,
            confidence=min(FALLBACK_CONFIDENCE, CONFIDENCE[candidate.basis]) if self.fell_back
            else CONFIDENCE[candidate.basis],
        )

    def target(self, candidate: Candidate, links: list[Link], used: set[int],
               modality: Modality, plover: str, source: list[str]) -> list[str]:
        """Target slots, then fallbacks: the subject of a threat's condition, an "against"
        phrase inside the trigger's arguments, domestic targets (see ``fallbacks``)."""
        tokens = [t for t in self.target_slots(candidate, links)
                  if t.i not in used and not (t.lower_ in REFLEXIVES and emphatic(t))]
        chain_tokens = [candidate.token, *(link.token for link in links)]
        topic = [t for t in tokens if prep_slot(t, candidate.token) in TOPIC_PREPS]
        if topic and any(prep_slot(t, candidate.token) == "to" for t in tokens) and (
                self.resolve_acts(topic, modality) if plover in STANCE_TYPES
                else self.resolve(topic, modality)):
            # "complained to the Security Council about Indian strikes": the party the
            # complaint is about is its target, the addressee only its audience
            tokens = [t for t in tokens if prep_slot(t, candidate.token) != "to"]
        if plover == "ACCUSE":
            tokens = respondents(tokens)
            if accused := [t for t in forum_respondents(chain_tokens) if t.i not in used]:
                tokens = [t for t in tokens if not (t.dep_ == "pobj" and t.head.lower_ in
                                                   VENUE_PREPS)] + accused
        slots = tokens
        protested = self.protested_acts(candidate, plover)
        if plover in STANCE_TYPES or protested:
            target = self.resolve_acts(tokens, modality)
        else:
            target = self.resolve(tokens, modality)
        target = self.without_venues(candidate, tokens, target, modality)
        target = self.located_bodies(target, tokens) if plover in PLACE_TYPES else target
        if not target and (asked := addressees(candidate.token, links)) and all(
                t.pos_ == "PROPN" for t in asked):
            # "urged [Trump] to visit Kyiv": a named addressee the dictionary does not know;
            # the asked act's objects are not the target (review F12)
            return []
        if not target:
            tokens = [t for t in complement_tokens(chain_tokens[-1]) if t.i not in used]
            target = self.resolve(tokens, modality)
        if not target and plover == "PROTEST":
            tokens = [t for t in venue_tokens(chain_tokens) if t.i not in used]
            target = self.resolve(tokens, modality)
        if not target:  # "closed Russia's consulate"
            tokens = [t for t in owner_of_object(candidate, plover) if t.i not in used]
            target = self.resolve(tokens, modality)
        if not target:  # "closed all crossings on its border with Cambodia"
            tokens = [t for t in border_partners(chain_tokens, plover) if t.i not in used]
            target = self.resolve(tokens, modality)
        slot_target = bool(target)  # the trigger's own slots name a target
        fell_back = self.fell_back
        if not target and plover in ("THREATEN", "AGREE"):  # a threat or an offer on a
            tokens = condition_subjects(chain_tokens)  # condition: aimed at whoever must meet it
            target = self.resolve(tokens, modality)
        if not target and plover == "THREATEN":  # "Peru warned Chile that …": the warned
            tokens = [c for link in links if link.stance == "threaten"
                      for c in children_of(link.token) if c.dep_ in ("dobj", "dative")
                      and c.i not in used]
            target = self.resolve(tokens, modality)
        if not target:
            exclude = used | {t.i for t in chain_tokens}
            tokens = nested_objects(candidate.token, exclude)
            target = self.resolve(tokens, modality)
        partners = noun_partners(candidate.token) if (
            candidate.entry.pos == "noun" and candidate.token.pos_ == "NOUN") else []
        if not target and used and not used & {t.i for t in partners}:
            # "Georgia suspended EU accession talks": the subject acts, the name on the
            # noun is the other party (review F9); not "an Iran-Israel ceasefire", whose
            # names are its parties, source first
            tokens = [t for t in partners if self.index.at(t) is not None]
            target = [a for a in self.resolve(tokens, modality)
                      if (actor := self.document.actors.get(a)) is not None
                      and (actor.country or actor.code)]  # not "an Easter truce"
        if not target:  # a place acted on, a party inside the object or an adjunct
            target, direct = self.implicit(slots, chain_tokens, plover, used, modality,
                                           source)
            self.fell_back |= bool(target) and not direct
        if not reflexive(chain_tokens, self.document.text) and set(target) & set(source):
            # X → X only when the text names X as the target, not through a pronoun's
            # antecedent (a wrong antecedent gave "Russia → Russia" for a strike on Sumy)
            named = set(self.resolve([t for t in tokens if t.pos_ != "PRON"
                                      and not holds_source(t, used)], modality))
            target = [a for a in target if a not in source or a in named]
        if plover in DOMESTIC_TYPES and source:
            domestic = domestic_target(target, tokens, source, self.index.by_token,
                                       self.document)
            self.fell_back |= domestic != target
            target = domestic
        if not target and source and plover in HOME_TYPES and not (
                protested and self.state_voices(source)):
            target = self.home(source, candidate, alone=plover != "PROTEST")
            self.fell_back |= bool(target)
        if not target and plover in LOCATED_TYPES:
            target = self.located([candidate.token, *(link.token for link in links)], used)
            self.fell_back |= bool(target)
        if not target and plover == "AID" and any(link.via == "pobj:by" for link in links):
            target = self.funded_home(source)
            self.fell_back |= bool(target)
        if plover in OUTWARD_TYPES and not slot_target and self.named_itself(used):
            # force a state uses where no target is named is not force against itself
            # ("Russia launched its largest air attack", "Iran's attack"); its police or
            # army ("Egyptian police opened fire": a sector actor, EGYCOP in CAMEO) using
            # force at home is a domestic event
            target = [a for a in target if a not in source]
            self.fell_back = self.fell_back if target else fell_back
        if source and plover != "PROTEST" and not reflexive(chain_tokens, self.document.text) and (
                set(target) & set(source)):
            # the rule: source never equals target unless the text says so. A
            # fallback (home state, place, domestic leaders) that returns the source itself
            # ("Iran had accumulated …" → IRN → IRN, "Peru imposed a state of emergency")
            # says nothing about a target; a body of the state (police: KENCOP) is another
            # actor and keeps its domestic target, and so does a target named in a slot.
            # A protest keeps its home target: its source is a population ("Nigerians
            # rallied"), its target that population's government (PLOVER PROTEST), two
            # bodies the state id stands for when no sector is known.
            named = set(self.resolve([t for t in slots if t.pos_ != "PRON"
                                      and not holds_source(t, used)], modality))
            if used and any(a not in source for a in target):  # a source the text names
                named = set()  # acts on the others; its own place is where ("invited the
                # two presidents to Santiago")
            target = [a for a in target if a not in source or a in named]
            self.fell_back = self.fell_back if target else fell_back
        return target

    def implicit(self, slots: list[Token], chain_tokens: list[Token], plover: str,
                 used: set[int], modality: Modality, source: list[str]
                 ) -> tuple[list[str], bool]:
        """The target the slots leave implicit (see :mod:`implicit_targets`), and whether it
        is a place named as the act's own object ("shelled Kharkiv"). A place or an object's
        party of the source's own state is none: only an adjunct that names the government
        makes an act domestic ("called off the strike after talks with the government")."""
        exclude = used | {t.i for t in chain_tokens}
        home = {c for a in source if (c := country_of(a, self.document))}
        places = self.document.places
        if plover in PLACE_TYPES:  # "shelled Kharkiv", "fired at targets in Khan Younis"
            for token, country, direct in place_states(slots, places, exclude, chain_tokens):
                if country not in home:
                    return [self.state_at(country, token)], direct
        if plover in OBJECT_TYPES:
            for token in object_parties(chain_tokens, exclude):
                found = [a for a in self.resolve([token], modality)
                         if (actor := self.document.actors.get(a)) is not None
                         and actor.country and actor.country not in home]
                if found:
                    return found, False
        if plover in ADJUNCT_TYPES:
            return self.resolve(adjunct_parties(chain_tokens, exclude), modality), False
        return [], False

    def without_venues(self, candidate: Candidate, tokens: list[Token], target: list[str],
                       modality: Modality) -> list[str]:
        """A locative phrase on the thing an act is done with names where, not whom: "signed
        the joint declaration [in Washington]", "initialled the text of the accord [at the
        UN]" (the thing is an object the entry's table codes by, or what it is the text of).
        The place's state is no target unless another slot names it."""
        objects = candidate.entry.objects
        if not objects or not target:
            return target
        venues: list[str] = []
        things = [t for t in tokens if t.lemma_.lower() in objects or any(
            g.dep_ == "pobj" and g.head.lower_ == "of" and g.lemma_.lower() in objects
            for g in t.subtree)]
        for thing in things:
            for g in thing.subtree:
                if g.dep_ == "pobj" and g.head.dep_ == "prep" and g.head.lower_ in LOCATIVE_PREPS:
                    venues += self.resolve([g], modality)
        if not venues:
            return target
        named = self.resolve([t for t in tokens if t not in things], modality)
        return [a for a in target if a not in venues or a in named]

    @staticmethod
    def state_act(candidate: Candidate, plover: str) -> bool:
        """An agentless passive of an act only a state does ("were detained", "were ordered
        to leave"): see :func:`arguments.implied_state`."""
        token = candidate.token
        return (candidate.entry.pos == "verb" and is_passive(token) and agent_of(token) is None
                and (plover in STATE_ACT_TYPES or token.lemma_.lower() in STATE_ACT_VERBS))

    def restated(self, top: Token, plover: str, cameo: str | None = None) -> bool:
        """The topic of a protest (a demand, protest or accusation in its purpose clause)
        or the outcome of an act of the same type ("opened fire, killing two") is part of
        that act, not another event (see ``matching.purpose_head``)."""
        def type_of(meaning: str) -> str:
            return self.coder.ontology.code(self.coder.base(meaning)[0]).plover
        head = purpose_head(top)
        if head is not None:
            acts = act_types(head, self.lexicon, type_of)
            # the purpose of an act of the same type is that act ("opened fire to disperse
            # the crowd": one assault, PLOVER codes each act once)
            if plover in acts or plover in PROTEST_TOPIC_TYPES and "PROTEST" in acts:
                return True
        head = outcome_head(top)
        if head is not None and plover in act_types(head, self.lexicon, type_of):
            return True
        head = adjunct_head(top)
        if head is None or noun_agent(top) or any(self.index.at(t) for t in noun_source(top)):
            return False  # "after [Iran's] attack", "after the killing … [by] the rebels"
        acts = act_types(head, self.lexicon, type_of)
        # an event noun with no agent of its own, in a temporal adjunct of a coded deed of
        # its type, restates that deed ("retook the village after fierce fighting with the
        # guerrillas"; not a purpose or a sum: "travelled for talks", "pledged £10m in aid");
        # a bare noun of another type after "in" is the deed's manner ("blocked roads in
        # defiance of the government")
        if plover in acts:
            # ... but a noun of another code with its own "with" party is its own deed
            # ("arrived in Tokyo [042] after a summit [040] with Biden": two meetings)
            return top.head.lower_ in CIRCUMSTANCE_PREPS and not (
                cameo is not None and self.with_party(top)
                and cameo not in act_types(head, self.lexicon,
                                           lambda m: self.coder.base(m)[0]))
        return bool(acts) and manner_phrase(top)

    def with_party(self, top: Token) -> bool:
        """The event noun names a party of its own in a "with" phrase ("summit with Kim")."""
        return any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and self.index.at(g) for g in children_of(c))
            for c in children_of(top))

    @staticmethod
    def warner(links: list[Link]) -> Token | None:
        """A threat is the warner's act (PLOVER THREATEN: "coercive or forceful warnings"):
        when the threatened deed's own subject names no actor ("Peru warned Chile that it
        would close the border": "it" unresolved), the subject of "warn"/"threaten"."""
        return next((s for link in links if link.stance == "threaten"
                     and (s := subject_of(link.token)) is not None), None)

    def resolve_acts(self, tokens: list[Token], modality: Modality) -> list[str]:
        """Targets of a stance on an act: an act's own agent stands for it (see
        :func:`act_agents`); else the phrase as it is."""
        actors: list[str] = []
        for token in tokens:
            agents = act_agents(token) if self.eventive(token) else []
            found = self.resolve(agents, modality) or self.resolve([token], modality)
            actors.extend(a for a in found if a not in actors)
        return actors

    def located_bodies(self, target: list[str], tokens: list[Token]) -> list[str]:
        """A body of no known country acted on, placed by its own "in" phrase in a state ("fired
        missiles at Al Udeid air base in Qatar", "struck the Zaporizhzhia plant in Ukraine"):
        the state the place belongs to, as CAMEO codes an attack on a place by the place's
        owner."""
        out: list[str] = []
        for actor_id in target:
            actor = self.document.actors.get(actor_id)
            state = None
            if actor is not None and actor.kind == "organization" and not (
                    actor.country or actor.code):
                state = next((s for t in tokens if actor_id in self.index.all_at(t)
                              or any(actor_id in self.index.all_at(c) for c in children_of(t)
                                     if c.dep_ == "compound")
                              for s in self.placed_in(t)), None)
            found = state or actor_id
            if found not in out:
                out.append(found)
        return out

    def placed_in(self, token: Token) -> list[str]:
        """The states named by "in" phrases on a noun phrase ("the base in Qatar")."""
        head = token.head if token.dep_ == "compound" else token
        return [a for prep in children_of(head) if prep.dep_ == "prep" and prep.lower_ == "in"
                for obj in children_of(prep) if obj.dep_ == "pobj"
                for a in self.index.all_at(obj)
                if (actor := self.document.actors.get(a)) is not None and actor.kind == "state"]

    def state_voices(self, source: list[str]) -> bool:
        """The source speaks as a state: the state by name or its government."""
        return all((a := self.document.actors.get(i)) is not None and (
            a.kind == "state" or a.sector == "GOV") for i in source)

    def protested_acts(self, candidate: Candidate, plover: str) -> bool:
        """A protest whose object is an act ("Manila protested the seizure", "protested the
        raid on the camp") is aimed at the act's agent, as a condemnation is (CAMEO 11/14
        name the party protested against); with no agent in the phrase, the act told before
        gives it (:func:`eventwire.events.build.earlier_agents`). A state protesting a deed
        is not protesting against itself: no home target for it (a crowd protesting "the
        arrests" with no agent told still protests against its own state)."""
        token = candidate.token
        return plover == "PROTEST" and token.pos_ == "VERB" and any(
            c.dep_ == "dobj" and self.eventive(c) for c in children_of(token))

    def eventive(self, token: Token) -> bool:
        """A noun that names an act: a trigger noun, or one with a "by" agent."""
        if token.pos_ != "NOUN":
            return False
        if any(c.dep_ == "prep" and c.lower_ == "by" for c in children_of(token)):
            return True
        found = candidate_at(token, self.lexicon)
        return found is not None and found.entry.pos == "noun"

    def named_itself(self, used: set[int]) -> bool:
        """The source phrase names its actor outright ("Russia", "Iran's", "it"), rather than
        describing a body of it ("Egyptian police", "Sudan's army")."""
        doc = self.document.doc
        assert doc is not None
        return any(self.index.at(doc[i]) is not None or doc[i].pos_ == "PRON" for i in used)

    def exact(self, actor_ids: set[str]) -> bool:
        """Actors whose identity is exact (persons, organisations): two mentions of the same
        one are one entity. A state id also stands for its unresolved bodies ("French
        farmers", "Paris"), so two mentions of it may be two entities."""
        return any((a := self.document.actors.get(i)) is not None and a.kind != "state"
                   for i in actor_ids)

    def located(self, chain_tokens: list[Token], used: set[int]) -> list[str]:
        """The state of the first place named in a locative phrase under the trigger, its
        governors or their objects, when that state is an actor of the article."""
        for token in chain_tokens:
            for child in token.subtree:
                if child.dep_ != "pobj" or child.head.lower_ not in LOCATIVE_PREPS:
                    continue
                if child.i in used:
                    continue
                country = self.place_country(child)
                if country:
                    return [self.state_at(country, child)]
        return []

    def state_at(self, country: str, token: Token) -> str:
        """The state actor of a place named in the text, registering the place as a mention
        of it when the actors stage had not (a town: "targets in Jericho")."""
        state_actor(self.document, country, self.actors)
        span = next((e for e in token.doc.ents if e.start <= token.i < e.end),
                    token.doc[token.i:token.i + 1])
        if not self.document.mention_at(span.start_char, span.end_char):
            self.document.add_mention(Mention(span.start_char, span.end_char, span.text, country,
                                              "place", span.start, span.end))
        return country

    def place_country(self, token: Token) -> str | None:
        """The country of a place name: a state mention, else an unambiguous gazetteer entry."""
        for actor_id in self.index.all_at(token):
            actor = self.document.actors.get(actor_id)
            if actor is not None and actor.kind == "state":
                return actor.country
        if token.ent_type_ not in ("GPE", "LOC", "FAC"):
            return None
        span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        entries = self.gazetteer.candidates(span.text) if span is not None else []
        countries = {e.country for e in entries}
        return countries.pop() if len(countries) == 1 else None

    def funded_home(self, source: list[str]) -> list[str]:
        """Money that pays for a thing the report tells of ("construction has begun, supported
        by a Russian government loan") goes to the report's country, the place of the thing
        (PLOVER AID needs a recipient), unless that is the donor's own."""
        home = main_country(self.document, self.actors)
        donors = {c for a in source if (c := country_of(a, self.document))}
        if home is None or home in donors or home not in self.document.actors or not donors:
            return []
        return [home]

    def home(self, source: list[str], candidate: Candidate, alone: bool) -> list[str]:
        """A protest with no named target is aimed at the protesters' own state; so is force
        used where no other state is named ("Egyptian police opened fire", ``alone``)."""
        countries = {c for a in source if (c := country_of(a, self.document))}
        if not countries:
            sentence = candidate.token.sent
            home = sentence_home(self.document, sentence.start_char, sentence.end_char)
            countries = {c for a in map(self.document.actors.get, source) if a is not None
                         and (c := lent_country(a, self.actors, home))}
        if len(countries) != 1 or (state := countries.pop()) not in self.document.actors:
            return []
        sentence = candidate.token.sent
        named = {c for m in self.document.mentions_in(sentence.start_char, sentence.end_char)
                 if (c := country_of(m.actor, self.document))}
        if alone:
            # a town of another country named in the sentence is where the force was used
            # ("mourners in Tyre buried those killed when Israeli forces shelled a house in
            # the town"): not at home, though no actor of that country is named
            named |= {p.country for p in self.document.places if p.country and p.start
                      is not None and sentence.start_char <= p.start < sentence.end_char
                      and p.basis != "dateline"  # (where the report was filed from)
                      and self.named_place(sentence, p.start, p.end or p.start)}
        return [state] if not alone or named <= {state} else []

    @staticmethod
    def named_place(sentence: Span, start: int, end: int) -> bool:
        """Whether a place is named as one (a noun of the clause: "in Tyre", "residents of
        Kharkiv"), not as a modifier ("a Moscow-bound truck driver")."""
        span = sentence.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.dep_ not in (
            "compound", "amod", "npadvmod", "nmod", "poss")

    def speaker(self, candidate: Candidate, modality: Modality) -> Token | None:
        """The reporter may stand in for a missing source, except where "between A and B"
        names the participants."""
        return None if self.between(candidate.token) else modality.reporter

    @staticmethod
    def between(token: Token) -> bool:
        return any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(token))

    def target_slots(self, candidate: Candidate, links: list[Link]) -> list[Token]:
        """:func:`target_tokens` of the draft being built, read once (a pure function of the
        parse; callers copy it before filtering)."""
        last = self._targets
        if last is not None and last[0] is candidate and last[1] is links:
            return last[2]
        found = target_tokens(candidate, links, self.preps(candidate))
        self._targets = (candidate, links, found)
        return found

    def preps(self, candidate: Candidate) -> tuple[str, ...]:
        frame = self.lexicon.frames.get(candidate.meaning or "")
        return frame.preps if frame else ()

    @staticmethod
    def codable(candidate: Candidate, links: list[Link], source: list[str],
                target: list[str]) -> bool:
        if candidate.entry.needs_target and not target and appeal_index(links) is None:
            return False  # (an appeal is an act of its own: "urged X's partners to …")
        if candidate.entry.pos == "noun" and not links and not target:
            return False  # a bare event noun ("their cooperation") with no predicate
        if source:
            return True
        passive = candidate.entry.pos == "verb" and is_passive(candidate.token)
        return bool(target) and (passive or any(link.stance == "face" for link in links))

    @staticmethod
    def modality_value(modality: Modality, possible: bool, refusal: bool = False) -> str:
        if refusal:  # "will not negotiate", "no possibility of talks": refused now
            return "reported" if modality.reporter is not None else "asserted"
        if possible and modality.value in ("asserted", "reported"):
            return "hypothetical"
        return modality.value

    def resolve(self, tokens: list[Token], modality: Modality) -> list[str]:
        actors: list[str] = []
        for token in tokens:
            if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl" and (
                    token.dep_ in ("nsubj", "nsubjpass", "dobj")):
                token = relative_antecedent(token)  # "the government, which was toppled"
            found = [self.title_org(token, a) for a in
                     argument_actors(token, self.index, self.affiliated)]
            if not found and token.lower_ in PRONOUNS:
                found = [a for a in [self.pronoun(token, modality)] if a]
            if not found and token.dep_ == "nsubj" and token.lemma_.lower() in FORCE_MEANS:
                # "the army said its jets struck": the owner of the weapons struck with them
                owner = next((c for c in children_of(token) if c.dep_ == "poss"
                              and c.pos_ == "PRON" and c.lower_ in OWNER_PRONOUNS), None)
                if owner is not None:
                    found = [a for a in [self.index.at(owner) or self.pronoun(owner, modality)]
                             if a]
            actors.extend(a for a in found if a not in actors)
        return actors

    def title_org(self, token: Token, actor_id: str) -> str:
        """"U.N. mediator Diego Cordovez" acts for the UN: an organisation in the compound
        title of a person wins over the person's nationality."""
        actor = self.document.actors.get(actor_id)
        if actor is None or actor.kind != "person":
            return actor_id
        for title in children_of(token):
            if title.dep_ != "compound" or title.i > token.i:
                continue
            for word in (title, *(c for c in children_of(title) if c.dep_ == "compound")):
                for found in self.index.by_token.get(word.i, ()):
                    org = self.document.actors.get(found)
                    if org is not None and org.kind == "organization" and org.code:
                        return found
        return actor_id

    def affiliated(self, actor_id: str) -> bool:
        """Persons need a country or code, organisations a country or a code beyond a sector
        ("International Labor Office (ILO)": the appositive ILO has the IGO code)."""
        actor = self.document.actors.get(actor_id)
        if actor is None or actor.kind not in ("person", "organization"):
            return True
        return bool(actor.country or actor.code and (actor.kind == "person"
                                                     or actor.code != actor.sector))

    def pronoun(self, token: Token, modality: Modality) -> str | None:
        """Fallbacks when coreference gave no mention: quote speaker, or the reporter."""
        if token.lower_ in FIRST_PERSON and (speaker := speaker_actor(token, self.document)):
            return speaker
        if modality.reporter is None:
            return None
        reporter = subject_of(modality.reporter)
        if reporter is None:
            return None
        found = argument_actors(reporter, self.index)
        if not found:
            return None
        return state_of(found[0], self.document, token.lower_ in FIRST_PERSON)

    @staticmethod
    def trigger_span(candidate: Candidate, links: list[Link]) -> tuple[int, int]:
        token = candidate.token
        for link in reversed(links):
            if link.stance in CODE_STANCES and link.candidate is not None:
                token = link.token
                break
        start, end = token.idx, token.idx + len(token.text)
        for child in children_of(token):
            if child.dep_ == "prt" and child.i == token.i + 1:
                end = child.idx + len(child.text)
        return start, end

    def quote_at(self, offset: int) -> str | None:
        for quote in self.document.quotes:
            if quote.start <= offset < quote.end:
                return quote.id
        return None
