"""The speaker of a cue: its subject (or "according to X"), resolved to an actor when possible."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from eventwire.document import ActorDraft
from eventwire.models import Speaker
from eventwire.quotes.context import QuoteContext, Statement
from eventwire.quotes.nearest import nearest_speaker
from eventwire.token_lookup import children_of

SUBJECTS = ("nsubj", "nsubjpass")
CLIMB = ("xcomp", "advcl", "conj", "pcomp", "prep", "acl", "relcl")
PRONOUNS = {"he": "male", "she": "female", "they": None, "it": None, "i": None, "we": None,
            "him": "male", "her": "female", "them": None, "you": None}
NAME_STOP = ("relcl", "appos", "acl", "punct", "cc", "conj", "advmod")
RELATIVES = ("who", "which", "that")
# sectors of the bodies that speak for their state ("Chad's government", "Qatar's foreign ministry
# spokesman"): the state's organs in sectors.yaml
STATE_SECTORS = ("GOV", "MIL", "JUD", "LEG", "SPY", "COP")


def subject_of(verb: Token, cue: Callable[[Token], bool] | None = None) -> Token | None:
    """The verb's subject, climbing through "adding", "was quoted as saying", conjuncts.

    A participle without a subject ("…, adding that") takes the subject of the nearest
    reporting verb above it when ``cue`` says which verbs report.
    """
    own = own_subject(verb)
    if own is not None:
        return own
    if cue is not None and verb.tag_ == "VBG":
        reporter = next((a for a in list(verb.ancestors)[:4] if cue(a)), None)
        if reporter is not None:
            return subject_of(reporter)
    if cue is not None and verb.dep_ == "conj":  # "X claimed …, and warned …"
        earlier = next((t for t in reversed(verb.doc[verb.sent.start:verb.i])
                        if cue(t) and own_subject(t) is not None), None)
        if earlier is not None:
            return own_subject(earlier)
    token = verb
    for _ in range(4):
        found = own_subject(token)
        if found is not None:
            return found
        if token.dep_ == "relcl" and token.head.pos_ in ("PROPN", "NOUN"):
            return token.head
        if token.dep_ not in CLIMB or token.head.i == token.i:
            return None
        token = token.head
    return None


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject; a date is never one ("hours later announced")."""
    return next((c for c in children_of(verb) if c.dep_ in SUBJECTS
                 and c.ent_type_ not in ("DATE", "TIME")), None)


def according_to(token: Token) -> Token | None:
    """For "according" in "according to X": X."""
    for child in children_of(token):
        if child.lower_ == "to":
            return next((c for c in children_of(child) if c.dep_ == "pobj"), None)
    return None


def phrase_end(subject: Token) -> Token:
    """The last token of the subject's noun phrase, without relative clauses and appositions."""
    last = subject
    for child in subject.rights:
        if child.dep_ in NAME_STOP:
            break
        last = child.right_edge
    return last


def name_as_written(subject: Token) -> str:
    """The subject's noun phrase, without relative clauses and appositions."""
    return subject.doc[subject.left_edge.i:phrase_end(subject).i + 1].text


def matrix_subject(ctx: QuoteContext, pronoun: Token, verb: Token) -> Token | None:
    """For a pronoun subject inside reported speech, the subject of the verb that reports it
    when it agrees in number ("they" with a plural noun phrase, "he"/"she" with a singular
    one that is not itself a pronoun)."""
    if verb.dep_ != "ccomp" or not ctx.cues.is_verb(verb.head.lemma_):
        return None
    subject = own_subject(verb.head)
    if subject is None or subject.lower_ in PRONOUNS:
        return None
    plural = subject.tag_ in ("NNS", "NNPS")
    if pronoun.lower_ in ("they", "them"):
        return subject if plural else None
    return None


