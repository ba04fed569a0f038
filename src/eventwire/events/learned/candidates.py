"""Learned candidates: predicate tokens no rule candidate covers, typed by the classifier.

Each becomes a :class:`~eventwire.events.matching.Candidate` with basis ``learned`` (the
lowest confidence level) and the CAMEO code the classifier file gives its PLOVER type; the
rule machinery then finds its governors, modality, negation and arguments as for any other
trigger (no second argument finder)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from eventwire.events.learned.features import ActorAt, is_candidate
from eventwire.events.learned.model import EventClassifier
from eventwire.events.matching import OPEN_TARGET_PREFIXES, Candidate, dictionary_entry
from eventwire.lexicon.triggers import Trigger

LEARNED_POS = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}
# the prepositions an evaluative adjective's target follows ("hostile to", "unfair on")
ADJ_TARGET_PREPS = ("to", "towards", "toward", "on", "against", "of")


def sentence_numbers(doc: Doc, tokens: list[Token]) -> list[int]:
    starts = [s.start for s in doc.sents]
    return [bisect_right(starts, t.i) - 1 for t in tokens]


def learned_entry(token: Token, code: str, probability: float) -> Trigger:
    lemma = token.lemma_.lower()
    where = f"learned classifier ({probability:.2f})"
    kind = LEARNED_POS[token.pos_]
    if kind == "verb":
        return dictionary_entry(lemma, code, (), where)
    needs_target = not code.startswith(OPEN_TARGET_PREFIXES)
    if kind == "adj":
        return Trigger(key=lemma, lemma=lemma, pos="adj", code=code, target=ADJ_TARGET_PREPS,
                       needs_target=needs_target, where=where)
    return Trigger(key=lemma, lemma=lemma, pos="noun", code=code, needs_target=needs_target,
                   where=where)


def learned_triggers(doc: Doc, candidates: list[Candidate], triggers: list[Candidate],
                     classifier: EventClassifier, actor_at: ActorAt) -> list[Candidate]:
    """The rule ``triggers`` less those the classifier vetoes (when it has a veto), plus the
    learned candidates on the tokens no rule candidate covers."""
    if classifier.veto is not None and triggers:
        tokens = [c.token for c in triggers]
        dropped = classifier.rejected(tokens, actor_at, sentence_numbers(doc, tokens))
        triggers = [c for c, out in zip(triggers, dropped, strict=True) if not out]
    return triggers + learned_candidates(doc, (c.token.i for c in candidates), classifier,
                                         actor_at)


def learned_candidates(doc: Doc, covered: Iterable[int], classifier: EventClassifier,
                       actor_at: ActorAt) -> list[Candidate]:
    """Candidates for the predicate tokens at positions not in ``covered`` (the rule
    candidates') whose most likely type reaches the classifier's floor."""
    taken = set(covered)
    tokens = [t for t in doc if t.pos_ in LEARNED_POS and t.i not in taken
              and is_candidate(t, actor_at)]
    found = classifier.classify(tokens, actor_at, sentence_numbers(doc, tokens))
    out = []
    for token, typed in zip(tokens, found, strict=True):
        if typed is None:
            continue
        code = classifier.codes.get(typed[0])
        if code is None:
            continue
        out.append(Candidate(token, learned_entry(token, code, typed[1]), code,
                             basis="learned"))
    return out
