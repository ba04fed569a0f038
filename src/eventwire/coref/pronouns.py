"""Third-person pronouns → the most salient compatible actor (or the pair in focus)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.coref.salience import Entry, History
from eventwire.document import ActorDraft
from eventwire.token_lookup import children_of

PRONOUN_CLASS = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
    "they": "plural", "them": "plural", "their": "plural", "theirs": "plural",
    "themselves": "plural", "its": "neuter", "itself": "neuter", "it": "neuter",
}
# "it" only as an object ("accused it of bias", "urged it to …"): a subject "it" is often no
# referent ("it was unclear"), and one reported ("X said it would …") is the speaker's
# (events.extract: the reporter)
OBJECT_ONLY = frozenset({"it"})
STATE_ORGANS = frozenset({"GOV", "MIL", "COP"})
PARALLEL = 35  # a subject pronoun prefers the previous subject
UNKNOWN_GENDER = 0.6
OBJECTS = ("dobj", "pobj", "dative")


def is_pronoun(token: Token) -> bool:
    return token.lower_ in PRONOUN_CLASS and token.tag_ in ("PRP", "PRP$") and (
        token.lower_ not in OBJECT_ONLY or token.dep_ in OBJECTS)


def fit(actor: ActorDraft, cls: str) -> float:
    """How well an actor fits a pronoun class: 0 (never) to 1."""
    if cls in ("male", "female"):
        if actor.kind != "person":
            return 0.0
        return 1.0 if actor.gender == cls else UNKNOWN_GENDER if actor.gender is None else 0.0
    if cls == "plural":
        return 1.0 if actor.plural or actor.kind == "group" else 0.0
    return 1.0 if actor.kind in ("state", "organization") and not actor.plural else 0.0


def bound_subject(token: Token, entries: list[Entry]) -> str | None:
    """The subject of the pronoun's verb, which an object pronoun cannot be ("X praised him")."""
    if token.dep_ not in OBJECTS:
        return None
    verb = token.head.head if token.dep_ == "pobj" else token.head
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":  # "condemned X and challenged it": shared
        subject = next((c for c in children_of(verb.head)
                        if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return next((e.actor for e in entries if e.token == subject.i), None)


# nominalisation suffixes: "the deployment", "the decision", "the invasion", "the closure"
ACT_SUFFIXES = ("ment", "tion", "sion", "ure", "al", "ance", "ence")
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj")


@lru_cache(maxsize=1)
def _dictionary_verbs() -> frozenset[str]:
    from eventwire.lexicon.patterns import PatternDictionary
    return frozenset(k for k in PatternDictionary.load().verbs if " " not in k)


def is_act_noun(token: Token) -> bool:
    """A common noun that names an act: a nominalisation or a noun that is also one of
    PETRARCH2's verbs ("the launch", "the strike", "the move")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma.endswith(ACT_SUFFIXES) or lemma in _dictionary_verbs())


def act_antecedent(token: Token, entries: list[Entry]) -> Token | None:
    """An object "it" whose nearest singular subject or object before it that is no actor,
    in its sentence or the one before, is a noun naming an act ("The launch came as … condemned
    it", "condemned the deployment and challenged it"): "it" is that act (the events stage's
    anaphor of an act), not a state or body."""
    if token.lower_ != "it":
        return None
    sent = token.sent
    start = sent.start
    if start > 0:
        start = token.doc[start - 1].sent.start
    heads = {e.token for e in entries}
    for i in range(token.i - 1, start - 1, -1):
        noun = token.doc[i]
        if noun.dep_ in ARGUMENT_DEPS and noun.tag_ in ("NN", "NNP") and noun.pos_ in (
                "NOUN", "PROPN"):
            if i in heads or any(a.dep_ == "ccomp" for a in noun.ancestors):
                continue  # an actor, or an act only reported ("said Iran had expanded …")
            return noun if is_act_noun(noun) else None
    return None


def resolve_pronoun(token: Token, history: History, actors: dict[str, ActorDraft]) -> str | None:
    cls = PRONOUN_CLASS[token.lower_]
    entries = history.recent(token)
    if cls == "neuter" and token.dep_ in OBJECTS and (
            act := act_antecedent(token, entries)) is not None:
        # "it" is the act: an object pronoun of a stance on it names the act's agent (the
        # subject of the verb whose object the act is: "Russia launched an attack. Britain
        # condemned it"), never the pronoun's own subject; with no agent, no one
        agent = bound_subject(act, entries) if act.dep_ == "dobj" else None
        return agent if agent is not None and agent != bound_subject(token, entries) else None
    scores = history.salience(token, entries)
    if token.dep_ in ("nsubj", "nsubjpass"):
        here = history.sent_of[token.i]
        for entry in entries:
            if entry.dep in ("nsubj", "nsubjpass") and here - entry.sent <= 1 and not entry.quoted:
                scores[entry.actor] = scores.get(entry.actor, 0.0) + PARALLEL
    banned = bound_subject(token, entries)
    # nor, for "it", the state whose government or forces the subject is ("the junta in
    # Conakry urged it": not Guinea; an opposition leader may mean his own state)
    subject = actors.get(banned) if banned is not None and cls == "neuter" else None
    home = subject.country if subject is not None and subject.kind != "state" and (
        subject.sector or "")[:3] in STATE_ORGANS else None
    best, best_score = None, 0.0
    for actor_id, score in scores.items():
        actor = actors.get(actor_id)
        weight = fit(actor, cls) if actor is not None and actor_id != banned and not (
            home is not None and actor.kind == "state" and actor.country == home) else 0.0
        if score * weight > best_score:
            best, best_score = actor_id, score * weight
    return best