def speaker_of(ctx: QuoteContext, subject: Token, verb: Token | None,
               reason: str = "subject") -> Statement:
    """A speaker-only Statement for ``subject`` (the kind and offsets are filled by callers).

    A reporting pronoun (he, she, they) goes to the nearest compatible person or group
    (:mod:`eventwire.quotes.nearest`); a name, description or apposition to its actor; any
    other subject is the speaker as written ("two people familiar with the discussions").
    A relative pronoun ("Orban, who said ...") is the noun its clause modifies."""
    antecedent = relative_antecedent(subject)
    if antecedent is not None:
        return speaker_of(ctx, antecedent, None, f"{reason}: relative clause")
    if subject.lower_ in PRONOUNS and verb is not None:
        matrix = matrix_subject(ctx, subject, verb)
        if matrix is not None:  # "European diplomats say they doubt …": the diplomats
            return speaker_of(ctx, matrix, None, "pronoun: subject of the reporting clause")
    if subject.lower_ in PRONOUNS:
        near = nearest_speaker(ctx, subject)
        if near is not None:
            near_actor, why = near
            return Statement("", 0, 0, Speaker(near_actor.id, near_actor.name, why),
                             actor=near_actor)
    for token in [subject] + [c for c in children_of(subject) if c.dep_ == "appos"]:
        mention = ctx.index.mention(token)
        actor = ctx.actor(mention)
        if mention is not None and mention.how != "pair" and actor is not None:
            why = "pronoun: coreference" if mention.how == "pronoun" else \
                reason if token.i == subject.i else "apposition"
            return Statement("", 0, 0, Speaker(actor.id, actor.name, why), actor=actor)
    if subject.lower_ in PRONOUNS:
        return Statement("", 0, 0, None)
    state = possessive_state(ctx, subject)
    if state is not None:  # "Chad's government said": named as written, the state as its actor
        return Statement("", 0, 0, Speaker(state.id, name_as_written(subject),
                                           f"{reason}, a body of its state"), actor=state)
    return Statement("", 0, 0, Speaker(None, name_as_written(subject), f"{reason}, as written"))


def relative_antecedent(subject: Token) -> Token | None:
    """For the subject "who"/"which"/"that" of a relative clause, the noun the clause modifies."""
    clause = subject.head
    if subject.lower_ not in RELATIVES or clause.dep_ != "relcl" or clause.i == subject.i:
        return None
    return clause.head if clause.head.pos_ in ("PROPN", "NOUN") else None


def possessive_state(ctx: QuoteContext, subject: Token) -> ActorDraft | None:
    """The state of "<State>'s <organ>" ("Qatar's foreign ministry spokesman"): the possessor is
    a state actor and the rest of the phrase is a role noun of one of its organs (sectors.yaml);
    "Chad's opposition leader" or "Putin's daughter" are no organ of a state."""
    if ctx.lexicon is None or subject.pos_ != "NOUN":
        return None
    owner = next((c for c in children_of(subject) if c.dep_ == "poss"), None)
    if owner is None:
        return None
    state = ctx.actor(ctx.index.mention(owner))
    if state is None or state.kind != "state":
        return None
    words = [t for t in subject.doc[owner.right_edge.i + 1:subject.i + 1] if t.pos_ != "ADJ"
             or t.lower_ in ("foreign", "top")]
    for start in range(len(words)):  # the longest role phrase ending in the head noun
        term = ctx.lexicon.sector_term(" ".join(t.lower_ for t in words[start:]))
        if term is not None:
            return state if term.state or term.sector in STATE_SECTORS else None
    return None


def continues_previous(ctx: QuoteContext, subject: Token, verb: Token, found: Statement,
                       before: int) -> Statement:
    """ "he added": the previous speaker, when the pronoun fits them."""
    pronoun = subject.lower_ in PRONOUNS
    if not pronoun or (found.speaker is not None and verb.lemma_ not in ctx.cues.continues):
        return found
    if found.speaker is not None and (found.speaker.reason or "").startswith("pronoun: nearest"):
        return found
    previous = previous_statement(ctx, before)
    if previous is None or previous.speaker is None:
        return found
    if fits(previous.actor, subject.lower_) and previous.speaker is not None:
        speaker = replace(previous.speaker, reason="continues the previous speaker")
        return Statement("", 0, 0, speaker, actor=previous.actor)
    return found


def fits(actor: ActorDraft | None, pronoun: str) -> bool:
    if actor is None:
        return pronoun in ("he", "she", "they")
    if pronoun in ("he", "she"):
        return actor.kind == "person" and actor.gender in (None, PRONOUNS[pronoun])
    if pronoun == "they":
        return actor.kind != "person" or actor.plural
    return actor.kind != "person"


def previous_statement(ctx: QuoteContext, before: int, paragraphs: int = 2) -> Statement | None:
    """The last attributed statement ending before ``before`` within the last paragraphs."""
    para = ctx.paragraph_of(before)
    for statement in reversed(ctx.statements):
        if statement.kind == "partial" or statement.start >= before:
            continue
        if ctx.paragraph_of(statement.start) < para - paragraphs + 1:
            return None
        return statement
    return None
